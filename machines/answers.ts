/**
 * Answers are a flat record keyed by answer key: a question id, or for questions
 * asked once per child, `questionId.childNumber` (children are numbered from 1).
 * A flat record keeps pruning, the summary, storage and the link codec uniform.
 */
import { isPerChild, MAX_CHILDREN, type PerChildQuestionId, type QuestionId } from './questions';

export type ChildNumber = 1 | 2 | 3 | 4 | 5 | 6;
export type AnswerKey = string;
export type Answers = Readonly<Record<AnswerKey, string>>;

/** Where a question sits: the question and, for per-child questions, which child. */
export interface QuestionRef {
  readonly question: QuestionId;
  readonly child?: number;
}

export function answerKey(ref: QuestionRef): AnswerKey {
  return isPerChild(ref.question) ? `${ref.question}.${ref.child ?? 1}` : ref.question;
}

export function parseAnswerKey(key: AnswerKey): QuestionRef | undefined {
  const [question, child, extra] = key.split('.');
  if (extra !== undefined || question === undefined) return undefined;
  if (child === undefined) return { question: question as QuestionId };
  const n = Number(child);
  if (!/^[1-9]$/.test(child) || n > MAX_CHILDREN) return undefined;
  return { question: question as QuestionId, child: n };
}

export const childKey = (question: PerChildQuestionId, child: number): AnswerKey =>
  `${question}.${child}`;

export function withAnswer(answers: Answers, ref: QuestionRef, value: string): Answers {
  return { ...answers, [answerKey(ref)]: value };
}

/** How many children the parent said they have (0 while unanswered). */
export function childCountOf(answers: Answers): number {
  const n = Number(answers.childCount);
  return Number.isInteger(n) && n >= 1 && n <= MAX_CHILDREN ? n : 0;
}

export function childNumbers(answers: Answers): number[] {
  return Array.from({ length: childCountOf(answers) }, (_, i) => i + 1);
}

export const childAge = (answers: Answers, child: number) =>
  answers[childKey('childAge', child)] as 'under14' | 'over14' | undefined;
