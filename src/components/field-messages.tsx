/**
 * The hint and the error message under a question's heading (GOV.UK: hint first, then the error,
 * both named by the field's aria-describedby), shared by the radio and text questions.
 */
import { errorIdOf, hintIdOf, type FieldMessagesProps } from './field-ids';

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
