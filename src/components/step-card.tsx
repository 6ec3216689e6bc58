import type { ReactNode } from 'react';

/**
 * One checklist step: a tick box beside an expandable body (GOV.UK step-by-step).
 * Steps already done by the family's answers show a tag instead of a tick box.
 */
export function StepCard(props: {
  id: string;
  title: string;
  subjectLabel?: string | undefined;
  doneByAnswers: boolean;
  ticked: boolean;
  labels: { tick: string; doneByAnswers: string; show: string };
  onTick: (done: boolean) => void;
  children: ReactNode;
}) {
  const done = props.doneByAnswers || props.ticked;
  const tickId = `tick-${props.id}`;
  return (
    <li className={`step${done ? ' step--done' : ''}`} id={`step-${props.id}`}>
      <div className="step__head">
        {props.subjectLabel ? <span className="step__subject">{props.subjectLabel}</span> : null}
        <h3 className="step__title">{props.title}</h3>
        {props.doneByAnswers ? (
          <span className="tag tag--done">{props.labels.doneByAnswers}</span>
        ) : (
          <div className="checkbox">
            <input
              className="checkbox__input"
              type="checkbox"
              id={tickId}
              checked={props.ticked}
              onChange={(event) => props.onTick(event.target.checked)}
            />
            <label className="checkbox__label" htmlFor={tickId}>
              {props.labels.tick}
              <span className="visually-hidden">: {props.title}</span>
            </label>
          </div>
        )}
      </div>
      <details className="details step__details" open={!done}>
        <summary className="details__summary">
          {props.labels.show}
          <span className="visually-hidden">: {props.title}</span>
        </summary>
        <div className="details__text">{props.children}</div>
      </details>
    </li>
  );
}
