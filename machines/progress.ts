/**
 * "Question N of M" counts the questions this family is shown. A link that pre-fills answers
 * drops the family at the first open question: the answered ones before it are skipped, never
 * shown, and not counted. Pre-filled answers after it are shown (chosen already, changeable),
 * and counted. So a teacher's link for parents of under-14s (role, one child, the child's age)
 * starts at «Вопрос 1 из 8» (the family's own account), not «Вопрос 2 из 9»: M is every
 * question that applies less the skipped ones, N the current question's place among them. A
 * skipped answer opened with «Change» is shown from then on and counts. Shown only when M is honest:
 * every answer that changes the route (role, number of children, each child's age, the
 * student's age and account) is known. Otherwise the screens show no count.
 */
import { answerKey, parseAnswerKey, type AnswerKey, type Answers } from './answers';
import { applicableKeys, shownQuestions } from './applicability';
import { routeGates as gates } from './flow-routes';
import type { QuestionId } from './questions';

const routeGates: ReadonlySet<QuestionId> = new Set(gates);

export interface Progress {
  readonly current: number;
  readonly total: number;
}

export function progressOf(
  answers: Answers,
  key: AnswerKey,
  skipped: readonly AnswerKey[] = [],
): Progress | undefined {
  const shown = shownQuestions(answers, skipped).map(answerKey);
  const index = shown.indexOf(key);
  if (index < 0) return undefined;
  const open = applicableKeys(answers).filter((k) => {
    const question = parseAnswerKey(k)?.question;
    return question !== undefined && routeGates.has(question) && answers[k] === undefined;
  });
  return open.length > 0 ? undefined : { current: index + 1, total: shown.length };
}
