// A strict Content-Security-Policy, twice: the server's header (scripts/security-headers.mjs) and, for
// static hosts that cannot send headers, a <meta> copy in index.html. Here, on the production build:
//   · dist/index.html carries the meta policy (the header minus what a meta tag cannot carry), and
//     no style="" or on*=""; its one inline <script> is the entry loader (scripts/entry-loader.mjs)
//     and its one <style> the start page's stylesheet (scripts/inline-style.mjs), each allowed by
//     its hash and by nothing else;
//   · the served page gets the full policy as a header;
//   · with the header removed (a static host), the meta policy alone still blocks an injected inline
//     script, an injected inline style and eval — and the app itself runs under it without a
//     single violation.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ENTRY_LOADER, ENTRY_LOADER_HASH } from '../../scripts/entry-loader.mjs';
import { INLINE_STYLE, INLINE_STYLE_HASH } from '../../scripts/inline-style.mjs';
import { SECURITY_HEADERS } from '../../scripts/security-headers.mjs';
import {
  inspectHtml,
  metaPolicyFor,
  parseCsp,
  parseHtml,
  weakSpots,
} from '../support/html-security';
import { baseUrl, expectCleanPage, openPage, recordOf } from './support/browser';

const distHtml = readFileSync(
  fileURLToPath(new URL('../../dist/index.html', import.meta.url)),
  'utf8',
);
const headerPolicy = SECURITY_HEADERS['Content-Security-Policy'] ?? '';
const checklistUrl = '/?r=s&sa=o&ss=n&sc=m&sn=n&sf=n&sm=n&sp=n&s=checklist';

async function headingVisible(page: Page) {
  await page.waitForFunction(
    () => {
      const h1 = document.querySelector('h1');
      return !!h1 && h1.checkVisibility() && (h1.textContent ?? '').trim() !== '';
    },
    undefined,
    { timeout: 15_000 },
  );
}

/** From now on, every response of this context arrives without the CSP header (a static host). */
async function withoutCspHeader(context: BrowserContext): Promise<string[]> {
  const stripped: string[] = [];
  await context.route('**/*', async (route) => {
    try {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      if ('content-security-policy' in headers) stripped.push(route.request().url());
      delete headers['content-security-policy'];
      await route.fulfill({ response, headers });
    } catch (error) {
      // A request still in flight when the test closes its context (e.g. the service worker's
      // background fetches) has nobody left to answer; anything else is a real failure.
      if (!/disposed|closed/i.test(String(error))) throw error;
    }
  });
  return stripped;
}

/** Tries what an injected payload would try; reports what ran. */
function tryInjections(page: Page) {
  return page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>;
    const script = document.createElement('script');
    script.textContent = 'window.__inlineScriptRan = true;';
    document.head.append(script);
    const style = document.createElement('style');
    style.textContent = 'body { outline: 7px solid rgb(255, 0, 0) !important; }';
    document.head.append(style);
    const img = document.createElement('img');
    img.setAttribute('src', 'x');
    img.setAttribute('onerror', 'window.__handlerRan = true');
    document.body.append(img);
    // DevTools' evaluate is exempt from the eval check while it runs: try it in a later task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    let evalResult = 'ran';
    try {
      new Function('return 1')();
    } catch (error) {
      evalResult = (error as Error).name;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    return {
      inlineScript: w.__inlineScriptRan === true,
      inlineStyle: getComputedStyle(document.body).outlineWidth === '7px',
      handler: w.__handlerRan === true,
      evalResult,
    };
  });
}

describe('the built page: no inline code, the meta policy in place', () => {
  const findings = inspectHtml(parseHtml(distHtml));

  it('dist/index.html has no inline code but the entry loader and the stylesheet, each allowed by its hash alone', () => {
    const inline = [...parseHtml(distHtml).querySelectorAll('script:not([src])')];
    expect(inline.map((script) => script.textContent)).toEqual([ENTRY_LOADER]);
    for (const policy of [headerPolicy, findings.cspMetas[0] ?? '']) {
      const hashes = (parseCsp(policy).get('script-src') ?? []).filter((s) => s.includes('sha'));
      expect(hashes).toEqual([ENTRY_LOADER_HASH]);
    }
    // The exact text, so its hash is the one in the policy.
    const styles = [...parseHtml(distHtml).querySelectorAll('style')];
    expect(styles.map((style) => style.textContent)).toEqual([INLINE_STYLE]);
    for (const policy of [headerPolicy, findings.cspMetas[0] ?? '']) {
      const hashes = (parseCsp(policy).get('style-src') ?? []).filter((s) => s.includes('sha'));
      expect(hashes).toEqual([INLINE_STYLE_HASH]);
    }
    expect(findings.inlineAttributes).toEqual([]);
  });

  it('dist/index.html carries the header policy minus frame-ancestors, before any script', () => {
    expect(findings.cspMetas).toHaveLength(1);
    expect(parseCsp(findings.cspMetas[0] ?? '')).toEqual(parseCsp(metaPolicyFor(headerPolicy)));
    expect(weakSpots(findings.cspMetas[0] ?? '')).toEqual([]);
    expect(findings.beforeCspMeta).toEqual([]);
  });

  it('the server sends the full policy as a header', async () => {
    const response = await fetch(baseUrl);
    expect(response.headers.get('content-security-policy')).toBe(headerPolicy);
    expect(weakSpots(headerPolicy)).toEqual([]);
  });
});

describe('injected code is blocked', () => {
  it('with the header and the meta: inline script, inline style, handlers and eval do not run', async () => {
    const { page } = await openPage(checklistUrl);
    await headingVisible(page);
    expect(await tryInjections(page)).toEqual({
      inlineScript: false,
      inlineStyle: false,
      handler: false,
      evalResult: 'EvalError',
    });
    // And the harness saw it: these are the violations expectCleanPage() fails on.
    const directives = recordOf(page).cspViolations.map((v) => v.violatedDirective);
    expect(directives).toEqual(expect.arrayContaining(['script-src-elem', 'style-src-elem']));
  });

  it('on a static host without headers, the meta policy alone blocks them, and the app runs clean', async () => {
    const { page, context } = await openPage('/');
    const stripped = await withoutCspHeader(context);
    await page.goto(new URL(checklistUrl, baseUrl).href);
    await headingVisible(page);
    expect(stripped.length).toBeGreaterThan(0);
    // The app's own code under the meta policy alone: no violation, no error, nothing foreign.
    await expectCleanPage(page);
    expect(await tryInjections(page)).toEqual({
      inlineScript: false,
      inlineStyle: false,
      handler: false,
      evalResult: 'EvalError',
    });
    expect(recordOf(page).cspViolations.length).toBeGreaterThan(0);
  });
});
