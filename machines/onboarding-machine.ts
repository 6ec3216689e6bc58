/**
 * The decision statechart: one state per question or outcome, routing by named
 * guards. Pure: no invoke, no timers, so xstate/graph can walk every path. Its
 * transitions are built from the flow (flow.ts, read by flow-routes.ts): nothing
 * about the route is written here.
 *
 * Events
 *  - answer  { value }  answer the current question (invalid values are ignored)
 *  - back               go to the question shown before (skipped ones passed over)
 *  - change  { key }    from the summary, jump to one answered question
 *  - confirm            from the summary, show the checklist
 *  - restart            forget everything, back to the first question
 * Restoring from a link or storage replays answers (see restore.ts).
 */
import { and, assign, setup } from 'xstate';
import { isValidAnswer } from './answer-schemas';
import {
  answerKey,
  childCountOf,
  parseAnswerKey,
  withAnswer,
  type AnswerKey,
  type Answers,
} from './answers';
import {
  applicableKeys,
  firstUnanswered,
  isComplete,
  previousShown,
  pruneAnswers,
} from './applicability';
import type { EndStep } from './flow';
import {
  flowQuestions,
  questionRoutes,
  questionsBefore,
  stepsAfter,
  summaryQuestions,
  type Route,
} from './flow-routes';
import { isPerChild, optionsOf, type ChoiceQuestionId, type QuestionId } from './questions';

export type OutcomeId = 'studentUnder14' | 'teacherResult' | 'checklist';
export type StepId = QuestionId | 'summary' | OutcomeId;

export interface OnboardingContext {
  readonly answers: Answers;
  /** The child the per-child questions are about (1-based). */
  readonly child: number;
  /** Set while changing an answer from the summary: finish back at the summary. */
  readonly returnToSummary: boolean;
  /**
   * Answered questions this family was never shown: a link (a teacher's, or a return to the
   * start page) dropped it at the first open question after them. «Back» skips them and the
   * progress count leaves them out; one opened with «Change» is shown and leaves the list.
   */
  readonly skipped: readonly AnswerKey[];
}

export type OnboardingEvent =
  | { type: 'answer'; value: string }
  | { type: 'back' }
  | { type: 'change'; key: AnswerKey }
  | { type: 'confirm' }
  | { type: 'restart' };

export const initialContext: OnboardingContext = {
  answers: {},
  child: 1,
  returnToSummary: false,
  skipped: [],
};

/** Answers as they would be after the event: the answer recorded, then pruned. */
function answersAfter(context: OnboardingContext, question: QuestionId, value: string): Answers {
  return pruneAnswers(withAnswer(context.answers, { question, child: context.child }, value));
}

/** The answer key of the question a state shows, for the child in context. */
const keyAt = (context: OnboardingContext, step: StepId): AnswerKey | undefined =>
  (flowQuestions as readonly string[]).includes(step)
    ? answerKey({ question: step as QuestionId, child: context.child })
    : undefined;

/** Parents and students of 14+ check their answers on a summary; other roles end elsewhere. */
export const endsAtSummary = (answers: Answers) =>
  answers.role === 'parent' || (answers.role === 'student' && answers.studentAge === 'over14');

type QuestionParams = { question: QuestionId };
type ValueParams = { value: string };
type BackParams = { from: StepId; to: QuestionId };
const valueOf = (event: OnboardingEvent) => (event.type === 'answer' ? event.value : undefined);

const onboardingSetup = setup({
  types: {
    context: {} as OnboardingContext,
    events: {} as OnboardingEvent,
  },
  guards: {
    isValidAnswer: ({ event }, { question }: QuestionParams) =>
      isValidAnswer(question, valueOf(event)),
    answerIs: ({ event }, { value }: ValueParams) => valueOf(event) === value,
    hasMoreChildren: ({ context }) => context.child < childCountOf(context.answers),
    /** «Back» from `from` leads to `to`: the question this family was shown before. */
    shownBeforeIs: ({ context }, { from, to }: BackParams) =>
      previousShown(context.answers, context.skipped, keyAt(context, from))?.question === to,
    isChanging: ({ context }) => context.returnToSummary,
    answersComplete: ({ context }) => isComplete(context.answers),
    /** While changing: this answer leaves nothing open, so the summary comes next. */
    answerCompletesChange: ({ context, event }, { question }: QuestionParams) => {
      const value = valueOf(event);
      if (!context.returnToSummary || value === undefined) return false;
      const after = answersAfter(context, question, value);
      return endsAtSummary(after) && isComplete(after);
    },
    /** While changing: the first question this answer leaves open is `open`. */
    nextOpenQuestionIs: ({ context, event }, p: QuestionParams & { open: QuestionId }) => {
      const value = valueOf(event);
      if (!context.returnToSummary || value === undefined) return false;
      return firstUnanswered(answersAfter(context, p.question, value))?.question === p.open;
    },
    canChangeTo: ({ context, event }, { question }: QuestionParams) => {
      if (event.type !== 'change') return false;
      const ref = parseAnswerKey(event.key);
      return (
        ref?.question === question &&
        context.answers[event.key] !== undefined &&
        applicableKeys(context.answers).includes(event.key)
      );
    },
  },
  actions: {
    recordAnswer: assign(({ context, event }, { question }: QuestionParams) => {
      const value = valueOf(event);
      if (value === undefined) return {};
      const answers = answersAfter(context, question, value);
      const answered = answerKey({ question, child: context.child });
      return {
        answers,
        skipped: context.skipped.filter((k) => k !== answered && answers[k] !== undefined),
      };
    }),
    goToFirstChild: assign({ child: 1 }),
    goToNextChild: assign({ child: ({ context }) => context.child + 1 }),
    /** «Back»: to the child of the question shown before. */
    goToShownChild: assign({
      child: ({ context }, { from }: { from: StepId }) =>
        previousShown(context.answers, context.skipped, keyAt(context, from))?.child ??
        context.child,
    }),
    /** While changing: move to the child whose question is the first one open. */
    goToOpenChild: assign({
      child: ({ context }) => firstUnanswered(context.answers)?.child ?? context.child,
    }),
    beginChange: assign(({ context, event }) => {
      if (event.type !== 'change') return {};
      return { returnToSummary: true, child: parseAnswerKey(event.key)?.child ?? context.child };
    }),
    /** Entering a question: it is shown now, so no longer one the family skipped. */
    markShown: assign({
      skipped: ({ context }, { question }: QuestionParams) => {
        const key = answerKey({ question, child: context.child });
        return context.skipped.includes(key)
          ? context.skipped.filter((k) => k !== key)
          : context.skipped;
      },
    }),
    endChange: assign({ returnToSummary: false }),
    reset: assign(() => initialContext),
  },
});

const is = (value: string) => ({ type: 'answerIs', params: { value } }) as const;
const more = { type: 'hasMoreChildren' } as const;

/** A route from the flow as a guard (beside the answer's validity), a target and child moves. */
function transition(question: QuestionId, route: Route, value?: string) {
  const valid = { type: 'isValidAnswer', params: { question } } as const;
  const conditions = [
    valid,
    ...(value === undefined ? [] : [is(value)]),
    ...(route.more ? [more] : []),
  ];
  return {
    guard: conditions.length === 1 ? valid : and(conditions),
    target: route.target,
    actions: [{ type: 'recordAnswer', params: { question } } as const, ...route.actions],
  };
}

/**
 * The flow's routes of a question as `answer` transitions. Answers that lead the same way
 * share one set of transitions; the last of them needs no answer guard ("otherwise").
 */
function flowTransitions(question: QuestionId) {
  const routes = questionRoutes(question);
  if ('any' in routes) return routes.any.map((r) => transition(question, r));
  const groups = new Map<string, { values: string[]; routes: readonly Route[] }>();
  for (const value of optionsOf(question as ChoiceQuestionId)) {
    const routesOfValue = routes.byAnswer[value] ?? [];
    const key = JSON.stringify(routesOfValue);
    const group = groups.get(key) ?? { values: [], routes: routesOfValue };
    group.values.push(value);
    groups.set(key, group);
  }
  const list = [...groups.values()];
  return list.flatMap(({ values, routes: rs }, i) =>
    i === list.length - 1
      ? rs.map((r) => transition(question, r))
      : values.flatMap((value) => rs.map((r) => transition(question, r, value))),
  );
}

/**
 * The `answer` transitions of a question: while changing, back to the summary when nothing
 * is left open, or on to the first open question (one that can follow this one); otherwise
 * where the flow leads.
 */
function onAnswer(question: QuestionId) {
  const valid = { type: 'isValidAnswer', params: { question } } as const;
  const record = { type: 'recordAnswer', params: { question } } as const;
  const changeFinished = {
    guard: and([valid, { type: 'answerCompletesChange', params: { question } }]),
    target: 'summary' as const,
    actions: [record, 'endChange' as const],
  };
  const opens = stepsAfter(question).filter((s): s is QuestionId =>
    (flowQuestions as readonly string[]).includes(s),
  );
  const jumpsToOpen = opens.map((open) => ({
    guard: and([valid, { type: 'nextOpenQuestionIs', params: { question, open } }]),
    target: open,
    actions: [record, 'goToOpenChild' as const],
  }));
  return [changeFinished, ...jumpsToOpen, ...flowTransitions(question)];
}

/** The `back` transitions of a step: to whichever question could have been shown before it. */
function backTo(from: StepId, questions: readonly QuestionId[]) {
  return [...questions].reverse().map((to) => ({
    guard: { type: 'shownBeforeIs', params: { from, to } } as const,
    target: to,
    actions: { type: 'goToShownChild', params: { from } } as const,
  }));
}

/** A question's `back`: while changing, straight back to the summary; else to the one shown before. */
const onBack = (question: QuestionId) => [
  {
    guard: and(['isChanging', 'answersComplete']),
    target: 'summary' as const,
    actions: 'endChange' as const,
  },
  ...backTo(question, questionsBefore(question)),
];

const changeTo = (question: QuestionId) => ({
  guard: { type: 'canChangeTo', params: { question } } as const,
  target: question,
  actions: 'beginChange' as const,
});

const questionStates = Object.fromEntries(
  flowQuestions.map((question) => [
    question,
    {
      tags: isPerChild(question) ? ['question', 'perChild'] : ['question'],
      entry: { type: 'markShown', params: { question } } as const,
      on: { answer: onAnswer(question), back: onBack(question) },
    },
  ]),
) as Record<
  QuestionId,
  {
    tags: string[];
    entry: { type: 'markShown'; params: QuestionParams };
    on: { answer: ReturnType<typeof onAnswer>; back: ReturnType<typeof onBack> };
  }
>;

/** A result of its own: nothing more to answer, «Back» to the last question shown. */
const outcome = (step: Exclude<EndStep, 'summary'>) => ({
  tags: ['outcome'],
  entry: 'endChange' as const,
  on: { back: backTo(step, questionsBefore(step)) },
});

const firstQuestion = flowQuestions[0] ?? 'role';

export const onboardingMachine = onboardingSetup.createMachine({
  id: 'onboarding',
  context: initialContext,
  initial: firstQuestion,
  on: { restart: { target: `.${firstQuestion}`, actions: 'reset' } },
  states: {
    ...questionStates,
    studentUnder14: outcome('studentUnder14'),
    teacherResult: outcome('teacherResult'),
    summary: {
      on: {
        confirm: { guard: 'answersComplete', target: 'checklist' },
        change: summaryQuestions.map(changeTo),
        back: backTo('summary', summaryQuestions),
      },
    },
    checklist: {
      tags: ['outcome'],
      on: { back: { target: 'summary' } },
    },
  },
});

export type OnboardingMachine = typeof onboardingMachine;
export type OnboardingSnapshot = ReturnType<OnboardingMachine['resolveState']>;

/** The step a snapshot shows, as a StepId. */
export const stepOf = (snapshot: OnboardingSnapshot): StepId => snapshot.value as StepId;

/** The answer key of the question a snapshot shows (undefined on summary and outcomes). */
export function currentKey(snapshot: OnboardingSnapshot): AnswerKey | undefined {
  const step = stepOf(snapshot);
  if (!snapshot.hasTag('question')) return undefined;
  const question = step as QuestionId;
  return answerKey(
    isPerChild(question) ? { question, child: snapshot.context.child } : { question },
  );
}
