/// <reference types="vite-plugin-pwa/client" />
/**
 * Registers the service worker that vite-plugin-pwa (Workbox) generates at build time (dist/sw.js:
 * it precaches the page, every script and stylesheet and both languages' words, so after one
 * online visit the wizard works offline). Imported lazily from main.tsx once the page is idle, so
 * it is not part of the start page's first download (budgets.json).
 *
 * registerType 'prompt': a new build installs in the background and waits; the family sees
 * "A new version is out" with an Update button (update-notice.tsx). Pressing it activates the new
 * worker and reloads the page, so a page never runs old and new files together.
 */
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from './update-offer';

export function startServiceWorker(): void {
  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh() {
      offerUpdate(() => void updateServiceWorker(true));
    },
  });
}
