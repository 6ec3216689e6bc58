/**
 * The page's only script tag. dist/index.html already shows the start page (prerendered), so the
 * first paint needs nothing but the HTML and the stylesheet; this tiny module waits for that paint
 * and only then loads the app (main.tsx: React, i18next, the start page's code), which hydrates
 * the page. On a slow phone connection the stylesheet then gets the whole line, instead of sharing
 * it with ~100 KB of JavaScript the first paint does not need. The app's chunks count as initial
 * JavaScript all the same (budgets.json).
 *
 * A link to another page (a question or a checklist: `s=`, the legal page: `page=`, see
 * src/app/location.ts) must not show the prerendered start page meanwhile: its markup is removed
 * at once and the app loads without waiting.
 *
 * Starting takes three tasks, not one: evaluate React's renderer, evaluate the app, start it. The
 * browser can handle a tap between them, so no single task blocks the page for long (Total
 * Blocking Time, README "Performance").
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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

if (otherPage || document.visibilityState === 'hidden') {
  // Another page, or a hidden tab (no frames are drawn): load at once.
  void start();
} else {
  // The callback runs just before the first frame is painted; a task posted from it, after.
  requestAnimationFrame(() => setTimeout(() => void start(), 0));
}
