/**
 * The question flow, loaded after the start page: the onboarding actor restored
 * from the session's answers, the URL kept in step with it, and the screens.
 */
import { useEffect, useMemo, useRef } from 'react';
import {
  onboardingMachine,
  resumeSnapshot,
  stepRefOf,
  type OnboardingSnapshot,
} from '@machines/index';
import { Flow } from './flow';
import { writeLocation } from './location';
import { OnboardingActor } from './onboarding-actor';
import type { FlowBridge } from './wizard-provider';

const sameStep = (a: OnboardingSnapshot, b: OnboardingSnapshot) =>
  a.value === b.value && a.context.child === b.context.child;

/** Keeps the URL in step with the actor: a new history entry per step, replace otherwise. */
function HistorySync({
  forClass,
  pushFirst,
}: {
  forClass: string | undefined;
  pushFirst: boolean;
}) {
  const actor = OnboardingActor.useActorRef();
  const last = useRef<OnboardingSnapshot>(actor.getSnapshot());
  useEffect(() => {
    const write = (snapshot: OnboardingSnapshot, push: boolean) => {
      const url = writeLocation({
        page: 'flow',
        answers: snapshot.context.answers,
        step: stepRefOf(snapshot),
        forClass,
        skipped: snapshot.context.skipped,
      });
      if (url === window.location.search) return;
      if (push) window.history.pushState(null, '', url || window.location.pathname);
      else window.history.replaceState(null, '', url || window.location.pathname);
    };
    write(actor.getSnapshot(), pushFirst);
    const subscription = actor.subscribe((snapshot) => {
      write(snapshot, !sameStep(snapshot, last.current));
      last.current = snapshot;
    });
    return () => subscription.unsubscribe();
  }, [actor, forClass, pushFirst]);
  return null;
}

/** Reports the actor's answers to the light provider (for popstate and the start page). */
function AnswersReport({ onAnswers }: { onAnswers: FlowBridge['onAnswers'] }) {
  const answers = OnboardingActor.useSelector((s) => s.context.answers);
  const skipped = OnboardingActor.useSelector((s) => s.context.skipped);
  useEffect(() => onAnswers(answers, skipped), [answers, skipped, onAnswers]);
  return null;
}

export default function FlowHost({ session, forClass, onAnswers }: FlowBridge) {
  // Only read when the actor is (re)created, i.e. when the session changes.
  const options = useMemo(
    () => ({
      snapshot: onboardingMachine.getPersistedSnapshot(
        resumeSnapshot(session.answers, session.step, session.skipped),
      ),
    }),
    [session],
  );
  return (
    <OnboardingActor.Provider key={session.id} logic={onboardingMachine} options={options}>
      <AnswersReport onAnswers={onAnswers} />
      <HistorySync forClass={forClass} pushFirst={session.pushFirst} />
      <Flow />
    </OnboardingActor.Provider>
  );
}
