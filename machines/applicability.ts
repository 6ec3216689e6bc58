/**
 * Which questions apply, given the answers held so far. The statechart's guards
 * route on the same predicates (see guards in onboarding-machine.ts), and the
 * property tests check that a walk of the machine asks exactly this sequence.
 *
 * A question whose precondition depends on an unanswered question is left out:
 * it cannot be known to apply yet. Everything else keeps its place, so answers
 * to later questions survive a change to an earlier one when they still apply.
 */
import {
  answerKey,
  childAge,
  childNumbers,
  type AnswerKey,
  type Answers,
  type QuestionRef,
} from './answers';

const ref = (question: QuestionRef['question'], child?: number): QuestionRef =>
  child === undefined ? { question } : { question, child };

/** Student account states that still need a confirmation step (and so the method question). */
export const needsConfirmation = (account: string | undefined) =>
  account === 'none' || account === 'unconfirmed';
/** Only a created but unconfirmed account can already hold passport and SNILS. */
export const asksDocuments = (account: string | undefined) => account === 'unconfirmed';

function childQuestions(answers: Answers, child: number): QuestionRef[] {
  const age = childAge(answers, child);
  return [
    ref('childAge', child),
    ...(age === 'under14' ? [ref('childAccount', child)] : []),
    ...(age === 'over14' ? [ref('teenAccount', child)] : []),
    ref('childDnevnik', child),
    ref('childSferum', child),
    ref('childMyschool', child),
  ];
}

/** The questions that apply, in the order the wizard asks them. */
export function applicableQuestions(answers: Answers): QuestionRef[] {
  const list: QuestionRef[] = [ref('role')];
  switch (answers.role) {
    case 'parent':
      list.push(ref('parentAccount'), ref('childCount'));
      for (const child of childNumbers(answers)) list.push(...childQuestions(answers, child));
      list.push(ref('app'));
      break;
    case 'student':
      list.push(ref('studentAge'));
      if (answers.studentAge !== 'over14') break;
      list.push(ref('studentAccount'));
      if (asksDocuments(answers.studentAccount)) list.push(ref('studentDocs'));
      if (needsConfirmation(answers.studentAccount)) list.push(ref('confirmMethod'));
      list.push(ref('studentDnevnik'), ref('studentSferum'), ref('studentMyschool'));
      list.push(ref('studentApp'));
      break;
    case 'teacher':
      list.push(ref('audience'), ref('classLabel'));
      break;
  }
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
