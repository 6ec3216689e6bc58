/**
 * The one form wrapper every question page uses: react-hook-form with the zod
 * schema from machines/, a GOV.UK error summary, and "Continue".
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, type ReactNode } from 'react';
import { useForm, type UseFormRegister } from 'react-hook-form';
import type { answerFormSchema } from '@machines/answer-schemas';
import { ErrorSummary } from './error-summary';

export interface AnswerFields {
  value: string;
}

export interface AnswerFormProps {
  readonly schema: ReturnType<typeof answerFormSchema>;
  readonly defaultValue: string | undefined;
  /** id of the input the error summary links to. */
  readonly fieldId: string;
  readonly labels: { readonly errorSummary: string; readonly continue: string };
  /** Turns a schema message key into words. */
  readonly translate: (messageKey: string) => string;
  readonly onAnswer: (value: string) => void;
  readonly onErrorChange: (hasError: boolean) => void;
  readonly children: (field: {
    register: UseFormRegister<AnswerFields>;
    error: string | undefined;
  }) => ReactNode;
}

export function AnswerForm(props: AnswerFormProps) {
  const { onErrorChange } = props;
  const {
    register,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<AnswerFields>({
    resolver: zodResolver(props.schema),
    defaultValues: { value: props.defaultValue ?? '' },
    shouldFocusError: false,
  });
  const messageKey = errors.value?.message;
  const error = messageKey ? props.translate(messageKey) : undefined;
  useEffect(() => onErrorChange(error !== undefined), [error, onErrorChange]);

  return (
    <form
      noValidate
      onSubmit={(event) => void handleSubmit((data) => props.onAnswer(data.value))(event)}
    >
      {error ? (
        <ErrorSummary
          key={submitCount}
          title={props.labels.errorSummary}
          errors={[{ fieldId: props.fieldId, message: error }]}
        />
      ) : null}
      {props.children({ register, error })}
      <button type="submit" className="button">
        {props.labels.continue}
      </button>
    </form>
  );
}
