/**
 * The static guide's cases: representative families, each with the answers that pick its steps.
 * Which steps a case lists is decided by buildChecklist() from machines/ — the same rules as the
 * app — never by a hand-written list, so the guide cannot drift from the checklists families get.
 *
 * A case lists the steps still to do for its family (steps done by its answers are left out). A
 * case with a `base` lists only the steps its answers add to that family's (a Dnevnik.ru error,
 * the optional app).
 */
import {
  buildChecklist,
  optionsOf,
  type Answers,
  type ChecklistStep,
  type ChoiceQuestionId,
  type SchoolFacts,
} from '@machines/index';

export interface GuideCase {
  /** The question and answer that set this case apart (the case's heading); none for one case. */
  readonly question?: ChoiceQuestionId;
  readonly option?: string;
  readonly answers: Answers;
  /** List only the steps these answers add to the steps of these (the family it varies). */
  readonly base?: Answers;
}

export interface GuideSection {
  /** The key of the section's heading: whom it is for. */
  readonly headingKey: string;
  readonly cases: readonly GuideCase[];
}

const parentUnder14 = {
  role: 'parent',
  parentAccount: 'unknown',
  childCount: '1',
  'childAge.1': 'under14',
  'childDnevnik.1': 'no',
  'childSferum.1': 'no',
  'childMyschool.1': 'no',
  app: 'no',
} as const;

const parentOver14 = {
  ...parentUnder14,
  'childAge.1': 'over14',
  'teenAccount.1': 'none',
} as const;

const student = {
  role: 'student',
  studentAge: 'over14',
  studentAccount: 'none',
  studentDocs: 'no',
  studentDnevnik: 'no',
  studentSferum: 'no',
  studentMyschool: 'no',
  studentApp: 'no',
} as const;

export const guideSections: readonly GuideSection[] = [
  {
    headingKey: 'common:start.forAudience.parentsUnder14',
    cases: [
      ...optionsOf('childAccount').map((option) => ({
        question: 'childAccount' as const,
        option,
        answers: { ...parentUnder14, 'childAccount.1': option },
      })),
      {
        question: 'childDnevnik',
        option: 'error',
        answers: { ...parentUnder14, 'childAccount.1': 'none', 'childDnevnik.1': 'error' },
        base: { ...parentUnder14, 'childAccount.1': 'none' },
      },
      {
        question: 'app',
        option: 'yes',
        answers: { ...parentUnder14, 'childAccount.1': 'none', app: 'yes' },
        base: { ...parentUnder14, 'childAccount.1': 'none' },
      },
    ],
  },
  {
    headingKey: 'common:start.forAudience.parentsOver14',
    cases: [
      { answers: parentOver14 },
      {
        question: 'childDnevnik',
        option: 'error',
        answers: { ...parentOver14, 'childDnevnik.1': 'error' },
        base: parentOver14,
      },
    ],
  },
  {
    // "Для учеников": in the app this banner is for students of 14 and over (audienceOf()).
    headingKey: 'common:start.forAudience.students',
    cases: [
      ...optionsOf('confirmMethod').map((option) => ({
        question: 'confirmMethod' as const,
        option,
        answers: { ...student, confirmMethod: option },
      })),
      {
        question: 'studentDnevnik',
        option: 'error',
        answers: { ...student, confirmMethod: 'mfc', studentDnevnik: 'error' },
        base: { ...student, confirmMethod: 'mfc' },
      },
      {
        question: 'studentApp',
        option: 'yes',
        answers: { ...student, confirmMethod: 'mfc', studentApp: 'yes' },
        base: { ...student, confirmMethod: 'mfc' },
      },
    ],
  },
  {
    headingKey: 'common:under14.title',
    cases: [{ answers: { role: 'student', studentAge: 'under14' } }],
  },
  {
    headingKey: 'questions:role.options.teacher',
    cases: [{ answers: { role: 'teacher' } }],
  },
];

/** The steps a case lists, in the order its checklist gives them. */
export function stepsOfCase(guideCase: GuideCase, facts: SchoolFacts): ChecklistStep[] {
  const todo = (answers: Answers) =>
    buildChecklist(answers, facts)
      .stages.flatMap((stage) => stage.steps)
      .filter((step) => step.status === 'todo');
  const steps = todo(guideCase.answers);
  if (!guideCase.base) return steps;
  const before = new Set(todo(guideCase.base).map((step) => step.content));
  return steps.filter((step) => !before.has(step.content));
}
