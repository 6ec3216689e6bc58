import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { createI18n } from './app/i18n';
import { chooseLanguage } from './app/language';
import { readLocation } from './app/location';
import { loadStore, saveStore } from './app/storage';
import type { Notice } from './app/wizard-context';
import { hasStartBanner } from './screens/start-banner';
import { school } from './school';

/** Runs `task` once the page has loaded and the main thread is idle (never before first paint). */
function whenIdle(task: () => void) {
  const idle = () => {
    // Safari has no requestIdleCallback.
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(task, { timeout: 5000 });
    } else {
      window.setTimeout(task, 1000);
    }
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

/** Starts the app (called by boot.ts once the prerendered page has been painted). */
export async function boot() {
  const initial = readLocation(window.location.search);
  const { store, dropped } = loadStore();
  const choice = chooseLanguage({
    param: initial.lang,
    stored: store.lang,
    browser: navigator.languages,
  });
  if (initial.lang !== null && !choice.unknownParam) saveStore({ ...store, lang: choice.lang });
  const notices: Notice[] = [
    ...(initial.errors.length > 0 ? (['badLink'] as const) : []),
    ...(dropped ? (['badStorage'] as const) : []),
    ...(choice.unknownParam ? (['badLang'] as const) : []),
  ];
  const i18n = await createI18n(choice.lang, school);
  document.documentElement.lang = choice.lang;
  const root = document.getElementById('root');
  if (!root) return;
  const app = (
    <StrictMode>
      <App i18n={i18n} initial={initial} notices={notices} />
    </StrictMode>
  );
  // dist/index.html carries the start page prerendered with no banner and no notice, in Russian
  // or, swapped in by the inline loader, English (data-lang; src/prerender/). When this visit
  // shows exactly that, React adopts the markup (hydrates); otherwise it renders the right page
  // and replaces the prerendered one in the same commit.
  const prerendered =
    root.dataset.prerendered === 'start' &&
    initial.page === 'start' &&
    (root.dataset.lang ?? 'ru') === choice.lang &&
    notices.length === 0 &&
    !hasStartBanner(initial);
  // As a transition, React renders in slices of a few milliseconds and yields between them, so
  // starting the app never blocks a tap for long (Total Blocking Time, README "Performance").
  startTransition(() => {
    if (prerendered) hydrateRoot(root, app);
    else createRoot(root).render(app);
  });

  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    whenIdle(() => void import('./app/service-worker').then((m) => m.startServiceWorker()));
  }
}
