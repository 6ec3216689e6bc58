// Families several test files share. ONE_CHILD_UNDER_14_CONFIRMED is the family of the checklist's
// budgets (#15) and of the offline tests: a parent with a confirmed account, one child under 14
// without one, nothing else done. ONE_CHILD_NO_ACCOUNTS is journey a's (the history and
// cross-engine tests).
import { encodeLink, type Answers } from '@machines/index';

export const ONE_CHILD_UNDER_14_CONFIRMED: Answers = {
  role: 'parent',
  parentAccount: 'confirmed',
  childCount: '1',
  'childAge.1': 'under14',
  'childAccount.1': 'none',
  'childDnevnik.1': 'no',
  'childSferum.1': 'no',
  'childMyschool.1': 'no',
  app: 'no',
};

/** Journey a's family: one child under 14, no accounts anywhere, nothing done yet. */
export const ONE_CHILD_NO_ACCOUNTS: Answers = {
  ...ONE_CHILD_UNDER_14_CONFIRMED,
  parentAccount: 'none',
};

/** The address of a family's checklist, as the app writes it. */
export const savedChecklistPath = (answers: Answers) =>
  `/?${encodeLink({ answers, step: { step: 'checklist' } })}`;
