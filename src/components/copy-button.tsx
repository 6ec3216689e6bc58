import { useEffect, useState } from 'react';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * One tap copies `text`; a polite live region announces `copiedLabel` to screen
 * readers. Where the clipboard is refused, the text stays selectable beside it.
 */
export function CopyButton(props: {
  text: string;
  label: string;
  copiedLabel: string;
  className?: string;
}) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return undefined;
    const id = window.setTimeout(() => setCopied(false), 4000);
    return () => window.clearTimeout(id);
  }, [copied]);
  return (
    <span className={props.className}>
      <button
        type="button"
        className="button button--secondary no-print"
        onClick={() => void copyText(props.text).then(setCopied)}
      >
        {props.label}
      </button>
      <span className="copy-status" role="status" aria-live="polite">
        {copied ? props.copiedLabel : ''}
      </span>
    </span>
  );
}
