/**
 * Steps that leave the family waiting for someone else: the check of documents by Gosuslugi, a
 * letter with a confirmation code by post, the school's administrator on «Моя школа». Such a step
 * offers a calendar reminder. Which steps, and after how many days, is data: the reminder's words
 * live in locales/<lang>/checklist.json under view.reminder.
 */
import type { StepContentId } from './step-catalogue';

export type WaitKind = 'documents' | 'post' | 'school';

/**
 * Days from today to the reminder: documents are checked within 5 working days (a week), a letter
 * arrives in 3 to 14 days (the latest day it should have come), the school names no term (a week).
 */
export const reminderDays: Readonly<Record<WaitKind, number>> = {
  documents: 7,
  post: 14,
  school: 7,
};

const waits: Partial<Record<StepContentId, WaitKind>> = {
  parentCreateAccount: 'documents',
  childCreateAccount: 'documents',
  teenCreateAccount: 'documents',
  selfFillDocuments: 'documents',
  parentConfirmAccount: 'post',
  teenConfirmAccount: 'post',
  selfConfirmAccount: 'post',
  selfConfirmPost: 'post',
  myschoolWaitConfirmation: 'school',
  selfMyschoolWait: 'school',
};

/** What a step leaves the family waiting for, if anything. */
export const waitOf = (content: StepContentId): WaitKind | undefined => waits[content];

/**
 * Steps that are nothing but waiting (no action of the family's own): once the step before them
 * for the same person is done, they are "waiting for a check", not "to do".
 */
export const pureWaits: ReadonlySet<StepContentId> = new Set<StepContentId>([
  'myschoolWaitConfirmation',
  'selfMyschoolWait',
]);

/** The reminder's day, `days` after `today` (calendar days, local date, no time of day). */
export function reminderDay(kind: WaitKind, today: { y: number; m: number; d: number }) {
  const date = new Date(Date.UTC(today.y, today.m - 1, today.d + reminderDays[kind]));
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}
