// The harness's own check: expectCleanPage() waits for CSP reports that arrive after the call
// (the browser reports a violation as a later task, then through the binding to Node), so a
// violation at the very end of a test is not missed.
import { describe, expect, it } from 'vitest';
import { expectCleanPage, openPage, recordOf } from './support/browser';

describe('expectCleanPage()', () => {
  it('fails on a CSP violation that happens after it was called', async () => {
    const { page } = await openPage('/');
    await page.locator('h1').first().waitFor({ state: 'visible' });
    // An inline script the policy blocks, 50 ms from now: after this evaluate has returned.
    await page.evaluate(() => {
      setTimeout(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__late = 1';
        document.body.append(script);
      }, 50);
    });
    // Nothing has been reported yet: a check that judged at once would pass.
    expect(recordOf(page).cspViolations).toEqual([]);
    await expect(Promise.resolve(expectCleanPage(page))).rejects.toThrow(/was not clean/);
    // Reported once per policy that blocks it (the header's and the page's meta).
    const directives = recordOf(page).cspViolations.map((v) => v.violatedDirective);
    expect(directives.length).toBeGreaterThan(0);
    expect(new Set(directives)).toEqual(new Set(['script-src-elem']));
  });

  it('passes on the same page without the violation', async () => {
    const { page } = await openPage('/');
    await page.locator('h1').first().waitFor({ state: 'visible' });
    await expectCleanPage(page);
  });
});
