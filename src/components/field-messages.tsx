/**
 * The hint and the error message under a question's heading (GOV.UK: hint first, then the error,
 * both named by the field's aria-describedby), shared by the radio and text questions.
 */
interface FieldMessagesProps {
  name: string;
  hint?: string | undefined;
  error?: string | undefined;
  errorPrefix: string;
}

const hintIdOf = (name: string) => `${name}-hint`;
const errorIdOf = (name: string) => `${name}-error`;

/** The ids for aria-describedby: the hint's and the error's, where shown. */
export function describedByOf({ name, hint, error }: FieldMessagesProps): string | undefined {
  const ids = [hint ? hintIdOf(name) : '', error ? errorIdOf(name) : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldMessages({ name, hint, error, errorPrefix }: FieldMessagesProps) {
  return (
    <>
      {hint ? (
        <p id={hintIdOf(name)} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorIdOf(name)} className="error-message">
          <span className="visually-hidden">{errorPrefix}</span> {error}
        </p>
      ) : null}
    </>
  );
}
