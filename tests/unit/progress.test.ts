/**
 * «Вопрос N из M» counts the questions this family is shown (machines/progress.ts). A link
 * that pre-fills answers drops the family at the first open question; the answered ones
 * before it are skipped: not counted, and «Back» passes over them. Pre-filled answers after it
 * are shown, already chosen, and counted.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '@machines/answers';
import { decodeLink, encodeLink } from '@machines/link-codec';
import { progressOf } from '@machines/progress';
import { resumeSnapshot, stepRefOf } from '@machines/restore';
import { audienceAnswers, teacherLink } from '@machines/teacher-link';
import { currentKey, type OnboardingSnapshot } from '@machines/onboarding-machine';
import { answer, send, where } from './support/wizard';

/** The teacher's link for parents of under-14s, as the family's browser reads it. */
const link = decodeLink(
  encodeLink(teacherLink({ role: 'teacher', audience: 'under14' }) ?? { answers: {} }),
);
const progress = (s: OnboardingSnapshot) =>
  progressOf(s.context.answers, currentKey(s) ?? '', s.context.skipped);

/** What the family chooses on each page it is shown, in order (pre-filled ones kept). */
const walkThrough: [string, string][] = [
  ['parentAccount', 'confirmed'],
  ['childCount', '1'],
  ['childAge.1', 'under14'],
  ['childAccount.1', 'linked'],
  ['childDnevnik.1', 'own'],
  ['childSferum.1', 'no'],
  ['childMyschool.1', 'waiting'],
  ['app', 'no'],
];

describe('progress: the questions this family is shown', () => {
  it('a teacher’s link for parents of under-14s starts at 1 of 8, not 2 of 9', () => {
    expect(link.answers).toEqual(audienceAnswers('under14'));
    const s = resumeSnapshot(link.answers, link.step, link.skipped ?? []);
    expect(where(s)).toEqual({ step: 'parentAccount' });
    expect(s.context.skipped).toEqual(['role']);
    expect(progress(s)).toEqual({ current: 1, total: 8 });
    // A family that answered the role itself is shown it: 2 of 9.
    expect(progressOf(link.answers, 'parentAccount')).toEqual({ current: 2, total: 9 });
  });

  it('counts on through every page shown, the pre-filled ones included, to 8 of 8', () => {
    let s = resumeSnapshot(link.answers, undefined, []);
    walkThrough.forEach(([key, value], i) => {
      expect(currentKey(s)).toBe(key);
      expect(s.context.answers[key], `${key} keeps the link's answer`).toBe(link.answers[key]);
      expect(progress(s), key).toEqual({ current: i + 1, total: 8 });
      s = answer(s, value);
    });
    expect(where(s)).toEqual({ step: 'summary' });
  });

  it('a students’ link skips the role and the age: 5 questions for a confirmed account', () => {
    const students = audienceAnswers('students');
    const s = answer(resumeSnapshot(students, undefined, []), 'confirmed');
    expect(s.context.skipped).toEqual(['role', 'studentAge']);
    expect(progress(s)).toEqual({ current: 2, total: 5 });
  });

  it('survives the URL: a reload at a later step keeps the skipped questions', () => {
    let s = resumeSnapshot(link.answers, undefined, []);
    s = answer(answer(s, 'confirmed'), '1');
    const url = encodeLink({
      answers: s.context.answers,
      step: stepRefOf(s),
      skipped: s.context.skipped,
    });
    expect(new URLSearchParams(url).get('skip')).toBe('r');
    const read = decodeLink(url);
    const again = resumeSnapshot(read.answers, read.step, read.skipped ?? []);
    expect(where(again)).toEqual({ step: 'childAge', child: 1 });
    expect(progress(again)).toEqual({ current: 3, total: 8 });
  });

  it('back passes over the skipped questions: from the first page shown, to the start page', () => {
    let s = resumeSnapshot(link.answers, undefined, []);
    expect(s.can({ type: 'back' })).toBe(false);
    s = answer(s, 'confirmed');
    expect(where(s)).toEqual({ step: 'childCount' });
    s = send(s, { type: 'back' });
    expect(where(s)).toEqual({ step: 'parentAccount' });
    expect(s.can({ type: 'back' })).toBe(false);
  });

  it('a skipped answer opened with «Change» is shown from then on, and counts', () => {
    let answers: Answers = {};
    for (const [key, value] of walkThrough) answers = { ...answers, [key]: value };
    answers = { ...answers, role: 'parent' };
    let s = resumeSnapshot(answers, { step: 'summary' }, ['role']);
    expect(s.context.skipped).toEqual(['role']);
    s = send(s, { type: 'change', key: 'role' });
    expect(where(s)).toEqual({ step: 'role' });
    expect(s.context.skipped).toEqual([]);
    expect(progress(s)).toEqual({ current: 1, total: 9 });
  });

  it('no count while a route gate is open', () => {
    expect(progressOf({ role: 'parent' }, 'parentAccount')).toBeUndefined();
    expect(progressOf({ role: 'parent', childCount: '1' }, 'childAge.1', ['role'])).toBeUndefined();
  });
});
