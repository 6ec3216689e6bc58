// Families several test files share. ONE_CHILD_UNDER_14_CONFIRMED is the family of the checklist's
// budgets (#15) and of the offline tests: a parent with a confirmed account, one child under 14
// without one, nothing else done.
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

export const savedChecklistPath = (answers: Answers) =>
  `/?${encodeLink({ answers, step: { step: 'checklist' } })}`;
