// Finds elements by role and accessible name inside the page, the same way in every engine (the
// three drivers have three different locator languages; this is the one they share). Shipped into
// the page as source text, so it must stay self-contained: no imports, no closures.
//
// The accessible name is approximated for this app's markup, which keeps to native elements:
// aria-label, else the <label>s of a form control, else the text content (visually hidden text
// included, as screen readers read it). Only rendered elements count: hidden ones, and the content
// of a closed <details>, are not found, as a person would not find them.
import type { Target } from './page-driver';

function findInPage(target: Target): Element[] {
  const normalize = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

  const rendered = (el: Element): boolean => {
    const withCheck = el as Element & { checkVisibility?: (o?: object) => boolean };
    if (typeof withCheck.checkVisibility === 'function') {
      return withCheck.checkVisibility({ visibilityProperty: true });
    }
    return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  };

  const nameOf = (el: Element): string => {
    const label = el.getAttribute('aria-label');
    if (label) return normalize(label);
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) {
      return normalize([...labels].map((l) => l.textContent).join(' '));
    }
    return normalize(el.textContent);
  };

  const SELECTORS: Record<Target['role'], string> = {
    button: 'button, [role="button"], input[type="submit"], input[type="button"]',
    link: 'a[href]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    radio: 'input[type="radio"]',
    checkbox: 'input[type="checkbox"]',
    textbox: 'input:not([type]), input[type="text"], input[type="url"], textarea',
    status: '[role="status"]',
    alert: '[role="alert"]',
    // A show/hide control: a <details> summary, or a button that says whether it is expanded.
    disclosure: 'summary, button[aria-expanded]',
    listitem: 'li',
    text: 'body *',
  };

  const matches = (el: Element, t: Target): boolean => {
    if (t.level !== undefined) {
      const level = /^H(\d)$/.exec(el.tagName)?.[1] ?? el.getAttribute('aria-level');
      if (Number(level) !== t.level) return false;
    }
    if (t.name === undefined) return true;
    // Whitespace compared as accessibility APIs do: any run (non-breaking spaces too) is one space.
    const name = nameOf(el);
    const wanted = normalize(t.name);
    if (t.match === 'prefix') return name.startsWith(wanted);
    if (t.match === 'contains') return name.includes(wanted);
    return name === wanted;
  };

  const find = (t: Target, scopes: Element[]): Element[] => {
    const found: Element[] = [];
    for (const scope of scopes) {
      for (const el of scope.querySelectorAll(SELECTORS[t.role])) {
        // Form controls are often drawn by their label (the native box is made transparent).
        const shown = el.matches('input')
          ? rendered(el) || el.getClientRects().length > 0
          : rendered(el);
        if (shown && matches(el, t) && !found.includes(el)) found.push(el);
      }
    }
    if (t.role === 'text' || t.role === 'listitem') {
      // The innermost elements with that text, not every ancestor that contains it (a stage's
      // list item contains its steps' list items).
      return found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
    }
    return found;
  };

  const chain: Target[] = [];
  for (let t: Target | undefined = target; t; t = t.within) chain.unshift(t);
  let scopes: Element[] = [document.documentElement];
  for (const t of chain) {
    const found = find(t, scopes);
    scopes = t.nth === undefined ? found : found.slice(t.nth, t.nth + 1);
  }
  return scopes;
}

/** `(function findInPage(target) {…})`, for an adapter to call with a target. */
export const FIND_IN_PAGE_SOURCE = `(${findInPage.toString()})`;

/** A short human description of a target, for failure messages. */
export function describeTarget(target: Target): string {
  const own = `${target.role}${target.level ? ` h${target.level}` : ''}${
    target.name === undefined
      ? ''
      : ` "${target.name}"${target.match && target.match !== 'exact' ? ` (${target.match})` : ''}`
  }${target.nth === undefined ? '' : ` #${target.nth}`}`;
  return target.within ? `${own} in ${describeTarget(target.within)}` : own;
}
