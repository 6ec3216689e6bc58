// THE FIRST PAINT WAITS FOR NOTHING BUT THE HTML AND THE STYLESHEET: the built start page asks for
// its JavaScript, web manifest and icon only after the browser has painted it (the inline loader of
// scripts/entry-loader.mjs), and then the app starts and hydrates it.
import { describe, expect, it } from 'vitest';
import { baseUrl, expectCleanPage, openPage } from './support/browser';
import enCommon from '@locales/en/common.json';
import { STORAGE_KEY } from '@/app/storage';
import { heading, ruCommon } from './support/wizard';

describe('the start page’s first paint', () => {
  it('comes before any script is requested; the app, manifest and icon follow it', async () => {
    const { page } = await openPage('/');
    // The app marks <html> once React owns the page (src/app/layout.tsx).
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    const timing = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      resources: performance
        .getEntriesByType('resource')
        .map(({ name, startTime }) => ({ name: new URL(name).pathname, startTime })),
      manifest: document.querySelector('link[rel="manifest"]')?.getAttribute('href'),
      icon: [...document.querySelectorAll('link[rel="icon"]')].at(-1)?.getAttribute('href'),
    }));

    expect(timing.fcp, 'the browser reported a first contentful paint').toBeGreaterThan(0);
    const scripts = timing.resources.filter((r) => r.name.endsWith('.js'));
    expect(scripts.length, 'the app loaded').toBeGreaterThan(0);
    const early = scripts.filter((r) => r.startTime < (timing.fcp ?? 0));
    expect(early, 'scripts requested before the first paint').toEqual([]);
    expect(timing.manifest).toMatch(/manifest\.webmanifest$/);
    expect(timing.icon).toMatch(/favicon\.svg$/);
    await heading(page, ruCommon.start.title).waitFor();
    await expectCleanPage(page);
  });

  // The loader reads the saved language only after the first paint (a page's first localStorage
  // access is a round trip to the browser process): the family's own choice must still win.
  for (const [browser, saved, title] of [
    ['ru-RU', 'en', enCommon.start.title],
    ['en-GB', 'ru', ruCommon.start.title],
  ] as const) {
    it(`a ${browser} browser that saved «${saved}» gets the start page in ${saved}`, async () => {
      // No service worker: it would serve the app's scripts past the refusal below.
      const { page } = await openPage('/', {
        context: { locale: browser, serviceWorkers: 'block' },
      });
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      // The family picks the other language in the header; the app saves it on the device.
      await page.locator('.lang-switch').getByRole('link', { name: ruCommon.lang[saved] }).click();
      await heading(page, title).waitFor();
      await expect
        .poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))
        .toContain(`"${saved}"`);
      // A fresh load of the bare address: no ?lang=, so only the saved choice can pick the
      // language the browser does not prefer; it is there once the app is up, and stays.
      await page.goto(baseUrl);
      await heading(page, title).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(saved);
      await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
      await heading(page, title).waitFor();
      await expectCleanPage(page);
      // The inline loader alone does it, before the app: with the app's scripts refused, the
      // page still turns to the saved language.
      await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
      await page.goto(baseUrl);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(saved);
      await heading(page, title).waitFor();
      expect(await page.locator('html[data-app="ready"]').count(), 'the app did not start').toBe(0);
    });
  }
});
