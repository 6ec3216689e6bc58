import { describe, expect, it } from 'vitest';
import {
  applicableQuestions,
  restoreSnapshot,
  stepOf,
  stepRefOf,
  type Answers,
} from '@machines/index';
import { readLocation, writeLocation } from '@/app/location';

/** A complete family for every branch, so every question node appears on some route. */
const families: Answers[] = [
  {
    role: 'parent',
    parentAccount: 'unknown',
    childCount: '2',
    'childAge.1': 'under14',
    'childAccount.1': 'unknown',
    'childDnevnik.1': 'error',
    'childSferum.1': 'no',
    'childMyschool.1': 'waiting',
    'childAge.2': 'over14',
    'teenAccount.2': 'unconfirmed',
    'childDnevnik.2': 'no',
    'childSferum.2': 'yes',
    'childMyschool.2': 'no',
    app: 'yes',
  },
  {
    role: 'student',
    studentAge: 'over14',
    studentAccount: 'unconfirmed',
    studentDocs: 'unknown',
    confirmMethod: 'mfc',
    studentDnevnik: 'yes',
    studentSferum: 'no',
    studentMyschool: 'done',
    studentApp: 'no',
  },
  { role: 'student', studentAge: 'under14' },
  { role: 'teacher', audience: 'under14', classLabel: '7Б' },
];

describe('URL ⇄ state', () => {
  for (const answers of families) {
    for (const ref of applicableQuestions(answers)) {
      const label = `${answers.role}: ${ref.question}${ref.child ? ` (child ${ref.child})` : ''}`;
      it(`${label} has its own URL that restores exactly that step with all answers`, () => {
        const snapshot = restoreSnapshot(answers, { step: ref.question, child: ref.child });
        expect(stepOf(snapshot)).toBe(ref.question);
        const url = writeLocation({ page: 'flow', answers, step: stepRefOf(snapshot) });
        const read = readLocation(url);
        expect(read.errors).toEqual([]);
        expect(read.page).toBe('flow');
        expect(read.answers).toEqual(answers);
        const again = restoreSnapshot(read.answers, read.step);
        expect(stepRefOf(again)).toEqual(stepRefOf(snapshot));
        expect(again.context.answers).toEqual(snapshot.context.answers);
      });
    }
  }

  it.each([
    ['summary', families[0]],
    ['checklist', families[1]],
    ['studentUnder14', families[2]],
    ['teacherResult', families[3]],
  ] as const)('%s has its own URL', (step, answers) => {
    const url = writeLocation({ page: 'flow', answers: answers ?? {}, step: { step } });
    const read = readLocation(url);
    expect(stepOf(restoreSnapshot(read.answers, read.step))).toBe(step);
  });

  it('the start page has no step; the legal page keeps the answers', () => {
    expect(writeLocation({ page: 'start', answers: {} })).toBe('');
    const legal = readLocation(writeLocation({ page: 'legal', answers: { role: 'parent' } }));
    expect(legal.page).toBe('legal');
    expect(legal.answers).toEqual({ role: 'parent' });
  });

  it('reads ?lang= apart from the answers, and a tampered value as an error', () => {
    const read = readLocation('?lang=en&r=zz&s=r');
    expect(read.lang).toBe('en');
    expect(read.errors).toEqual([{ kind: 'invalid-value', param: 'r' }]);
    expect(read.answers).toEqual({});
  });
});
