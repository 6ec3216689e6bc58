import type { Ref } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import type { AnswerFields } from './answer-form';
import { describedByOf } from './field-ids';
import { FieldMessages } from './field-messages';

export interface RadioOption {
  readonly value: string;
  readonly label: string;
  readonly hint?: string | undefined;
}

/** One question as a fieldset: the legend is the page heading (GOV.UK "question page"). */
export function RadioGroup({
  headingRef,
  ...props
}: {
  name: string;
  title: string;
  headingRef: Ref<HTMLHeadingElement>;
  caption?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  errorPrefix: string;
  options: readonly RadioOption[];
  register: UseFormRegister<AnswerFields>;
}) {
  const describedBy = describedByOf(props);
  return (
    <div className={`form-group${props.error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="fieldset__legend">
          {props.caption ? <span className="caption">{props.caption}</span> : null}
          <h1 className="heading-l" ref={headingRef} tabIndex={-1}>
            {props.title}
          </h1>
        </legend>
        <FieldMessages
          name={props.name}
          hint={props.hint}
          error={props.error}
          errorPrefix={props.errorPrefix}
        />
        <div className="radios">
          {props.options.map((option, index) => {
            const id = index === 0 ? props.name : `${props.name}-${option.value}`;
            const optionHintId = `${id}-hint`;
            return (
              <div className="radios__item" key={option.value}>
                <input
                  className="radios__input"
                  id={id}
                  type="radio"
                  value={option.value}
                  aria-describedby={option.hint ? optionHintId : undefined}
                  {...props.register('value')}
                />
                <label className="radios__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint ? (
                  <p id={optionHintId} className="hint radios__hint">
                    {option.hint}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
