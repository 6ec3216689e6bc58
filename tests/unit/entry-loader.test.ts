// @vitest-environment jsdom
//
// The inline loader of the built page (scripts/entry-loader.mjs): the build plugin hands it exactly
// the entry, manifest and icon it removes from the page, and it starts the app at once on a link to
// another page (clearing the prerendered start page) or where no paint will be reported. Its hash in
// every copy of the policy: entry-loader-csp.test.ts.
// Its behaviour in a real browser is covered end to end (tests/e2e/first-paint.e2e.ts, history).
import { describe, expect, it } from 'vitest';
import { deferEntry } from '../../scripts/deferred-entry-plugin.ts';
import {
  ENTRY_LOADER,
  ENTRY_LOADER_HASH,
  OTHER_START_PAGE_ID,
  STORAGE_KEY_IN_LOADER,
} from '../../scripts/entry-loader.mjs';
import { chooseLanguage } from '@/app/language';
import { STORAGE_KEY } from '@/app/storage';

/** A page as Vite and vite-plugin-pwa write it, before the plugin runs. */
const built = `<!doctype html><html><head>
    <meta http-equiv="Content-Security-Policy" content="script-src 'self' ${ENTRY_LOADER_HASH}" />
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" crossorigin href="./assets/index-A.css">
    <script type="module" crossorigin src="./assets/index-B.js"></script>
  <link rel="manifest" href="./manifest.webmanifest"></head>
  <body>
    <div id="root" data-prerendered="start"><h1>Start</h1></div>
  </body>
</html>`;

const ROOT = '<div id="root" data-prerendered="start" data-lang="ru"><h1>Начать</h1></div>';
const WITH_ENGLISH = `${ROOT}<template id="${OTHER_START_PAGE_ID}"><h1>Start now</h1></template>`;

const FAKE_PAINT_TIMING = `window.PerformanceObserver = class {
  static supportedEntryTypes = ['paint'];
  constructor(callback) {
    document.firstContentfulPaint = () =>
      callback({ getEntriesByName: (name) => (name === 'first-contentful-paint' ? [{}] : []) }, this);
  }
  observe() {}
  disconnect() {}
};`;

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/**
 * Runs the loader as the built page would, at `search`, in this test's document (jsdom runs
 * scripts): the prerendered root first, then the loader with the data-* attributes of the build.
 */
/** The loader adds the app's script in a task of its own: let it run. */
const nextTasks = () => new Promise((resolve) => setTimeout(resolve, 20));

function load(search: string, withPaintTiming: boolean, body = ROOT) {
  window.history.replaceState(null, '', `/wizard/${search}`);
  document.head.replaceChildren();
  document.body.innerHTML = body;
  // jsdom has no paint timing: without it the loader must not wait for a paint that never comes.
  // With it, a fake in jsdom's own window, where the page's scripts run (not the test's globals):
  // document.firstContentfulPaint() reports the paint to the loader's observer.
  const timing = document.createElement('script');
  timing.textContent = withPaintTiming ? FAKE_PAINT_TIMING : 'delete window.PerformanceObserver;';
  document.body.append(timing);
  const loader = parse(deferEntry(built)).querySelector('script[data-entry]');
  const script = document.createElement('script');
  for (const { name, value } of loader?.attributes ?? []) script.setAttribute(name, value);
  script.textContent = loader?.textContent ?? '';
  document.body.append(script);
  return document;
}

describe('the inline entry loader', () => {
  it('replaces the entry script, manifest and icon with one inline loader that names them', () => {
    const doc = parse(deferEntry(built));
    expect(doc.querySelectorAll('script[src], link[rel="manifest"]')).toHaveLength(0);
    // Until the loader adds the real icon, an empty one keeps the browser from asking /favicon.ico.
    expect(
      [...doc.querySelectorAll('link[rel="icon"]')].map((l) => l.getAttribute('href')),
    ).toEqual(['data:,']);
    const scripts = doc.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    const loader = scripts[0] as HTMLScriptElement;
    expect(loader.textContent).toBe(ENTRY_LOADER);
    expect({ ...loader.dataset }).toEqual({
      entry: './assets/index-B.js',
      manifest: './manifest.webmanifest',
      icon: './favicon.svg',
    });
    // The stylesheet stays: the first paint needs it.
    expect(doc.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe(
      './assets/index-A.css',
    );
  });

  it('stops the build when the policy lacks its hash, or the page is not as expected', () => {
    expect(() => deferEntry(built.replace(ENTRY_LOADER_HASH, ''))).toThrow(/script-src/);
    expect(() => deferEntry(built.replace(/<script[^>]*><\/script>/, ''))).toThrow(/found 0/);
    expect(() =>
      deferEntry(built.replace('</head>', '<link rel="manifest" href="x"></head>')),
    ).toThrow(/found 2/);
  });

  it('on a link to another page, clears the prerendered start page and loads the app at once', async () => {
    const doc = load('?r=p&s=checklist', true);
    expect(doc.getElementById('root')?.childElementCount).toBe(0);
    await nextTasks();
    expect(doc.getElementById('root')?.childElementCount).toBe(0);
    expect(doc.getElementById('root')?.dataset.prerendered).toBeUndefined();
    expect(doc.querySelector('script[type="module"]')?.getAttribute('src')).toBe(
      './assets/index-B.js',
    );
    expect(doc.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe(
      './manifest.webmanifest',
    );
  });

  it('on the start page keeps the prerendered markup; without paint timing it loads at once', async () => {
    const doc = load('', false);
    await nextTasks();
    expect(doc.querySelector('h1')?.textContent).toBe('Начать');
    expect(doc.querySelector('script[type="module"]')?.getAttribute('src')).toBe(
      './assets/index-B.js',
    );
  });

  describe('shows the start page in the language src/app/language.ts would choose', () => {
    const cases = [
      { search: '', stored: undefined, browser: ['en-US', 'en'] },
      { search: '', stored: undefined, browser: ['ru-RU', 'en'] },
      { search: '', stored: undefined, browser: [] },
      { search: '', stored: 'ru', browser: ['en-US'] },
      { search: '', stored: 'en', browser: ['ru-RU'] },
      { search: '?lang=en', stored: 'ru', browser: ['ru-RU'] },
      { search: '?lang=ru', stored: 'en', browser: ['en-GB'] },
      { search: '?lang=de', stored: undefined, browser: ['EN'] },
      { search: '?lang=de', stored: 'xx', browser: ['ru'] },
    ];
    it.each(cases)('%o', ({ search, stored, browser }) => {
      Object.defineProperty(navigator, 'languages', { value: browser, configurable: true });
      localStorage.clear();
      if (stored)
        localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, lang: stored, ticks: {} }));
      const doc = load(search, false, WITH_ENGLISH);
      const { lang } = chooseLanguage({
        param: new URLSearchParams(search).get('lang'),
        stored,
        browser,
      });
      const root = doc.getElementById('root');
      expect(root?.dataset.lang).toBe(lang);
      expect(doc.querySelector('#root h1')?.textContent).toBe(
        lang === 'en' ? 'Start now' : 'Начать',
      );
      // One start page in the document (a template's content is not in it).
      expect(doc.querySelectorAll('h1')).toHaveLength(1);
      if (lang === 'en') expect(doc.documentElement.lang).toBe('en');
    });

    it.each([
      { stored: 'en', browser: ['ru-RU'], first: 'Начать', then: 'Start now' },
      { stored: 'ru', browser: ['en-US'], first: 'Start now', then: 'Начать' },
    ])(
      'paints in the browser’s language, then shows the saved one before the app loads: %o',
      async ({ stored, browser, first, then }) => {
        Object.defineProperty(navigator, 'languages', { value: browser, configurable: true });
        localStorage.clear();
        localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, lang: stored, ticks: {} }));
        // jsdom's document is hidden (nothing is painted there): this one is shown.
        Object.defineProperty(document, 'hidden', { value: false, configurable: true });
        const doc = load('', true, WITH_ENGLISH);
        Reflect.deleteProperty(document, 'hidden');
        // Before the first paint: the browser's language; localStorage not read yet.
        expect(doc.querySelector('#root h1')?.textContent).toBe(first);
        expect(doc.querySelector('script[type="module"]')).toBeNull();
        (doc as Document & { firstContentfulPaint: () => void }).firstContentfulPaint();
        // The loader starts the app in the tasks after the paint's.
        await nextTasks();
        expect(doc.querySelector('#root h1')?.textContent).toBe(then);
        expect(doc.getElementById('root')?.dataset.lang).toBe(stored);
        expect(doc.documentElement.lang).toBe(stored);
        expect(doc.querySelector('script[type="module"]')).not.toBeNull();
      },
    );

    it('reads the key src/app/storage.ts writes, and survives broken storage', async () => {
      expect(STORAGE_KEY_IN_LOADER).toBe(STORAGE_KEY);
      Object.defineProperty(navigator, 'languages', { value: ['ru-RU'], configurable: true });
      localStorage.setItem(STORAGE_KEY, '{not json');
      const doc = load('', false, WITH_ENGLISH);
      await nextTasks();
      expect(doc.getElementById('root')?.dataset.lang).toBe('ru');
      expect(doc.querySelector('script[type="module"]')).not.toBeNull();
    });
  });
});
