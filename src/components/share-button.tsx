import { useState } from 'react';

/**
 * The system share sheet where the browser has one (phones), for sending the
 * checklist to a second parent or a grandparent. Hidden where it does not exist;
 * the copy button beside it always works.
 */
export function ShareButton(props: { url: string; title: string; label: string }) {
  const [supported] = useState(
    () => typeof navigator !== 'undefined' && typeof navigator.share === 'function',
  );
  if (!supported) return null;
  const share = () => {
    navigator.share({ url: props.url, title: props.title }).catch(() => {
      // The family closed the share sheet: nothing to do.
    });
  };
  return (
    <button type="button" className="button button--secondary no-print" onClick={share}>
      {props.label}
    </button>
  );
}
