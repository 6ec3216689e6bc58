/**
 * The link codec by example: answers <-> a short query string.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '@machines/answers';
import { isComplete } from '@machines/applicability';
import { decodeLink, encodeLink } from '@machines/link-codec';
import { isChoiceQuestion } from '@machines/questions';
import { restoreSnapshot, stepRefOf } from '@machines/restore';

/** A family of three: two under 14 (one with a Dnevnik.ru mismatch), one of 14+. */
const THREE_CHILDREN: Answers = {
  role: 'parent',
  parentAccount: 'confirmed',
  childCount: '3',
  'childAge.1': 'under14',
  'childAccount.1': 'unlinked',
  'childDnevnik.1': 'error',
  'childSferum.1': 'no',
  'childMyschool.1': 'no',
  'childAge.2': 'over14',
  'teenAccount.2': 'unconfirmed',
  'childDnevnik.2': 'no',
  'childSferum.2': 'yes',
  'childMyschool.2': 'waiting',
  'childAge.3': 'under14',
  'childAccount.3': 'unknown',
  'childDnevnik.3': 'own',
  'childSferum.3': 'yes',
  'childMyschool.3': 'done',
  app: 'yes',
};

describe('link codec', () => {
  it('round-trips a 3-child family with its step', () => {
    expect(isComplete(THREE_CHILDREN)).toBe(true);
    const step = { step: 'childDnevnik', child: 3 } as const;
    const query = encodeLink({ answers: THREE_CHILDREN, step });
    expect(query).toContain('n=3');
    expect(query).toContain('a3=y');
    expect(query).toContain('t2=u');
    expect(query).toContain('s=d3');
    const decoded = decodeLink(query);
    expect(decoded).toEqual({ answers: THREE_CHILDREN, step, errors: [] });
    // the link restores exactly that step
    expect(stepRefOf(restoreSnapshot(decoded.answers, decoded.step))).toEqual(step);
  });

  it('round-trips every kind of step', () => {
    const steps = [
      { step: 'role' },
      { step: 'app' },
      { step: 'childAge', child: 1 },
      { step: 'childMyschool', child: 6 },
      { step: 'summary' },
      { step: 'checklist' },
      { step: 'studentUnder14' },
      { step: 'teacherResult' },
    ] as const;
    for (const step of steps)
      expect(decodeLink(encodeLink({ answers: {}, step }))).toEqual({
        answers: {},
        step,
        errors: [],
      });
  });

  it('carries the answers a link pre-filled (pf), only ones it holds, reporting unknown codes', () => {
    const answers: Answers = { role: 'parent', childCount: '1', 'childAge.1': 'under14' };
    const query = encodeLink({
      answers,
      skipped: ['role', 'childCount', 'childAge.1', 'parentAccount', 'nonsense.9'],
    });
    expect(new URLSearchParams(query).get('skip')).toBe('r.n.a1');
    expect(decodeLink(query)).toEqual({
      answers,
      errors: [],
      skipped: ['role', 'childCount', 'childAge.1'],
    });
    // A code whose answer the link does not hold is not pre-filled; an unknown code is an error.
    const odd = decodeLink('r=p&skip=r.pa.zz');
    expect(odd.skipped).toEqual(['role']);
    expect(odd.errors).toEqual([{ kind: 'invalid-value', param: 'skip' }]);
    expect(decodeLink('r=p').skipped).toBeUndefined();
  });

  it('accepts a leading "?"', () => {
    expect(decodeLink('?r=t&au=e&cl=7%D0%91').answers).toEqual({
      role: 'teacher',
      audience: 'everyone',
      classLabel: '7Б',
    });
  });

  it('drops unknown parameters silently', () => {
    const decoded = decodeLink('utm_source=vk&r=p&fbclid=IwAR0&a9=y&a0=y&k=l&x=&=1&pa=c');
    expect(decoded.answers).toEqual({ role: 'parent', parentAccount: 'confirmed' });
    expect(decoded.errors).toEqual([]);
  });

  it('reports invalid values as typed errors, keeping the valid ones', () => {
    const decoded = decodeLink('r=x&pa=c&n=9&a1=maybe&k1=l&cl=7%D0%91!!&s=nowhere');
    expect(decoded.answers).toEqual({ parentAccount: 'confirmed', 'childAccount.1': 'linked' });
    expect(decoded.errors).toEqual([
      { kind: 'invalid-value', param: 'r' },
      { kind: 'invalid-value', param: 'n' },
      { kind: 'invalid-value', param: 'a1' },
      { kind: 'invalid-value', param: 'cl' },
      { kind: 'invalid-step', param: 's' },
    ]);
    expect(decoded.step).toBeUndefined();
  });

  it('reads option values only as their short codes', () => {
    expect(decodeLink('r=parent').errors).toEqual([{ kind: 'invalid-value', param: 'r' }]);
    expect(decodeLink('r=P').errors).toEqual([{ kind: 'invalid-value', param: 'r' }]);
    expect(decodeLink('r=toString&pa=constructor').answers).toEqual({});
  });

  it('keeps a 3-child family link under 200 characters', () => {
    const query = encodeLink({
      answers: THREE_CHILDREN,
      step: { step: 'checklist' },
      forClass: '10 А',
    });
    console.log(`3-child family link: ${query.length} characters: ?${query}`);
    expect(query.length).toBeLessThan(200);
  });

  it('lets the first of repeated parameters win', () => {
    expect(decodeLink('r=s&r=p').answers).toEqual({ role: 'student' });
    // even when the first is invalid: the repeat does not sneak in
    const invalidFirst = decodeLink('r=x&r=p');
    expect(invalidFirst.answers).toEqual({});
    expect(invalidFirst.errors).toEqual([{ kind: 'invalid-value', param: 'r' }]);
    expect(decodeLink('s=summary&s=checklist').step).toEqual({ step: 'summary' });
    expect(decodeLink('for=7%D0%91&for=8%D0%92').forClass).toBe('7Б');
  });

  describe('the `for` class label', () => {
    it('accepts a valid label', () => {
      expect(decodeLink('for=7%D0%91')).toEqual({ answers: {}, errors: [], forClass: '7Б' });
      expect(decodeLink('for=10+%D0%90').forClass).toBe('10 А');
      expect(decodeLink('for=5-%D0%92').forClass).toBe('5-В');
    });

    it('reports an invalid or empty label and drops it', () => {
      for (const raw of ['', '7%D0%91!', '%3Cb%3E', '+7', '1234567890123', '7--A']) {
        const decoded = decodeLink(`r=p&for=${raw}`);
        expect(decoded.forClass, raw).toBeUndefined();
        expect(decoded.errors, raw).toEqual([{ kind: 'invalid-value', param: 'for' }]);
        expect(decoded.answers).toEqual({ role: 'parent' });
      }
    });

    it('is encoded when valid and left out when not', () => {
      expect(encodeLink({ answers: { role: 'parent' }, forClass: '7Б' })).toBe('r=p&for=7%D0%91');
      expect(encodeLink({ answers: { role: 'parent' }, forClass: '7Б<script>' })).toBe('r=p');
      expect(encodeLink({ answers: { role: 'parent' }, forClass: '' })).toBe('r=p');
    });
  });

  it("round-trips a teacher's class label, spaces included", () => {
    const answers = { role: 'teacher', audience: 'over14', classLabel: '10 А' };
    const query = encodeLink({ answers });
    expect(query).toBe('r=t&au=o&cl=10+%D0%90');
    expect(decodeLink(query).answers).toEqual(answers);
    expect(decodeLink(encodeLink({ answers: { ...answers, classLabel: '' } })).answers).toEqual({
      ...answers,
      classLabel: '',
    });
  });

  it('leaves out answers it cannot encode', () => {
    expect(
      encodeLink({
        answers: {
          role: 'alien',
          app: 'yes',
          'childAge.9': 'under14',
          'a.b.c': 'y',
          nonsense: 'x',
          toString: 'y',
          parentAccount: 'valueOf',
          studentAge: 'constructor',
          constructor: 'y',
          __proto__x: 'y',
        },
      }),
    ).toBe('ap=y');
  });

  it('knows its questions by own name only, not by Object.prototype', () => {
    expect(isChoiceQuestion('role')).toBe(true);
    for (const id of [
      'toString',
      'constructor',
      '__proto__',
      'hasOwnProperty',
      'classLabel',
      'nonsense',
    ])
      expect(isChoiceQuestion(id), id).toBe(false);
  });

  it('refuses to read an oversized query, without throwing', () => {
    expect(decodeLink(`r=p&cl=${'a'.repeat(5000)}`)).toEqual({
      answers: {},
      errors: [{ kind: 'unreadable' }],
    });
  });

  it('survives percent-encoding garbage', () => {
    const decoded = decodeLink('r=%E0%A4%A&pa=%FF&n=%&%ZZ=1&a1=%D0&cl=%ED%A0%80');
    expect(decoded.answers).toEqual({});
    expect(decoded.errors.map((e) => (e.kind === 'unreadable' ? e.kind : e.param))).toEqual([
      'r',
      'pa',
      'n',
      'a1',
      'cl',
    ]);
  });

  it('an old link with the retired Dnevnik.ru answer "y" is reported and that answer dropped', () => {
    // "d1=y" once meant "the diary opens", without saying whose sign-in: it is not read as the
    // child's own sign-in, the bad-link notice shows, and the question is asked again.
    const decoded = decodeLink('r=p&pa=c&n=1&a1=y&k1=l&d1=y&f1=n&m1=n&ap=n&s=checklist');
    expect(decoded.errors).toEqual([{ kind: 'invalid-value', param: 'd1' }]);
    expect(decoded.answers).not.toHaveProperty('childDnevnik.1');
    expect(stepRefOf(restoreSnapshot(decoded.answers, decoded.step))).toEqual({
      step: 'childDnevnik',
      child: 1,
    });
    expect(decodeLink('d1=c&d2=p').answers).toEqual({
      'childDnevnik.1': 'own',
      'childDnevnik.2': 'parentOnly',
    });
  });
});
