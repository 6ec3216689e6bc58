import type { LinkRef } from '../links';
import type { SchoolFactId } from '../school';
import type { StepContentId } from './step-catalogue';

export const stageIds = ['gosuslugi', 'dnevnik', 'sferum', 'myschool', 'app'] as const;
export type StageId = (typeof stageIds)[number];

export type StepStatus = 'todo' | 'done';

/** Whom a step is about: the whole family (the parent), one child, or the student themself. */
export type StepSubject =
  | { readonly kind: 'family' }
  | { readonly kind: 'self' }
  | { readonly kind: 'child'; readonly child: number; readonly age: 'under14' | 'over14' };

export type TroubleId =
  | 'dataMismatch'
  | 'linkEmail'
  | 'notVisibleOnMyschool'
  | 'accountNotConfirmed'
  | 'inviteOnChildDevice'
  // The same troubles in the student's own voice («ты»), for the steps a student of 14+ reads.
  | 'dataMismatchSelf'
  | 'accountNotConfirmedSelf'
  | 'notVisibleOnMyschoolSelf';

export type NoteId = 'sferumMax' | 'childAccountAge' | 'dnevnikDate' | 'appLive';

export interface ChecklistStep {
  /** Stable across renders and versions: the content id, plus the child's number for per-child steps. */
  readonly id: string;
  /** Key of the step's words under checklist:steps. */
  readonly content: StepContentId;
  readonly subject: StepSubject;
  readonly status: StepStatus;
  readonly links: readonly LinkRef[];
  readonly facts: readonly SchoolFactId[];
  readonly troubles: readonly TroubleId[];
  readonly notes: readonly NoteId[];
}

export interface ChecklistStage {
  readonly id: StageId;
  readonly steps: readonly ChecklistStep[];
}

export interface Checklist {
  readonly stages: readonly ChecklistStage[];
}
