/**
 * The ids that tie a question's field to its hint and error message (aria-describedby). Apart from
 * field-messages.tsx, so that module exports only its component (Fast Refresh).
 */
export interface FieldMessagesProps {
  name: string;
  hint?: string | undefined;
  error?: string | undefined;
  errorPrefix: string;
}

export const hintIdOf = (name: string) => `${name}-hint`;
export const errorIdOf = (name: string) => `${name}-error`;

/** The ids for aria-describedby: the hint's and the error's, where shown. */
export function describedByOf({ name, hint, error }: FieldMessagesProps): string | undefined {
  const ids = [hint ? hintIdOf(name) : '', error ? errorIdOf(name) : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
