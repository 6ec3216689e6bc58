import type { ReactNode } from 'react';

/**
 * A fold inside an opened step (GOV.UK's details pattern): what is needed only when something
 * goes wrong, or a dated note, waits one tap below the instructions instead of pushing the next
 * step off the screen. Its label names what it holds; aria-expanded says whether it is open.
 * The body stays in the page, so printing and find-in-page reach every word.
 */
export function StepFold(props: {
  id: string;
  label: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  children: ReactNode;
}) {
  return (
    <div className="fold">
      <button
        type="button"
        className="disclosure fold__toggle no-print"
        aria-expanded={props.open}
        aria-controls={props.id}
        onClick={() => props.onToggle(!props.open)}
      >
        {props.label}
      </button>
      <div className="fold__body" id={props.id} hidden={!props.open}>
        {/* On paper, where the button is not printed, its label heads what it holds. */}
        <p className="fold__label print-only" aria-hidden="true">
          {props.label}
        </p>
        {props.children}
      </div>
    </div>
  );
}
