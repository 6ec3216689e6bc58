import type { ViewRow } from '@machines/index';

/** The element ids of a checklist row, shared with the "what to do now" panel that links into it. */
export const rowIds = (row: ViewRow) => ({
  row: `step-${row.id}`,
  title: `step-${row.id}-title`,
  body: `step-${row.id}-body`,
});
