// jest-dom matchers for component tests; harmless in node-environment unit tests.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
  localStorage.clear();
});

// jsdom loads no stylesheet and fires no load event for one; the app waits for its pages'
// stylesheets before showing them (src/app/page-styles.ts): answer for the browser, as loaded.
if (typeof document !== 'undefined') {
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof HTMLLinkElement && node.rel === 'stylesheet') {
          node.dispatchEvent(new Event('load'));
        }
      }
    }
  }).observe(document.head, { childList: true });
}

// The suite runs many files at once on two cores: give lazy screens time to appear.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5000 });
}

// No server to fetch the locale files from: every test reads them as modules, as the build's
// prerendering does (src/app/module-words.ts). The browser's fetching is covered end to end.
{
  const { setWordSource } = await import('@/app/i18n');
  const { moduleWords } = await import('@/app/module-words');
  setWordSource(moduleWords);
}
