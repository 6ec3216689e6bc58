// Browser helpers for the end-to-end tests: one headless Chromium per test file (launched lazily),
// one fresh context per openPage(), and everything a page does recorded so a test can assert that
// the page stayed clean (own origin only, no console errors, no CSP violations) and accessible.
//
// Importing this module registers an afterAll hook in the importing test file that closes every
// context and the browser (the e2e config keeps `isolate: true`, so each file gets its own copy).
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, expect, inject } from 'vitest';
import { CHROMIUM_FLAGS } from '../../../scripts/chromium-flags.mjs';

/** Flags that work on this closed network (scripts/chromium-flags.mjs, shared with npm run perf). */
export const CHROMIUM_ARGS = [...CHROMIUM_FLAGS];

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Base URL of the served build (ends with "/"), provided by the global setup. */
export const baseUrl = inject('baseUrl');
const appOrigin = new URL(baseUrl).origin;

export interface CspViolation {
  violatedDirective: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
}

/** What a page (and everything in its context) did since it was opened. */
export interface PageRecord {
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: CspViolation[];
}

export interface OpenPageOptions {
  /** Extra options for the new context (viewport, colorScheme, reducedMotion…). */
  context?: BrowserContextOptions;
  /** When page.goto() resolves; defaults to "load". */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
}

let browserPromise: Promise<Browser> | undefined;
const contexts = new Set<BrowserContext>();
const records = new WeakMap<Page, PageRecord>();

function launchBrowser(): Promise<Browser> {
  browserPromise ??= chromium.launch({
    executablePath: inject('chromiumPath'),
    args: CHROMIUM_ARGS,
  });
  return browserPromise;
}

afterAll(async () => {
  await Promise.allSettled([...contexts].map((context) => context.close()));
  contexts.clear();
  if (browserPromise) {
    const browser = await browserPromise.catch(() => undefined);
    browserPromise = undefined;
    await browser?.close();
  }
});

// Runs in every document before the app's scripts; the binding is exposed by openPage().
const REPORT_CSP_VIOLATIONS = `
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__e2eReportCspViolation?.({
      violatedDirective: event.violatedDirective,
      blockedURI: event.blockedURI,
      sourceFile: event.sourceFile,
      lineNumber: event.lineNumber,
    });
  });
`;

/**
 * Opens `path` (relative to the served build, e.g. "/" or "/?r=p") in a NEW browser context with
 * Russian locale, recording requests, console errors, uncaught errors and CSP violations.
 */
export async function openPage(
  path: string,
  options: OpenPageOptions = {},
): Promise<{ page: Page; context: BrowserContext }> {
  const browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'ru-RU', ...options.context });
  contexts.add(context);
  context.on('close', () => contexts.delete(context));

  const record: PageRecord = { requests: [], consoleErrors: [], pageErrors: [], cspViolations: [] };
  context.on('request', (request) => record.requests.push(request.url()));
  await context.exposeBinding('__e2eReportCspViolation', (_source, violation: CspViolation) => {
    record.cspViolations.push(violation);
  });
  await context.addInitScript({ content: REPORT_CSP_VIOLATIONS });

  const page = await context.newPage();
  records.set(page, record);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    record.consoleErrors.push(`${message.text()}${url ? `  (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => record.pageErrors.push(error.stack ?? String(error)));

  const response = await page.goto(new URL(path, baseUrl).href, {
    waitUntil: options.waitUntil ?? 'load',
  });
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
  return { page, context };
}

/** What openPage() has recorded for this page so far. */
export function recordOf(page: Page): PageRecord {
  const record = records.get(page);
  if (!record) throw new Error('recordOf(): this page was not opened with openPage()');
  return record;
}

function isOwnOrigin(url: string): boolean {
  const { protocol, origin } = new URL(url);
  // Inline data and in-page blobs never leave the machine; everything else must be our origin.
  if (protocol === 'data:' || protocol === 'blob:' || url === 'about:blank') return true;
  return origin === appOrigin;
}

/**
 * A page reports a CSP violation late: the browser fires `securitypolicyviolation` as a task after
 * the blocked load or script, and the report then crosses to Node through the binding. Before a
 * page is judged it must stay quiet — no new report, console error or uncaught error — for
 * QUIET_MS, waiting at most SETTLE_MAX_MS. The quiet time is counted by the page's own timers, so
 * every task the page queued before (a violation's event among them) has run, and its report has
 * reached Node, by the time the page answers.
 */
const QUIET_MS = 150;
const SETTLE_MAX_MS = 3000;

async function settleReports(page: Page, record: PageRecord): Promise<void> {
  const count = () =>
    record.cspViolations.length + record.consoleErrors.length + record.pageErrors.length;
  const started = Date.now();
  let seen = -1;
  while (Date.now() - started < SETTLE_MAX_MS) {
    const now = count();
    if (now === seen) return;
    seen = now;
    if (page.isClosed()) return;
    // A page without JavaScript (or navigating away) never answers: Node's clock takes over.
    const sleep = (ms: number) =>
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms));
    const waited = await Promise.all(
      page
        .frames()
        .map((frame) =>
          Promise.race([
            frame
              .evaluate(
                (ms) => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), ms)),
                QUIET_MS,
              )
              .catch(() => false),
            sleep(QUIET_MS * 4),
          ]),
        ),
    );
    if (!waited.every(Boolean)) await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
  }
}

function judgeClean(page: Page, record: PageRecord): void {
  // One comparison, so a failure shows every kind of problem at once.
  const problems = {
    [`requests to hosts other than ${appOrigin}`]: record.requests.filter(
      (url) => !isOwnOrigin(url),
    ),
    'Content-Security-Policy violations': record.cspViolations,
    'console errors': record.consoleErrors,
    'uncaught errors in the page': record.pageErrors,
  };
  const none = Object.fromEntries(Object.keys(problems).map((key) => [key, []]));
  expect(problems, `page ${page.url()} was not clean`).toEqual(none);
}

/** Checks begun but not awaited by their caller: judged before the test ends (afterEach). */
const unawaited = new Set<Promise<void>>();
afterEach(async () => {
  const left = [...unawaited];
  unawaited.clear();
  await Promise.all(left);
});

/**
 * Asserts the page talked only to its own origin, logged no console error, threw nothing uncaught
 * and triggered no Content-Security-Policy violation — after waiting for late reports
 * (settleReports). Await it: `await expectCleanPage(page)`. A call left without await is still
 * judged, by this file's afterEach, before the test counts as passed.
 */
export function expectCleanPage(page: Page): PromiseLike<void> {
  const record = recordOf(page);
  const check = settleReports(page, record).then(() => judgeClean(page, record));
  unawaited.add(check);
  // Handled here so a failure is reported once: by the caller's await, or by afterEach.
  check.catch(() => undefined);
  return {
    then(onFulfilled, onRejected) {
      unawaited.delete(check);
      return check.then(onFulfilled, onRejected);
    },
  };
}

/**
 * axe-core's source, resolved the way @axe-core/playwright resolves it (it is that package's
 * dependency, so the version always matches the one AxeBuilder would inject).
 */
let axeSource: string | undefined;
function axeCoreSource(): string {
  axeSource ??= (
    createRequire(import.meta.resolve('@axe-core/playwright'))('axe-core') as { source: string }
  ).source;
  return axeSource;
}

/**
 * Runs axe in the page itself. The source is injected once per document and kept: the wizard
 * changes screens without reloading, so a journey pays for the injection once, not per screen
 * (AxeBuilder re-injects and opens a blank page on every call: ~1 s against ~0.15 s here).
 */
async function runAxeInPage(page: Page): Promise<AxeResults> {
  type WithAxe = { axe?: typeof import('axe-core') };
  const present = await page.evaluate(() => typeof (window as WithAxe).axe?.run === 'function');
  if (!present) await page.evaluate(axeCoreSource());
  return page.evaluate((tags) => {
    const axe = (window as WithAxe).axe;
    if (!axe) throw new Error('axe-core is not in the page');
    return axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
  }, AXE_TAGS);
}

/** Runs axe (WCAG 2.0/2.1 A+AA, 2.2 AA) on the page and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // A page with frames goes through AxeBuilder, which tests every frame.
  const results =
    page.frames().length > 1
      ? await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
      : await runAxeInPage(page);
  const { violations } = results;
  if (violations.length === 0) return;
  const lines = [`axe found ${violations.length} accessibility violation(s) on ${page.url()}:`];
  for (const violation of violations) {
    lines.push('', `• ${violation.id} [${violation.impact ?? 'n/a'}]: ${violation.help}`);
    lines.push(`  ${violation.helpUrl}`);
    for (const node of violation.nodes) {
      lines.push(`  - ${node.target.join(' ')}`);
      lines.push(`    ${node.html}`);
      const summary = node.failureSummary?.split('\n').join('\n      ');
      if (summary) lines.push(`      ${summary}`);
    }
  }
  throw new Error(lines.join('\n'));
}
