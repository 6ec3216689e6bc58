/**
 * The class label a teacher types («7Б»), as plain data with no zod: the link codec checks a
 * link's label with it while the start page boots, and the start page ships no zod. The form's
 * schema (classLabelSchema in answer-schemas.ts) is built from these two, so the rule lives here
 * once.
 */

/** At most this many characters. */
export const CLASS_LABEL_MAX = 12;
/** Letters (Cyrillic or Latin), digits, and a space or hyphen between them: "7Б", "10 А", "5-В". */
export const CLASS_LABEL_PATTERN = /^(?:[\p{L}\p{N}]+(?:[ -][\p{L}\p{N}]+)*)?$/u;

/** Whether `value` is a class label the app accepts ('' included: no label). */
export const isClassLabel = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= CLASS_LABEL_MAX && CLASS_LABEL_PATTERN.test(value);
