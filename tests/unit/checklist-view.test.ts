/**
 * viewChecklist: rows, statuses, counts and "what to do now", by step id — never by words.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '@machines/answers';
import { buildChecklist } from '@machines/checklist/build-checklist';
import {
  initiallyOpen,
  viewChecklist,
  type ChecklistView,
} from '@machines/checklist/checklist-view';
import { reminderDay, waitOf } from '@machines/checklist/waiting';
import { stepContentIds } from '@machines/checklist/step-catalogue';
import { ONE_CHILD_UNDER_14_CONFIRMED } from '../support/families';
import { school } from './support/wizard';

const view = (answers: Answers, ticked: readonly string[] = []) =>
  viewChecklist(buildChecklist(answers, school), new Set(ticked));
const rows = (v: ChecklistView) => v.stages.flatMap((s) => s.rows);
const row = (v: ChecklistView, id: string) => {
  const found = rows(v).find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};
const itemIds = (v: ChecklistView) => rows(v).flatMap((r) => r.items.map((i) => i.step.id));

/** The family of the budgets: parent with a confirmed account, one child under 14 without one. */
const ONE_CHILD = ONE_CHILD_UNDER_14_CONFIRMED;
const child = (n: number, age: 'under14' | 'over14'): Answers => ({
  [`childAge.${n}`]: age,
  [age === 'under14' ? `childAccount.${n}` : `teenAccount.${n}`]: 'none',
  [`childDnevnik.${n}`]: 'no',
  [`childSferum.${n}`]: 'no',
  [`childMyschool.${n}`]: 'no',
});
/** Parent without an account, three children: 7, 12 and 15. */
const THREE: Answers = {
  role: 'parent',
  parentAccount: 'none',
  childCount: '3',
  ...child(1, 'under14'),
  ...child(2, 'under14'),
  ...child(3, 'over14'),
  app: 'yes',
};

describe('viewChecklist', () => {
  it('keeps every step of the checklist, each exactly once', () => {
    for (const answers of [ONE_CHILD, THREE]) {
      const built = buildChecklist(answers, school).stages.flatMap((s) => s.steps.map((t) => t.id));
      expect([...itemIds(view(answers))].sort()).toEqual([...built].sort());
    }
  });

  it('one row per step for several children, with one item per child in order', () => {
    const v = view(THREE);
    expect(row(v, 'sferumJoin').items.map((i) => i.step.id)).toEqual([
      'sferumJoin.1',
      'sferumJoin.2',
      'sferumJoin.3',
    ]);
    expect(row(v, 'childCreateAccount').items.map((i) => i.step.id)).toEqual([
      'childCreateAccount.1',
      'childCreateAccount.2',
    ]);
    // The school's confirmation is one wait for the under-14s and the teenager alike.
    expect(row(v, 'myschoolWaitConfirmation').items).toHaveLength(3);
    const ids = rows(v).map((r) => `${r.stage}/${r.id}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('counts required steps only; the app is optional and counted apart', () => {
    const v = view(THREE);
    const app = rows(v).filter((r) => r.stage === 'app');
    expect(app.length).toBeGreaterThan(0);
    expect(app.every((r) => r.optional)).toBe(true);
    const appItems = app.flatMap((r) => r.items).length;
    expect(v.optional).toEqual({ done: 0, total: appItems });
    expect(v.required.total).toBe(itemIds(v).length - appItems);
    expect(v.required.done).toBe(0);
  });

  it('counts steps done by the answers and ticks', () => {
    const v = view(ONE_CHILD, ['childCreateAccount.1']);
    // parentCreateAccount and parentConfirmAccount are done by the answers.
    expect(v.required.done).toBe(3);
    expect(row(v, 'parentConfirmAccount').items[0]?.status).toBe('doneByAnswers');
    expect(row(v, 'childCreateAccount').items[0]?.status).toBe('ticked');
  });

  it('what to do now is the first step still to do, and it alone starts open', () => {
    const v = view(ONE_CHILD);
    expect(v.now.kind === 'next' && v.now.item.step.id).toBe('childCreateAccount.1');
    expect([...initiallyOpen(v)]).toEqual(['childCreateAccount']);
    const after = view(ONE_CHILD, ['childCreateAccount.1']);
    expect(after.now.kind === 'next' && after.now.item.step.id).toBe('childApproveData.1');
    // For several children, the next item is the first child's still to do.
    const three = view(THREE, [
      'parentCreateAccount',
      'parentConfirmAccount',
      'childCreateAccount.1',
    ]);
    expect(three.now.kind === 'next' && three.now.item.step.id).toBe('childCreateAccount.2');
  });

  it('a wait becomes "waiting" once the step before it is done, and is never "what to do now"', () => {
    const before = view(ONE_CHILD);
    expect(row(before, 'myschoolWaitConfirmation').items[0]?.status).toBe('todo');
    const waiting = view({ ...ONE_CHILD, 'childMyschool.1': 'waiting' });
    expect(row(waiting, 'myschoolWaitConfirmation').items[0]?.status).toBe('waiting');
    expect(row(waiting, 'myschoolWaitConfirmation').status).toBe('waiting');
  });

  it('every required step done but a wait: "waiting", naming the waits', () => {
    const allButWait = view({
      ...ONE_CHILD,
      'childAccount.1': 'linked',
      'childDnevnik.1': 'yes',
      'childSferum.1': 'yes',
      'childMyschool.1': 'waiting',
    });
    // The child's sign-in on «Моя школа» waits on the confirmation too: tick it to reach the wait.
    const ticked = rows(allButWait)
      .flatMap((r) => r.items)
      .filter((i) => i.status === 'todo')
      .map((i) => i.step.id);
    // Everything still to do gets ticked; the school's confirmation is waiting, never "to do".
    expect(ticked).toContain('myschoolChildSignIn.1');
    expect(ticked).not.toContain('myschoolWaitConfirmation.1');
    const v = view(
      {
        ...ONE_CHILD,
        'childAccount.1': 'linked',
        'childDnevnik.1': 'yes',
        'childSferum.1': 'yes',
        'childMyschool.1': 'waiting',
      },
      ticked,
    );
    expect(v.now.kind).toBe('waiting');
    expect(v.now.kind === 'waiting' && v.now.rows.map((r) => r.id)).toEqual([
      'myschoolWaitConfirmation',
    ]);
    expect(v.required).toEqual({ done: v.required.total - 1, total: v.required.total });
    expect([...initiallyOpen(v)]).toEqual([]);
  });

  it('"all done" when every required step is, even with the optional app steps left', () => {
    const everything = { ...THREE, parentAccount: 'confirmed' };
    const all = itemIds(view(everything)).filter((id) => !id.startsWith('app'));
    const v = view(everything, all);
    expect(v.now).toEqual({ kind: 'allDone' });
    expect(v.required.done).toBe(v.required.total);
    expect(v.optional.done).toBe(0);
    expect(v.optional.total).toBeGreaterThan(0);
  });

  it('a teacher’s or a student’s checklist has one item per row', () => {
    const student = view({ role: 'student', studentAge: 'over14', studentAccount: 'none' });
    expect(rows(student).every((r) => r.items.length === 1)).toBe(true);
    expect(rows(view({ role: 'teacher' })).every((r) => r.items.length === 1)).toBe(true);
  });
});

describe('waits and reminders', () => {
  it('names the waits the families meet: documents, post, the school', () => {
    expect(waitOf('childCreateAccount')).toBe('documents');
    expect(waitOf('selfConfirmPost')).toBe('post');
    expect(waitOf('myschoolWaitConfirmation')).toBe('school');
    expect(waitOf('sferumJoin')).toBeUndefined();
    // Every wait is a step the catalogue knows.
    expect(stepContentIds.filter((id) => waitOf(id) !== undefined).length).toBe(10);
  });

  it('puts the reminder days ahead, across months and leap years', () => {
    expect(reminderDay('post', { y: 2026, m: 12, d: 25 })).toEqual({ y: 2027, m: 1, d: 8 });
    expect(reminderDay('documents', { y: 2028, m: 2, d: 25 })).toEqual({ y: 2028, m: 3, d: 3 });
    expect(reminderDay('school', { y: 2026, m: 12, d: 1 })).toEqual({ y: 2026, m: 12, d: 8 });
  });
});
