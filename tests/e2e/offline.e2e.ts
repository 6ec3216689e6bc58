// OFFLINE AFTER ONE VISIT: the service worker (vite-plugin-pwa, src/app/service-worker.ts)
// precaches the page, every chunk and both languages, so once it controls the page the wizard and
// a saved checklist link open with the network off. 127.0.0.1 counts as a secure context.
import { describe, expect, it } from 'vitest';
import { encodeLink } from '@machines/index';
import { ONE_CHILD_UNDER_14_CONFIRMED } from '../support/families';
import { expectCleanPage } from './support/browser';
import {
  answer,
  expectChecklist,
  expectScreen,
  expectStartPage,
  openWizard,
  ruCommon,
  start,
  stepCards,
} from './support/wizard';

const family = ONE_CHILD_UNDER_14_CONFIRMED;
/** A request no service worker answers: 'reached' while online, 'failed' with no network. */
const NETWORK_PROBE = `fetch('/e2e-network-probe?' + Date.now(), { cache: 'no-store' }).then(
  () => 'reached',
  () => 'failed',
)`;
const savedChecklist = `/?${encodeLink({ answers: family, step: { step: 'checklist' } })}`;

describe('offline', () => {
  it('after one online visit: a short journey and a saved checklist work with no network', async () => {
    const { page, context } = await openWizard('/');
    await expectStartPage(page);
    // The service worker is never cached (deploy/nginx.conf), so a new version is seen at once.
    const worker = await page.request.get(new URL('sw.js', page.url()).href);
    expect(worker.status()).toBe(200);
    expect(worker.headers()['cache-control']).toBe('no-store');
    // The registration starts when the page is idle; `ready` resolves once everything is cached.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // "Offline" is proved by the network failing — a request no service worker answers reaches no
    // server — never by navigator.onLine, which Chromium 150 left true under setOffline(true).
    // The probe runs in a second page of the same context, so the failed request's console error
    // stays out of the page expectCleanPage() checks.
    const probe = await context.newPage();
    await probe.goto(page.url());
    expect(await probe.evaluate(NETWORK_PROBE), 'the probe reaches the server while online').toBe(
      'reached',
    );
    await context.setOffline(true);
    expect(await probe.evaluate(NETWORK_PROBE), 'the network is gone').toBe('failed');
    await page.reload();
    await expectStartPage(page);
    await start(page);
    await answer(page, 'role', 'student');
    await answer(page, 'studentAge', 'under14');
    await expectScreen(page, ruCommon.under14.title);

    await page.goto(new URL(savedChecklist, page.url()).href);
    await expectChecklist(page);
    expect(await stepCards(page, 'childCreateAccount').count()).toBe(1);
    expect(await probe.evaluate(NETWORK_PROBE), 'still no network').toBe('failed');
    await expectCleanPage(page);
  });
});
