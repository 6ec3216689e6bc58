// A DEEP LINK NEVER SHOWS UNSTYLED. dist/index.html inlines only the start page's rules
// (src/styles/global.css); the other pages' rules (src/styles/pages.css, and flow.css for the
// flow) load with those pages, which wait for them (src/app/page-styles.ts). Here the server's
// stylesheets are held back by 1.5 s, so the page's code and words arrive long before them: when
// the page's heading first appears, every stylesheet linked must already have applied, and a rule
// from each shows in the computed style at that very moment.
import { describe, expect, it } from 'vitest';
import { expectCleanPage, openPage } from './support/browser';
import { PHONE, questionTitle, ruCommon } from './support/wizard';

const HOLD_MS = 1500;

interface FirstRender {
  heading: string;
  sheets: { href: string; applied: boolean }[];
  probes: Record<string, string>;
}

// Runs before the page's scripts: records the stylesheets and a few computed styles at the first
// moment the page shows a heading in <main>.
const PROBE = `
  window.__firstRender = new Promise((resolve) => {
    const look = () => {
      // The prerendered start page is parsed first, then removed by the loader: not that one.
      if (document.querySelector('#root[data-prerendered]')) return false;
      const h1 = document.querySelector('main h1');
      if (!h1 || !h1.textContent.trim()) return false;
      const style = (selector, property) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element).getPropertyValue(property) : 'absent';
      };
      resolve({
        heading: h1.textContent.trim(),
        sheets: [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => ({
          href: new URL(link.href).pathname,
          applied: link.sheet !== null,
        })),
        probes: {
          'radio input opacity': style('.radios__input', 'opacity'),
          'fieldset border': style('.fieldset', 'border-top-style'),
          'print-only display': style('.print-only', 'display'),
          'now border': style('.now', 'border-left-width'),
          'note border': style('.note', 'border-left-width'),
        },
      });
      return true;
    };
    const observer = new MutationObserver(() => look() && observer.disconnect());
    observer.observe(document, { childList: true, subtree: true });
  });
`;

async function firstRender(path: string): Promise<FirstRender> {
  // A page of the same origin first (the guide: no script, no service worker), so the route and
  // the probe are in place before the deep link. Routing also turns the HTTP cache off, so the
  // guide's copy of pages.css is not reused.
  const { page } = await openPage('/guide.html', { context: { viewport: PHONE } });
  await page.route(/\/assets\/[^/]+\.css$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
    await route.continue();
  });
  await page.addInitScript({ content: PROBE });
  await page.goto(new URL(path, page.url()).href, { waitUntil: 'commit' });
  const seen = (await page.evaluate('window.__firstRender')) as FirstRender;
  await expectCleanPage(page);
  return seen;
}

function expectAllApplied(seen: FirstRender, names: string[]) {
  for (const name of names) {
    expect(
      seen.sheets.some((sheet) => sheet.href.includes(`/assets/${name}-`)),
      `${name}.css is linked when "${seen.heading}" first shows`,
    ).toBe(true);
  }
  expect(
    seen.sheets.filter((sheet) => !sheet.applied),
    'stylesheets still loading when the page first showed',
  ).toEqual([]);
}

describe('a deep link, with the stylesheets slower than the code', () => {
  it('shows a question with its styles from the first frame', async () => {
    const seen = await firstRender('/?s=r');
    expect(seen.heading).toBe(questionTitle('role'));
    expectAllApplied(seen, ['pages', 'flow']);
    expect(seen.probes['radio input opacity']).toBe('0');
    expect(seen.probes['fieldset border']).toBe('none');
  });

  it('shows a checklist with its styles from the first frame', async () => {
    // A student of 14+ with every answer given: the link opens on the checklist itself.
    const seen = await firstRender('/?r=s&sa=o&ss=n&sc=m&sn=n&sf=n&sm=n&sp=n&s=checklist');
    expect(seen.heading).toBe(ruCommon.checklist.title);
    expectAllApplied(seen, ['pages', 'flow']);
    expect(seen.probes['print-only display']).toBe('none');
    expect(seen.probes['now border']).toBe('5px');
  });

  it('shows the legal page with its styles from the first frame', async () => {
    const seen = await firstRender('/?page=legal');
    expect(seen.heading).not.toBe(ruCommon.start.title);
    expectAllApplied(seen, ['pages']);
    expect(seen.probes['note border']).toBe('4px');
  });
});
