/**
 * viewChecklist(checklist, ticked): what a family sees at a glance — one row per step, with a
 * tick per child where a step applies to several children, each item's status, what to do now,
 * how many required steps are done, and what is left to wait for. Pure; ids only, never words.
 *
 * Several children: a step every child needs (sign in to Dnevnik.ru, join the class chat) reads
 * the same for each child, so it is one row with its instructions once and one tick per child,
 * never the same text two or three times.
 */
import type { Checklist, ChecklistStep, StageId, StepSubject } from './checklist-types';
import type { StepContentId } from './step-catalogue';
import { pureWaits, waitOf, type WaitKind } from './waiting';

/** done by the answers / ticked on this device / to do / waiting for someone else's check. */
export type ItemStatus = 'doneByAnswers' | 'ticked' | 'todo' | 'waiting';

export interface ViewItem {
  readonly step: ChecklistStep;
  readonly status: ItemStatus;
}

export interface ViewRow {
  /** The step's content id: one row per content within a stage. */
  readonly id: StepContentId;
  readonly stage: StageId;
  /** Optional steps (the app invitation) never count towards «Сделано N из M». */
  readonly optional: boolean;
  readonly wait: WaitKind | undefined;
  /** One item per person the step is for (several for a step every child needs). */
  readonly items: readonly ViewItem[];
  /** The row as a whole: to do if any item is, else waiting if any item is, else done. */
  readonly status: 'done' | 'todo' | 'waiting';
}

export interface ViewStage {
  readonly id: StageId;
  readonly optional: boolean;
  readonly rows: readonly ViewRow[];
}

export interface Count {
  readonly done: number;
  readonly total: number;
}

export type Now =
  /** There is something to do: the first item still to do, in the list's order. */
  | { readonly kind: 'next'; readonly row: ViewRow; readonly item: ViewItem }
  /** Every required step is done or waiting on someone else: `rows` are the waits. */
  | { readonly kind: 'waiting'; readonly rows: readonly ViewRow[] }
  /** Every required step is done. */
  | { readonly kind: 'allDone' };

export interface ChecklistView {
  readonly stages: readonly ViewStage[];
  /** Required items only. */
  readonly required: Count;
  /** Optional items (the app), counted apart. */
  readonly optional: Count;
  readonly now: Now;
}

const optionalStages: ReadonlySet<StageId> = new Set<StageId>(['app']);

const samePerson = (a: StepSubject, b: StepSubject) =>
  a.kind === b.kind && (a.kind !== 'child' || (b.kind === 'child' && a.child === b.child));

const isDone = (s: ItemStatus) => s === 'doneByAnswers' || s === 'ticked';

function statuses(steps: readonly ChecklistStep[], ticked: ReadonlySet<string>) {
  const out = new Map<string, ItemStatus>();
  steps.forEach((step, index) => {
    if (step.status === 'done') return out.set(step.id, 'doneByAnswers');
    if (ticked.has(step.id)) return out.set(step.id, 'ticked');
    if (pureWaits.has(step.content)) {
      // Waiting once the person's step before it (adding the child, the profile) is done.
      const before = steps.slice(0, index).findLast((s) => samePerson(s.subject, step.subject));
      const beforeStatus = before && out.get(before.id);
      if (beforeStatus && isDone(beforeStatus)) return out.set(step.id, 'waiting');
    }
    return out.set(step.id, 'todo');
  });
  return out;
}

function rowStatus(items: readonly ViewItem[]): ViewRow['status'] {
  if (items.some((i) => i.status === 'todo')) return 'todo';
  if (items.some((i) => i.status === 'waiting')) return 'waiting';
  return 'done';
}

function count(rows: readonly ViewRow[]): Count {
  const items = rows.flatMap((r) => r.items);
  return { done: items.filter((i) => isDone(i.status)).length, total: items.length };
}

export function viewChecklist(checklist: Checklist, ticked: ReadonlySet<string>): ChecklistView {
  const status = statuses(
    checklist.stages.flatMap((s) => s.steps),
    ticked,
  );
  const stages: ViewStage[] = checklist.stages.map((stage) => {
    const optional = optionalStages.has(stage.id);
    const byContent = new Map<StepContentId, ChecklistStep[]>();
    for (const step of stage.steps) {
      byContent.set(step.content, [...(byContent.get(step.content) ?? []), step]);
    }
    const rows = [...byContent].map(([content, steps]): ViewRow => {
      const items = steps.map((step) => ({ step, status: status.get(step.id) ?? 'todo' }));
      return {
        id: content,
        stage: stage.id,
        optional,
        wait: waitOf(content),
        items,
        status: rowStatus(items),
      };
    });
    return { id: stage.id, optional, rows };
  });
  const requiredRows = stages.filter((s) => !s.optional).flatMap((s) => s.rows);
  const optionalRows = stages.filter((s) => s.optional).flatMap((s) => s.rows);
  return {
    stages,
    required: count(requiredRows),
    optional: count(optionalRows),
    now: nowOf(requiredRows),
  };
}

function nowOf(rows: readonly ViewRow[]): Now {
  for (const row of rows) {
    const item = row.items.find((i) => i.status === 'todo');
    if (item) return { kind: 'next', row, item };
  }
  const waits = rows.filter((r) => r.status === 'waiting');
  return waits.length > 0 ? { kind: 'waiting', rows: waits } : { kind: 'allDone' };
}

/** The rows whose details start open: the row of the step to do now, and nothing else. */
export function initiallyOpen(view: ChecklistView): ReadonlySet<StepContentId> {
  return new Set(view.now.kind === 'next' ? [view.now.row.id] : []);
}
