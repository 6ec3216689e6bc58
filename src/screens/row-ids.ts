import type { ViewRow } from '@machines/index';

/** The element ids of a checklist row, shared with the "what to do now" panel that links into it. */
export const rowIds = (row: ViewRow) => ({
  row: `step-${row.id}`,
  title: `step-${row.id}-title`,
  body: `step-${row.id}-body`,
});

/**
 * The keys of a row's disclosures in the checklist's set of open ones: the row itself (its
 * details) and the folds inside them.
 */
export const rowKeys = (row: ViewRow) => ({
  details: row.id as string,
  fail: `fail:${row.id}`,
  notes: `notes:${row.id}`,
});
