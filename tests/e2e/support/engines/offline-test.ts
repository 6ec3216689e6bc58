// Offline after one visit, in any engine: the page is served by its own nginx, which the test
// STOPS — so "offline" is the network failing (a request that reaches no server), the same in
// every engine, never a flag like navigator.onLine that one browser version sets and another not.
import { expect } from 'vitest';
import { serveNginx } from '../../../../scripts/serve-nginx.mjs';
import { findBuild } from '../global-setup';
import { ONE_CHILD_UNDER_14_CONFIRMED, savedChecklistPath } from '../../../support/families';
import type { Engine, PageDriver } from './page-driver';
import { poll } from './poll';
import {
  answer,
  expectChecklist,
  expectScreen,
  expectStartPage,
  start,
  stepTitles,
} from './wizard-steps';
import { ruCommon, stepTitle } from '../wizard';

/** A request no service worker answers: 'reached' while the server runs, 'failed' once it is gone. */
const NETWORK_PROBE = `
  try {
    await fetch('/e2e-network-probe?' + Date.now(), { cache: 'no-store' });
    return 'reached';
  } catch {
    return 'failed';
  }
`;

export async function runOfflineTest(
  engine: () => Engine,
  open: (url: string) => Promise<PageDriver>,
): Promise<void> {
  const { label, serviceWorkersOnLoopback } = engine();
  const server = await serveNginx({ root: findBuild(), port: 0 });
  let running = true;
  try {
    const page = await open(server.url);
    await expectStartPage(page);
    const hasWorkers = await page.run<boolean>(
      `return window.isSecureContext && 'serviceWorker' in navigator;`,
    );
    if (!serviceWorkersOnLoopback) {
      expect(
        hasWorkers,
        `${label} now has service workers on http://127.0.0.1: set serviceWorkersOnLoopback and run the offline test`,
      ).toBe(false);
      console.log(
        `[e2e] ${label}: NO OFFLINE TEST — this engine has no service workers on http://127.0.0.1, so the wizard needs the network here.`,
      );
      return;
    }
    expect(hasWorkers, `${label}: service workers on http://127.0.0.1`).toBe(true);
    expect(
      await page.run<string>(NETWORK_PROBE),
      'the probe reaches the server while it runs',
    ).toBe('reached');
    // The registration starts when the page is idle; `ready` resolves once everything is cached.
    await poll(
      page.engine,
      'an active service worker',
      () =>
        page.run<boolean | undefined>(
          `const r = await navigator.serviceWorker.getRegistration(); return r?.active ? true : undefined;`,
        ),
      60_000,
    );
    await page.reload();
    await poll(page.engine, 'the service worker to control the page', () =>
      page.run<boolean | undefined>(
        `return navigator.serviceWorker.controller ? true : undefined;`,
      ),
    );

    await server.close();
    running = false;
    expect(await page.run<string>(NETWORK_PROBE), 'the network is gone').toBe('failed');

    await page.reload();
    await expectStartPage(page);
    await start(page);
    await answer(page, 'role', 'student');
    await answer(page, 'studentAge', 'under14');
    await expectScreen(page, ruCommon.under14.title);

    await page.goto(new URL(savedChecklistPath(ONE_CHILD_UNDER_14_CONFIRMED), server.url).href);
    await expectChecklist(page, false);
    expect(await stepTitles(page)).toContain(stepTitle('childCreateAccount'));
  } finally {
    if (running) await server.close();
  }
}
