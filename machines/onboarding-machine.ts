/**
 * The decision statechart: one state per question or outcome, routing by named
 * guards. Pure: no invoke, no timers, so xstate/graph can walk every path.
 *
 * Events
 *  - answer  { value }  answer the current question (invalid values are ignored)
 *  - back               go to the previous question
 *  - change  { key }    from the summary, jump to one answered question
 *  - confirm            from the summary, show the checklist
 *  - restart            forget everything, back to the first question
 * Restoring from a link or storage replays answers (see restore.ts).
 */
import { and, assign, setup } from 'xstate';
import { isValidAnswer } from './answer-schemas';
import {
  answerKey,
  childAge,
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
  needsConfirmation,
  pruneAnswers,
} from './applicability';
import { isPerChild, questionIds, type QuestionId } from './questions';

export type OutcomeId = 'studentUnder14' | 'teacherResult' | 'checklist';
export type StepId = QuestionId | 'summary' | OutcomeId;

export interface OnboardingContext {
  readonly answers: Answers;
  /** The child the per-child questions are about (1-based). */
  readonly child: number;
  /** Set while changing an answer from the summary: finish back at the summary. */
  readonly returnToSummary: boolean;
}

export type OnboardingEvent =
  | { type: 'answer'; value: string }
  | { type: 'back' }
  | { type: 'change'; key: AnswerKey }
  | { type: 'confirm' }
  | { type: 'restart' };

export const initialContext: OnboardingContext = { answers: {}, child: 1, returnToSummary: false };

/** Answers as they would be after the event: the answer recorded, then pruned. */
function answersAfter(context: OnboardingContext, question: QuestionId, value: string): Answers {
  return pruneAnswers(withAnswer(context.answers, { question, child: context.child }, value));
}

/** Parents and students of 14+ check their answers on a summary; other roles end elsewhere. */
export const endsAtSummary = (answers: Answers) =>
  answers.role === 'parent' || (answers.role === 'student' && answers.studentAge === 'over14');

type QuestionParams = { question: QuestionId };
type ValueParams = { value: string };
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
    roleIs: ({ context }, { value }: ValueParams) => context.answers.role === value,
    studentAccountIs: ({ context }, { value }: ValueParams) =>
      context.answers.studentAccount === value,
    studentNeedsConfirmation: ({ context }) => needsConfirmation(context.answers.studentAccount),
    childIsUnder14: ({ context }) => childAge(context.answers, context.child) === 'under14',
    isFirstChild: ({ context }) => context.child <= 1,
    hasMoreChildren: ({ context }) => context.child < childCountOf(context.answers),
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
      return value === undefined ? {} : { answers: answersAfter(context, question, value) };
    }),
    goToFirstChild: assign({ child: 1 }),
    goToNextChild: assign({ child: ({ context }) => context.child + 1 }),
    goToPreviousChild: assign({ child: ({ context }) => Math.max(1, context.child - 1) }),
    goToLastChild: assign({ child: ({ context }) => Math.max(1, childCountOf(context.answers)) }),
    /** While changing: move to the child whose question is the first one open. */
    goToOpenChild: assign({
      child: ({ context }) => firstUnanswered(context.answers)?.child ?? context.child,
    }),
    beginChange: assign(({ context, event }) => {
      if (event.type !== 'change') return {};
      return { returnToSummary: true, child: parseAnswerKey(event.key)?.child ?? context.child };
    }),
    endChange: assign({ returnToSummary: false }),
    reset: assign(() => initialContext),
  },
});

type Target = StepId;
interface Route {
  target: Target;
  guard?: { type: 'answerIs'; params: ValueParams } | { type: 'hasMoreChildren' };
  actions?: Array<'goToFirstChild' | 'goToNextChild'>;
}

/**
 * The `answer` transitions of a question: while changing, back to the summary when
 * nothing is left open, or on to the first open question; otherwise the routes given.
 */
function onAnswer(question: QuestionId, ...routes: Route[]) {
  const valid = { type: 'isValidAnswer', params: { question } } as const;
  const record = { type: 'recordAnswer', params: { question } } as const;
  const changeFinished = {
    guard: and([valid, { type: 'answerCompletesChange', params: { question } }]),
    target: 'summary' as const,
    actions: [record, 'endChange' as const],
  };
  const jumpsToOpen = questionIds.map((open) => ({
    guard: and([valid, { type: 'nextOpenQuestionIs', params: { question, open } }]),
    target: open,
    actions: [record, 'goToOpenChild' as const],
  }));
  const normal = routes.map(({ target, guard, actions = [] }) => ({
    guard: guard ? and([valid, guard]) : valid,
    target,
    actions: [record, ...actions],
  }));
  return [changeFinished, ...jumpsToOpen, ...normal];
}

interface BackRoute {
  target: Target;
  guard?:
    | 'isFirstChild'
    | 'childIsUnder14'
    | 'studentNeedsConfirmation'
    | { type: 'studentAccountIs' | 'roleIs'; params: ValueParams };
  actions?: Array<'goToPreviousChild' | 'goToLastChild'>;
}

/** The `back` transitions: while changing, straight back to the summary; else the routes given. */
function onBack(...routes: BackRoute[]) {
  return [
    {
      guard: and(['isChanging', 'answersComplete']),
      target: 'summary' as const,
      actions: 'endChange' as const,
    },
    ...routes.map(({ target, guard, actions = [] }) =>
      guard ? { guard, target, actions } : { target, actions },
    ),
  ];
}

const is = (value: string) => ({ type: 'answerIs', params: { value } }) as const;
const changeTo = (question: QuestionId) => ({
  guard: { type: 'canChangeTo', params: { question } } as const,
  target: question,
  actions: 'beginChange' as const,
});

export const onboardingMachine = onboardingSetup.createMachine({
  id: 'onboarding',
  context: initialContext,
  initial: 'role',
  on: { restart: { target: '.role', actions: 'reset' } },
  states: {
    role: {
      tags: ['question'],
      on: {
        answer: onAnswer(
          'role',
          { target: 'parentAccount', guard: is('parent') },
          { target: 'studentAge', guard: is('student') },
          { target: 'audience' },
        ),
        // Nothing before the first question; while changing, back returns to the summary.
        back: onBack(),
      },
    },

    // Parent: own account, then each child in turn, then the app.
    parentAccount: {
      tags: ['question'],
      on: {
        answer: onAnswer('parentAccount', { target: 'childCount' }),
        back: onBack({ target: 'role' }),
      },
    },
    childCount: {
      tags: ['question'],
      on: {
        answer: onAnswer('childCount', { target: 'childAge', actions: ['goToFirstChild'] }),
        back: onBack({ target: 'parentAccount' }),
      },
    },
    childAge: {
      tags: ['question', 'perChild'],
      on: {
        answer: onAnswer(
          'childAge',
          { target: 'childAccount', guard: is('under14') },
          { target: 'teenAccount' },
        ),
        back: onBack(
          { target: 'childCount', guard: 'isFirstChild' },
          { target: 'childMyschool', actions: ['goToPreviousChild'] },
        ),
      },
    },
    childAccount: {
      tags: ['question', 'perChild'],
      on: {
        answer: onAnswer('childAccount', { target: 'childDnevnik' }),
        back: onBack({ target: 'childAge' }),
      },
    },
    teenAccount: {
      tags: ['question', 'perChild'],
      on: {
        answer: onAnswer('teenAccount', { target: 'childDnevnik' }),
        back: onBack({ target: 'childAge' }),
      },
    },
    childDnevnik: {
      tags: ['question', 'perChild'],
      on: {
        answer: onAnswer('childDnevnik', { target: 'childSferum' }),
        back: onBack(
          { target: 'childAccount', guard: 'childIsUnder14' },
          { target: 'teenAccount' },
        ),
      },
    },
    childSferum: {
      tags: ['question', 'perChild'],
      on: {
        answer: onAnswer('childSferum', { target: 'childMyschool' }),
        back: onBack({ target: 'childDnevnik' }),
      },
    },
    childMyschool: {
      tags: ['question', 'perChild'],
      on: {
        answer: onAnswer(
          'childMyschool',
          { target: 'childAge', guard: { type: 'hasMoreChildren' }, actions: ['goToNextChild'] },
          { target: 'app' },
        ),
        back: onBack({ target: 'childSferum' }),
      },
    },
    app: {
      tags: ['question'],
      on: {
        answer: onAnswer('app', { target: 'summary' }),
        back: onBack({ target: 'childMyschool', actions: ['goToLastChild'] }),
      },
    },

    // Student: under 14 hands over to a parent; 14+ does it all alone.
    studentAge: {
      tags: ['question'],
      on: {
        answer: onAnswer(
          'studentAge',
          { target: 'studentUnder14', guard: is('under14') },
          { target: 'studentAccount' },
        ),
        back: onBack({ target: 'role' }),
      },
    },
    studentUnder14: {
      tags: ['outcome'],
      entry: 'endChange',
      on: { back: { target: 'studentAge' } },
    },
    studentAccount: {
      tags: ['question'],
      on: {
        answer: onAnswer(
          'studentAccount',
          { target: 'studentDocs', guard: is('unconfirmed') },
          { target: 'confirmMethod', guard: is('none') },
          { target: 'studentDnevnik' },
        ),
        back: onBack({ target: 'studentAge' }),
      },
    },
    studentDocs: {
      tags: ['question'],
      on: {
        answer: onAnswer('studentDocs', { target: 'confirmMethod' }),
        back: onBack({ target: 'studentAccount' }),
      },
    },
    confirmMethod: {
      tags: ['question'],
      on: {
        answer: onAnswer('confirmMethod', { target: 'studentDnevnik' }),
        back: onBack(
          {
            target: 'studentDocs',
            guard: { type: 'studentAccountIs', params: { value: 'unconfirmed' } },
          },
          { target: 'studentAccount' },
        ),
      },
    },
    studentDnevnik: {
      tags: ['question'],
      on: {
        answer: onAnswer('studentDnevnik', { target: 'studentSferum' }),
        back: onBack(
          { target: 'confirmMethod', guard: 'studentNeedsConfirmation' },
          { target: 'studentAccount' },
        ),
      },
    },
    studentSferum: {
      tags: ['question'],
      on: {
        answer: onAnswer('studentSferum', { target: 'studentMyschool' }),
        back: onBack({ target: 'studentDnevnik' }),
      },
    },
    studentMyschool: {
      tags: ['question'],
      on: {
        answer: onAnswer('studentMyschool', { target: 'studentApp' }),
        back: onBack({ target: 'studentSferum' }),
      },
    },
    // The school invites students too to test the app (after a parent has set it up).
    studentApp: {
      tags: ['question'],
      on: {
        answer: onAnswer('studentApp', { target: 'summary' }),
        back: onBack({ target: 'studentMyschool' }),
      },
    },

    // Teacher: the link builder.
    audience: {
      tags: ['question'],
      on: {
        answer: onAnswer('audience', { target: 'classLabel' }),
        back: onBack({ target: 'role' }),
      },
    },
    classLabel: {
      tags: ['question'],
      on: {
        answer: onAnswer('classLabel', { target: 'teacherResult' }),
        back: onBack({ target: 'audience' }),
      },
    },
    teacherResult: {
      tags: ['outcome'],
      entry: 'endChange',
      on: { back: { target: 'classLabel' } },
    },

    summary: {
      on: {
        confirm: { guard: 'answersComplete', target: 'checklist' },
        change: questionIds.filter((id) => id !== 'classLabel').map(changeTo),
        back: [
          { guard: { type: 'roleIs', params: { value: 'parent' } }, target: 'app' },
          { target: 'studentApp' },
        ],
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
