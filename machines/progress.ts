/**
 * "Question N of M", only when M is honest: every answer that changes the route
 * (role, number of children, each child's age, the student's age and account) is
 * known. Otherwise the screens show no count.
 */
import { parseAnswerKey, type AnswerKey, type Answers } from './answers';
import { applicableKeys } from './applicability';
import type { QuestionId } from './questions';

const routeGates: ReadonlySet<QuestionId> = new Set<QuestionId>([
  'role',
  'childCount',
  'childAge',
  'studentAge',
  'studentAccount',
]);

export interface Progress {
  readonly current: number;
  readonly total: number;
}

export function progressOf(answers: Answers, key: AnswerKey): Progress | undefined {
  const keys = applicableKeys(answers);
  const index = keys.indexOf(key);
  if (index < 0) return undefined;
  const open = keys.filter((k) => {
    const question = parseAnswerKey(k)?.question;
    return question !== undefined && routeGates.has(question) && answers[k] === undefined;
  });
  return open.length > 0 ? undefined : { current: index + 1, total: keys.length };
}
