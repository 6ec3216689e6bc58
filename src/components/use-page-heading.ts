import { useEffect, useRef } from 'react';

/** Set once the family has moved from the first screen: from then on each new screen takes focus. */
let navigated = false;

/**
 * The page's <h1>: the document title follows it, and after any navigation focus
 * moves to it so screen readers start reading the new step (GOV.UK pattern).
 */
export function usePageHeading(
  title: string,
  appName: string,
  errorPrefix?: (t: string) => string,
) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (navigated) ref.current?.focus();
    navigated = true;
  }, []);
  useEffect(() => {
    const full = `${title} — ${appName}`;
    document.title = errorPrefix ? errorPrefix(full) : full;
  }, [title, appName, errorPrefix]);
  return ref;
}
