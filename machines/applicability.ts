/**
 * Which questions apply, given the answers held so far: a walk of the flow (flow.ts), the
 * one place the route is written. The statechart's transitions are read off the same flow
 * (flow-routes.ts), and the property tests check that a walk of the machine asks exactly
 * this sequence.
 *
 * A question that opens branches and is still unanswered opens none of them: what follows
 * it cannot be known to apply yet. Everything else keeps its place, so answers to later
 * questions survive a change to an earlier one when they still apply.
 */
import { answerKey, childNumbers, type AnswerKey, type Answers, type QuestionRef } from './answers';
import { flow, type FlowItem } from './flow';

const ref = (question: QuestionRef['question'], child?: number): QuestionRef =>
  child === undefined ? { question } : { question, child };

/** Appends the questions of `items` that apply; false once a route has ended. */
function walk(
  items: readonly FlowItem[],
  answers: Answers,
  child: number | undefined,
  list: QuestionRef[],
): boolean {
  for (const item of items) {
    switch (item.kind) {
      case 'end':
        return false;
      case 'eachChild':
        for (const n of childNumbers(answers))
          if (!walk(item.items, answers, n, list)) return false;
        break;
      case 'ask': {
        const here = ref(item.question, child);
        list.push(here);
        const value = answers[answerKey(here)];
        const arm = value === undefined ? undefined : item.branches?.[value];
        if (arm && !walk(arm, answers, child, list)) return false;
      }
    }
  }
  return true;
}

/** The questions that apply, in the order the wizard asks them. */
export function applicableQuestions(answers: Answers): QuestionRef[] {
  const list: QuestionRef[] = [];
  walk(flow, answers, undefined, list);
  return list;
}

export const applicableKeys = (answers: Answers): AnswerKey[] =>
  applicableQuestions(answers).map(answerKey);

/** Drops every answer the tree would no longer ask; keeps the rest untouched. */
export function pruneAnswers(answers: Answers): Answers {
  // Pruning can reveal nothing new, but one pass may drop a gate (e.g. a child's age
  // beyond a lowered child count) that made another answer look applicable: repeat to a fixpoint.
  let current = answers;
  for (;;) {
    const keep = new Set(applicableKeys(current));
    const next = Object.fromEntries(Object.entries(current).filter(([k]) => keep.has(k)));
    if (Object.keys(next).length === Object.keys(current).length) return next;
    current = next;
  }
}

export const firstUnanswered = (answers: Answers): QuestionRef | undefined =>
  applicableQuestions(answers).find((r) => answers[answerKey(r)] === undefined);

/** Every question that applies has an answer (the summary and checklist may be shown). */
export const isComplete = (answers: Answers): boolean => firstUnanswered(answers) === undefined;

/**
 * The questions this family is shown, in order: those that apply, less the answered ones it
 * skipped when a link dropped it at the first open question (a teacher's link for parents
 * answers the role, so the family starts at its own account). Skipped answers stay
 * changeable on the summary.
 */
export const shownQuestions = (answers: Answers, skipped: readonly AnswerKey[]): QuestionRef[] =>
  applicableQuestions(answers).filter((r) => !skipped.includes(answerKey(r)));

/**
 * The question shown before `current` (or, on the summary and the results, the last one
 * shown): where «Back» goes. Undefined when nothing was shown before: «Back» then leaves the
 * questions for the start page.
 */
export function previousShown(
  answers: Answers,
  skipped: readonly AnswerKey[],
  current: AnswerKey | undefined,
): QuestionRef | undefined {
  const all = applicableQuestions(answers);
  const at = current === undefined ? -1 : all.findIndex((r) => answerKey(r) === current);
  const earlier = at < 0 ? all : all.slice(0, at);
  return earlier.filter((r) => !skipped.includes(answerKey(r))).at(-1);
}
