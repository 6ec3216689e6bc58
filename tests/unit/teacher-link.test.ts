/**
 * The teacher's link builder: each audience pre-fills answers, the link carries them (and the class
 * label) to a family, and the start page reads back whom it was made for. Plus the class label's
 * validation, which both the question page and the link codec use.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLASS_LABEL_MAX, classLabelSchema } from '@machines/answer-schemas';
import type { Answers } from '@machines/answers';
import { isClassLabel } from '@machines/class-label';
import { decodeLink, encodeLink } from '@machines/link-codec';
import { optionsOf } from '@machines/questions';
import { restoreSnapshot, stepRefOf } from '@machines/restore';
import {
  audienceAnswers,
  audienceOf,
  parentLinkForStudent,
  teacherLink,
  type Audience,
} from '@machines/teacher-link';

const audiences = optionsOf('audience');

/** What the teacher answered, as the machine holds it. */
const teacher = (audience: Audience, classLabel?: string): Answers => ({
  role: 'teacher',
  audience,
  ...(classLabel === undefined ? {} : { classLabel }),
});

/** The first question a family opening the link is asked (no step in the link). */
const firstOpenQuestion = (answers: Answers) => stepRefOf(restoreSnapshot(answers)).step;

describe('teacher link: audience ⇄ pre-filled answers ⇄ audienceOf', () => {
  it('covers every audience option of the question', () => {
    expect([...audiences].sort()).toEqual(['everyone', 'over14', 'students', 'under14']);
  });

  const expected: Record<
    Audience,
    { answers: Answers; readBack: Audience | undefined; first: string }
  > = {
    under14: {
      answers: { role: 'parent', childCount: '1', 'childAge.1': 'under14' },
      readBack: 'under14',
      first: 'parentAccount',
    },
    over14: {
      answers: { role: 'parent', childCount: '1', 'childAge.1': 'over14' },
      readBack: 'over14',
      first: 'parentAccount',
    },
    students: {
      answers: { role: 'student', studentAge: 'over14' },
      readBack: 'students',
      first: 'studentAccount',
    },
    // Nothing to pre-fill: the family says who it is. The start banner then needs a class label.
    everyone: { answers: {}, readBack: undefined, first: 'role' },
  };

  it.each(audiences)(
    '%s: pre-fills, survives the URL, reads back, opens the right question',
    (a) => {
      const want = expected[a];
      expect(audienceAnswers(a)).toEqual(want.answers);

      for (const classLabel of [undefined, '7Б']) {
        const state = teacherLink(teacher(a, classLabel));
        expect(state).toEqual({
          answers: want.answers,
          ...(classLabel ? { forClass: classLabel } : {}),
        });
        const query = encodeLink(state ?? { answers: {} });
        // No step in a teacher's link: the family lands on the start page first.
        expect(new URLSearchParams(query).has('s')).toBe(false);
        const decoded = decodeLink(query);
        expect(decoded.errors).toEqual([]);
        expect(decoded.answers).toEqual(want.answers);
        expect(decoded.forClass).toBe(classLabel);
        expect(decoded.step).toBeUndefined();
        expect(audienceOf(decoded.answers)).toBe(want.readBack);
        expect(firstOpenQuestion(decoded.answers)).toBe(want.first);
      }
    },
  );

  it('the teacher’s own answers never travel in the link', () => {
    const query = encodeLink(teacherLink(teacher('students', '10 А')) ?? { answers: {} });
    const params = new URLSearchParams(query);
    expect(params.get('r')).toBe('s'); // the family's role, not "teacher"
    expect(params.has('au')).toBe(false);
    expect(params.has('cl')).toBe(false);
    expect(params.get('for')).toBe('10 А');
  });

  it('a blank or missing class label gives a link without a class', () => {
    expect(teacherLink(teacher('under14', ''))?.forClass).toBeUndefined();
    expect(teacherLink(teacher('under14', '   '))?.forClass).toBeUndefined();
    expect(teacherLink({ role: 'teacher' })).toBeUndefined();
    expect(teacherLink({ role: 'teacher', audience: 'nobody' })).toBeUndefined();
  });

  it('audienceOf ignores answers no teacher link makes', () => {
    expect(audienceOf({})).toBeUndefined();
    expect(audienceOf({ role: 'teacher' })).toBeUndefined();
    expect(audienceOf({ role: 'student', studentAge: 'under14' })).toBeUndefined();
    expect(audienceOf({ role: 'parent' })).toBeUndefined();
  });

  it('a young student’s link for a parent is the under-14 parents’ link without a class', () => {
    const state = parentLinkForStudent();
    expect(state).toEqual({ answers: audienceAnswers('under14') });
    const decoded = decodeLink(encodeLink(state));
    expect(audienceOf(decoded.answers)).toBe('under14');
    expect(firstOpenQuestion(decoded.answers)).toBe('parentAccount');
  });
});

describe('class label validation', () => {
  const errorOf = (value: string) =>
    classLabelSchema.safeParse(value).error?.issues.map((issue) => issue.message);

  it.each(['7Б', '10 А', '5-В', '11', '7b', '', 'А'.repeat(CLASS_LABEL_MAX)])(
    'accepts «%s»',
    (value) => {
      expect(classLabelSchema.safeParse(value).success).toBe(true);
    },
  );

  it.each([
    ['7Б<script>', 'questions:classLabel.errorCharacters'],
    ['a--b', 'questions:classLabel.errorCharacters'],
    ['  ', 'questions:classLabel.errorCharacters'],
    [' 7Б', 'questions:classLabel.errorCharacters'],
    ['7Б ', 'questions:classLabel.errorCharacters'],
    ['7 Б-', 'questions:classLabel.errorCharacters'],
    ['7Б😀', 'questions:classLabel.errorCharacters'],
    ['😀', 'questions:classLabel.errorCharacters'],
    ['7&Б', 'questions:classLabel.errorCharacters'],
    ['7Б\n', 'questions:classLabel.errorCharacters'],
  ])('rejects «%s» as bad characters', (value, message) => {
    expect(errorOf(value)).toContain(message);
  });

  it('rejects 13 or more characters as too long (12 is the limit)', () => {
    expect(CLASS_LABEL_MAX).toBe(12);
    expect(errorOf('А'.repeat(13))).toEqual(['questions:classLabel.errorTooLong']);
    expect(errorOf('10 А 10 А 10 А')).toContain('questions:classLabel.errorTooLong');
  });

  it('the codec’s zod-free check (class-label.ts) accepts exactly what the form’s schema accepts', () => {
    const label = fc.oneof(
      fc.string({ maxLength: 16 }),
      fc.stringMatching(/^[0-9]{1,2}[ -]?[А-Яа-яA-Za-z]{0,3}$/u),
      fc.constantFrom(
        '7Б',
        '10 А',
        '5-В',
        '',
        ' 7Б',
        '7  Б',
        '7Б-',
        'А'.repeat(12),
        'А'.repeat(13),
      ),
    );
    fc.assert(
      fc.property(label, (value) => {
        expect(isClassLabel(value)).toBe(classLabelSchema.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('a link carrying a bad class label drops it and reports it', () => {
    for (const bad of ['7Б<script>', 'a--b', '  ', 'А'.repeat(13), '😀']) {
      const decoded = decodeLink(`r=p&n=1&a1=y&for=${encodeURIComponent(bad)}`);
      expect(decoded.forClass).toBeUndefined();
      expect(decoded.errors).toEqual([{ kind: 'invalid-value', param: 'for' }]);
      // The rest of the link still works.
      expect(audienceOf(decoded.answers)).toBe('under14');
    }
  });

  it('a bad class label never reaches a link', () => {
    expect(encodeLink({ answers: {}, forClass: '7Б<script>' })).toBe('');
  });
});
