// THE FIRST PAINT WAITS FOR NOTHING BUT THE HTML AND THE STYLESHEET: the built start page asks for
// its JavaScript, web manifest and icon only after the browser has painted it (the inline loader of
// scripts/entry-loader.mjs), and then the app starts and hydrates it.
import { describe, expect, it } from 'vitest';
import { expectCleanPage, openPage } from './support/browser';
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
});
