import type { Ref } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import type { AnswerFields } from './answer-form';
import { describedByOf } from './field-ids';
import { FieldMessages } from './field-messages';

/** A short text question (only the teacher's class label): the label is the page heading. */
export function TextField({
  headingRef,
  ...props
}: {
  name: string;
  title: string;
  headingRef: Ref<HTMLHeadingElement>;
  hint?: string | undefined;
  error?: string | undefined;
  errorPrefix: string;
  register: UseFormRegister<AnswerFields>;
}) {
  const describedBy = describedByOf(props);
  return (
    <div className={`form-group${props.error ? ' form-group--error' : ''}`}>
      <h1 className="heading-l label-wrapper" ref={headingRef} tabIndex={-1}>
        <label className="label--heading" htmlFor={props.name}>
          {props.title}
        </label>
      </h1>
      <FieldMessages
        name={props.name}
        hint={props.hint}
        error={props.error}
        errorPrefix={props.errorPrefix}
      />
      <input
        className={`input input--width-10${props.error ? ' input--error' : ''}`}
        id={props.name}
        type="text"
        autoComplete="off"
        spellCheck={false}
        maxLength={40}
        aria-describedby={describedBy}
        aria-invalid={props.error ? true : undefined}
        {...props.register('value')}
      />
    </div>
  );
}
