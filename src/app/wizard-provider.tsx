/**
 * Ties the onboarding actor to the browser: the URL records the step and the
 * answers (push on every step, so the browser's back and forward work), a
 * popstate restores that step, and a reload or a shared link replays the answers.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  onboardingMachine,
  restoreSnapshot,
  stepRefOf,
  type Answers,
  type OnboardingSnapshot,
} from '@machines/index';
import { readLocation, writeLocation, type Page, type ReadLocation } from './location';
import { OnboardingActor } from './onboarding-actor';
import { WizardContext, type Notice, type WizardApi } from './wizard-context';

interface Session {
  /** Bumped to recreate the actor from `snapshot` (a restore). */
  readonly id: number;
  readonly snapshot: OnboardingSnapshot;
  readonly page: Page;
}

function sessionFrom(location: ReadLocation, answers: Answers, id: number): Session {
  const snapshot = restoreSnapshot(answers, location.page === 'flow' ? location.step : undefined);
  return { id, snapshot, page: location.page };
}

const sameStep = (a: OnboardingSnapshot, b: OnboardingSnapshot) =>
  a.value === b.value && a.context.child === b.context.child;

/** Keeps the URL in step with the actor: a new history entry per step, replace otherwise. */
function HistorySync({ page, forClass }: { page: Page; forClass: string | undefined }) {
  const actor = OnboardingActor.useActorRef();
  const last = useRef<OnboardingSnapshot>(actor.getSnapshot());
  useEffect(() => {
    const write = (snapshot: OnboardingSnapshot, push: boolean) => {
      const url =
        writeLocation({
          page,
          answers: snapshot.context.answers,
          step: stepRefOf(snapshot),
          forClass,
        }) || window.location.pathname;
      if (url === window.location.search) return;
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    write(actor.getSnapshot(), false);
    const subscription = actor.subscribe((snapshot) => {
      write(snapshot, !sameStep(snapshot, last.current));
      last.current = snapshot;
    });
    return () => subscription.unsubscribe();
  }, [actor, page, forClass]);
  return null;
}

export function WizardProvider(props: {
  initial: ReadLocation;
  initialNotices: readonly Notice[];
  onRestart: () => void;
  children: ReactNode;
}) {
  const { initial, onRestart } = props;
  const [session, setSession] = useState<Session>(() => sessionFrom(initial, initial.answers, 0));
  const [forClass] = useState(initial.forClass);
  const [notices, setNotices] = useState<readonly Notice[]>(props.initialNotices);
  // The newest answers, read when the browser goes back: later answers that still apply are kept.
  const latestAnswers = useRef<Answers>(session.snapshot.context.answers);

  useEffect(() => {
    const onPopState = () => {
      const location = readLocation(window.location.search);
      setSession((s) =>
        sessionFrom(location, { ...location.answers, ...latestAnswers.current }, s.id + 1),
      );
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const showPage = useCallback(
    (page: Page) => {
      setSession((s) => ({ ...s, id: s.id + 1, page, snapshot: s.snapshot }));
      if (page !== 'flow')
        window.history.pushState(
          null,
          '',
          writeLocation({ page, answers: latestAnswers.current, forClass }) ||
            window.location.pathname,
        );
    },
    [forClass],
  );

  const api = useMemo<WizardApi>(
    () => ({
      page: session.page,
      forClass,
      notices,
      start: () => {
        const snapshot = restoreSnapshot(latestAnswers.current);
        const url = writeLocation({
          page: 'flow',
          answers: snapshot.context.answers,
          step: stepRefOf(snapshot),
          forClass,
        });
        window.history.pushState(null, '', url);
        setSession((s) => ({ id: s.id + 1, page: 'flow', snapshot }));
      },
      showPage,
      restart: () => {
        onRestart();
        latestAnswers.current = {};
        setNotices([]);
        setSession((s) => ({ id: s.id + 1, page: 'start', snapshot: restoreSnapshot({}) }));
        window.history.pushState(null, '', window.location.pathname);
      },
      dismissNotices: () => setNotices([]),
      shareUrl: (search: string) => `${window.location.origin}${window.location.pathname}${search}`,
    }),
    [session.page, forClass, notices, showPage, onRestart],
  );

  return (
    <WizardContext.Provider value={api}>
      <OnboardingActor.Provider
        key={session.id}
        logic={onboardingMachine}
        options={{ snapshot: onboardingMachine.getPersistedSnapshot(session.snapshot) }}
      >
        <AnswersMirror answersRef={latestAnswers} />
        {session.page === 'flow' ? <HistorySync page={session.page} forClass={forClass} /> : null}
        {props.children}
      </OnboardingActor.Provider>
    </WizardContext.Provider>
  );
}

/** Mirrors the actor's answers into a ref the provider reads on popstate. */
function AnswersMirror({ answersRef }: { answersRef: { current: Answers } }) {
  const answers = OnboardingActor.useSelector((s) => s.context.answers);
  useEffect(() => {
    answersRef.current = answers;
  }, [answers, answersRef]);
  return null;
}
