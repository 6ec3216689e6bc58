/**
 * The summary's rows, in the order the questions were asked (the flow's order), grouped as
 * the family thinks of them: runs of questions about the family, and each child's questions
 * under that child. A question asked after the children (the app) comes after them.
 */
import { answerKey, type Answers, type QuestionRef } from './answers';
import { applicableQuestions } from './applicability';

export interface SummaryGroup {
  /** Stable id: `family-1`, `child-2`, ... */
  readonly id: string;
  /** The child the rows are about; undefined for questions about the family. */
  readonly child?: number;
  /** True for a family group that comes after questions about a child. */
  readonly afterChildren: boolean;
  readonly rows: readonly QuestionRef[];
}

export function summaryGroups(answers: Answers): SummaryGroup[] {
  const answered = applicableQuestions(answers).filter((r) => answers[answerKey(r)] !== undefined);
  const groups: { child?: number; afterChildren: boolean; rows: QuestionRef[] }[] = [];
  let familyRuns = 0;
  for (const ref of answered) {
    const last = groups.at(-1);
    if (last && last.child === ref.child) last.rows.push(ref);
    else {
      const afterChildren = groups.some((g) => g.child !== undefined);
      groups.push({
        ...(ref.child === undefined ? {} : { child: ref.child }),
        afterChildren: ref.child === undefined && afterChildren,
        rows: [ref],
      });
    }
  }
  return groups.map((g) => ({
    ...g,
    id: g.child === undefined ? `family-${(familyRuns += 1)}` : `child-${g.child}`,
  }));
}
