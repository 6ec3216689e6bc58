/**
 * The wizard's place in the browser, kept light so the start page needs neither
 * XState nor the forms: which page shows, the newest answers, and the step the
 * URL asks for. The question flow itself (the actor, history sync, screens) loads
 * lazily from flow-host.tsx.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AnswerKey, Answers } from '@machines/answers';
import type { StepRef } from '@machines/restore';
import { readLocation, writeLocation, type Page, type ReadLocation } from './location';
import { WizardContext, type Notice, type WizardApi } from './wizard-context';

/** What the flow host needs to (re)create the actor. A new `id` means a restore. */
export interface FlowSession {
  readonly id: number;
  readonly answers: Answers;
  /** The step to restore; undefined means the first open question. */
  readonly step: StepRef | undefined;
  /** Answers a link pre-filled that the family has not been shown. */
  readonly skipped: readonly AnswerKey[];
  /** True when arriving from the start page: the first step gets its own history entry. */
  readonly pushFirst: boolean;
}

interface State {
  readonly page: Page;
  readonly session: FlowSession;
  /** The newest answers: going back in the browser never loses later answers. */
  readonly answers: Answers;
  /** The newest pre-filled list: a question once shown is never pre-filled again. */
  readonly skipped: readonly AnswerKey[];
}

export interface FlowBridge {
  readonly session: FlowSession;
  readonly forClass: string | undefined;
  /** The flow reports every change of answers here. */
  readonly onAnswers: (answers: Answers, skipped: readonly AnswerKey[]) => void;
}

function stateFrom(
  location: ReadLocation,
  answers: Answers,
  skipped: readonly AnswerKey[],
  id: number,
): State {
  const step = location.page === 'flow' ? location.step : undefined;
  return {
    page: location.page,
    answers,
    skipped,
    session: { id, answers, step, skipped, pushFirst: false },
  };
}

export function WizardProvider(props: {
  initial: ReadLocation;
  initialNotices: readonly Notice[];
  onRestart: () => void;
  /** Renders the current page; the flow gets the bridge to restore its actor. */
  renderPage: (page: Page, bridge: FlowBridge) => ReactNode;
  children: ReactNode;
}) {
  const { initial, onRestart, renderPage } = props;
  const [state, setState] = useState<State>(() =>
    stateFrom(initial, initial.answers, initial.skipped ?? [], 0),
  );
  const [forClass] = useState(initial.forClass);
  const [notices, setNotices] = useState<readonly Notice[]>(props.initialNotices);
  const onAnswers = useCallback(
    (answers: Answers, skipped: readonly AnswerKey[]) =>
      setState((s) => ({ ...s, answers, skipped })),
    [],
  );

  useEffect(() => {
    const onPopState = () => {
      const location = readLocation(window.location.search);
      setState((s) =>
        stateFrom(location, { ...location.answers, ...s.answers }, s.skipped, s.session.id + 1),
      );
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const showPage = useCallback(
    (page: Page) => {
      if (page !== 'flow') {
        const url = writeLocation({
          page,
          answers: state.answers,
          forClass,
          skipped: state.skipped,
        });
        window.history.pushState(null, '', url || window.location.pathname);
      }
      setState((s) => ({
        ...s,
        page,
        session: {
          ...s.session,
          id: s.session.id + 1,
          answers: s.answers,
          skipped: s.skipped,
          step: undefined,
        },
      }));
    },
    [forClass, state.answers, state.skipped],
  );

  const api = useMemo<WizardApi>(
    () => ({
      page: state.page,
      forClass,
      notices,
      answers: state.answers,
      skipped: state.skipped,
      start: () =>
        setState((s) => ({
          ...s,
          page: 'flow',
          session: {
            id: s.session.id + 1,
            answers: s.answers,
            skipped: s.skipped,
            step: undefined,
            pushFirst: true,
          },
        })),
      showPage,
      restart: () => {
        onRestart();
        setNotices([]);
        setState((s) => ({
          page: 'start',
          answers: {},
          skipped: [],
          session: {
            id: s.session.id + 1,
            answers: {},
            skipped: [],
            step: undefined,
            pushFirst: false,
          },
        }));
        window.history.pushState(null, '', window.location.pathname);
      },
      dismissNotices: () => setNotices([]),
      shareUrl: (search: string) => `${window.location.origin}${window.location.pathname}${search}`,
    }),
    [state.page, state.answers, state.skipped, forClass, notices, showPage, onRestart],
  );

  return (
    <WizardContext.Provider value={api}>
      {props.children}
      {renderPage(state.page, { session: state.session, forClass, onAnswers })}
    </WizardContext.Provider>
  );
}
