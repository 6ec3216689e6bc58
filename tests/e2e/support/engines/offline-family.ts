// The family whose saved checklist link the offline tests open with no network.
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
