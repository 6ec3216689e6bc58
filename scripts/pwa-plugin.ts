/**
 * Offline and installable: vite-plugin-pwa (Workbox generateSW) writes dist/sw.js, a service
 * worker that precaches the whole app — index.html (the prerendered start page), every script and
 * stylesheet under assets/ (the question flow, both languages' words), the icons and the web
 * manifest — so after one online visit the wizard, and any saved checklist link, opens with no
 * network. Navigations (any ?query) are answered with the precached index.html.
 *
 * registerType 'prompt': a new build installs in the background and WAITS; the page offers
 * "new version — Update" (src/app/update-notice.tsx) and only then switches, so one page never
 * mixes files of two builds. The registration (src/app/service-worker.ts) is loaded lazily by
 * main.tsx when the page is idle: it is not part of the start page's first download.
 *
 * The web manifest's words come from locales/ru/common.json (src/prerender/web-manifest.ts); its
 * icons are drawn for this app by scripts/make-icons.mjs into public/icons/.
 *
 * Serving: sw.js must be revalidated on every request (Cache-Control: no-cache or no-store; never
 * the year-long cache of assets/), or families would keep an old version for a long time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { webManifestWords } from '../src/prerender/web-manifest.ts';

export const THEME_COLOR = '#0b4f9c';
export const SERVICE_WORKER_FILE = 'sw.js';
export const MANIFEST_FILE = 'manifest.webmanifest';

type Words = Record<string, unknown>;

/** A dotted key ("app.name") of a locale file. */
function lookup(words: Words, key: string): string {
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Words | undefined)?.[part], words);
  if (typeof value !== 'string') throw new Error(`locales/ru/common.json: ${key} is missing`);
  return value;
}

export function offline(root: string): Plugin[] {
  const common = JSON.parse(
    readFileSync(path.join(root, 'locales/ru/common.json'), 'utf8'),
  ) as Words;
  return VitePWA({
    registerType: 'prompt',
    // main.tsx imports the registration lazily; nothing is injected into index.html but the
    // manifest link.
    injectRegister: false,
    strategies: 'generateSW',
    filename: SERVICE_WORKER_FILE,
    manifestFilename: MANIFEST_FILE,
    includeManifestIcons: true,
    manifest: {
      ...webManifestWords((key) => lookup(common, key)),
      lang: 'ru',
      dir: 'ltr',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: THEME_COLOR,
      background_color: '#ffffff',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    workbox: {
      // Everything the app can load, both languages' words included (assets/*.json, fetched by
      // src/app/i18n.ts). Not the 1200×630 link-preview picture: only chats fetch it.
      globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}', 'assets/*.json'],
      // Not guide.html either: it is for browsers without JavaScript, which run no service worker.
      globIgnores: ['og-image.png', 'guide.html', SERVICE_WORKER_FILE, '.vite/**'],
      navigateFallbackDenylist: [/\/guide\.html$/],
      navigateFallback: 'index.html',
      // Hashed file names are their own revision: no cache-busting query needed.
      dontCacheBustURLsMatching: /^assets\//,
      cleanupOutdatedCaches: true,
      // The first install takes control at once (nothing older to mix with); updates wait.
      clientsClaim: true,
      skipWaiting: false,
      inlineWorkboxRuntime: true,
      sourcemap: false,
    },
  });
}
