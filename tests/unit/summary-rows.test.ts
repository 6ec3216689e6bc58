import { describe, expect, it } from 'vitest';
import { answerKey, type Answers } from '@machines/answers';
import { summaryGroups } from '@machines/summary-rows';
import { walk } from './support/wizard';

const twoChildren: Answers = {
  role: 'parent',
  parentAccount: 'confirmed',
  childCount: '2',
  'childAge.1': 'under14',
  'childAccount.1': 'linked',
  'childDnevnik.1': 'own',
  'childSferum.1': 'yes',
  'childMyschool.1': 'done',
  'childAge.2': 'over14',
  'teenAccount.2': 'none',
  'childDnevnik.2': 'no',
  'childSferum.2': 'no',
  'childMyschool.2': 'no',
  app: 'yes',
};

const keysOf = (answers: Answers) =>
  summaryGroups(answers).map((g) => [g.id, g.afterChildren, g.rows.map(answerKey)] as const);

describe('summaryGroups: the summary in the order the questions were asked', () => {
  it('puts the app, asked after the children, after them', () => {
    expect(keysOf(twoChildren)).toEqual([
      ['family-1', false, ['role', 'parentAccount', 'childCount']],
      [
        'child-1',
        false,
        ['childAge.1', 'childAccount.1', 'childDnevnik.1', 'childSferum.1', 'childMyschool.1'],
      ],
      [
        'child-2',
        false,
        ['childAge.2', 'teenAccount.2', 'childDnevnik.2', 'childSferum.2', 'childMyschool.2'],
      ],
      ['family-2', true, ['app']],
    ]);
  });

  it('is one group for a student', () => {
    const student: Answers = { role: 'student', studentAge: 'over14', studentAccount: 'confirmed' };
    expect(keysOf(student)).toEqual([
      ['family-1', false, ['role', 'studentAge', 'studentAccount']],
    ]);
  });

  it('lists exactly the questions a walk of the machine asked, in the order asked', () => {
    for (let seed = 0; seed < 200; seed += 1) {
      const picks = Array.from({ length: 45 }, (_, i) => (seed * 7 + i * ((seed % 5) + 1)) % 13);
      const { end, asked } = walk(picks);
      const rows = summaryGroups(end.context.answers).flatMap((g) => g.rows.map(answerKey));
      expect(rows).toEqual(asked);
    }
  });
});
