/**
 * The app's entry. In the built page it is loaded by the inline loader (scripts/entry-loader.mjs)
 * once the prerendered start page has painted: the first paint needs nothing but the HTML and the
 * stylesheet, and on a slow phone connection the stylesheet gets the whole line. This module then
 * loads the app (main.tsx: React, i18next, the start page's code), which hydrates the page. The
 * app's chunks count as initial JavaScript all the same (budgets.json).
 *
 * The dev server has no loader: there this module does the waiting itself. A link to another page
 * (`s=` a question or a checklist, `page=` the legal page, see src/app/location.ts) must not show
 * the prerendered start page meanwhile: its markup is removed at once and the app loads without
 * waiting.
 *
 * Starting takes three tasks, not one: evaluate React's renderer, evaluate the app, start it. The
 * browser can handle a tap between them, so no single task blocks the page for long (Total
 * Blocking Time, README "Performance").
 */
import { nextTask } from './app/next-task';

async function start() {
  await import('react-dom/client');
  await nextTask();
  const app = await import('./main');
  await nextTask();
  await app.boot();
}

const params = new URLSearchParams(window.location.search);
const otherPage = params.get('s') !== null || params.get('page') !== null;
const root = document.getElementById('root');
if (otherPage && root?.dataset.prerendered) {
  root.replaceChildren();
  delete root.dataset.prerendered;
}

const painted = performance.getEntriesByName('first-contentful-paint').length > 0;
if (otherPage || painted || document.visibilityState === 'hidden') {
  // Another page, a page already painted (the built page's loader waited), or a hidden tab (no
  // frames are drawn): start at once.
  void start();
} else {
  // The callback runs just before the first frame is painted; a task posted from it, after.
  requestAnimationFrame(() => setTimeout(() => void start(), 0));
}
