import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

async function copyText(text: string): Promise<boolean> {
  try {
    // Absent outside a secure context and in some embedded browsers; refused without permission.
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * One tap copies `text`; a polite live region announces `copiedLabel` to screen readers. Where the
 * clipboard is missing or refused (it differs by engine and setting), the text appears in a
 * read-only field, focused and selected, so the family copies it with the system's own menu —
 * the button never silently does nothing.
 */
export function CopyButton(props: {
  text: string;
  label: string;
  copiedLabel: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'byHand'>('idle');
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state !== 'copied') return undefined;
    const id = window.setTimeout(() => setState('idle'), 4000);
    return () => window.clearTimeout(id);
  }, [state]);
  useEffect(() => {
    if (state !== 'byHand') return;
    field.current?.focus();
    field.current?.select();
  }, [state]);
  const copy = () =>
    void copyText(props.text).then((copied) => setState(copied ? 'copied' : 'byHand'));
  return (
    <span className={props.className}>
      <button type="button" className="button button--secondary no-print" onClick={copy}>
        {props.label}
      </button>
      <span className="copy-status" role="status" aria-live="polite">
        {state === 'copied' ? props.copiedLabel : ''}
      </span>
      {state === 'byHand' ? (
        <span className="copy-by-hand no-print">
          <label className="copy-by-hand__label" htmlFor={fieldId}>
            {t('copy.byHand')}
          </label>
          <input
            id={fieldId}
            ref={field}
            className="input copy-by-hand__field"
            readOnly
            value={props.text}
            onFocus={(event) => event.currentTarget.select()}
          />
        </span>
      ) : null}
    </span>
  );
}
