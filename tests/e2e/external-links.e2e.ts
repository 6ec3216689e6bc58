// NOTHING LEAVES THE DEVICE. On the production build: every link to another site opens in a new tab
// without telling that site where the family came from (target=_blank, rel="noopener noreferrer")
// and goes only to an official host or the school's own (machines/links.ts isAllowedUrl + the
// school's hosts); opening the pages makes no request to any other origin; and dist/index.html
// loads nothing from another site (the no-JavaScript guide's <a href> go to allowed hosts with no
// referrer, in the same tab: without JavaScript there are no answers to lose; <meta content> may
// name the school's own address for link previews).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeLink, isAllowedUrl, type Answers } from '@machines/index';
import { school } from '@/school';
import { schoolAllowedHosts } from '@/school/allowed-hosts';
import { inspectHtml, parseHtml } from '../support/html-security';
import { baseUrl, expectCleanPage, openPage, recordOf } from './support/browser';

const appOrigin = new URL(baseUrl).origin;
/** The school's own hosts (src/school/allowed-hosts.json) and its regional Dnevnik. */
const hosts = [...schoolAllowedHosts, new URL(school.dnevnikUrl).hostname];

const parentOfTwo: Answers = {
  role: 'parent',
  parentAccount: 'none',
  childCount: '2',
  'childAge.1': 'under14',
  'childAccount.1': 'unlinked',
  'childDnevnik.1': 'error',
  'childSferum.1': 'no',
  'childMyschool.1': 'no',
  'childAge.2': 'over14',
  'teenAccount.2': 'none',
  'childDnevnik.2': 'no',
  'childSferum.2': 'no',
  'childMyschool.2': 'no',
  app: 'yes',
};
const student = (account: string): Answers => ({
  role: 'student',
  studentAge: 'over14',
  studentAccount: account,
  ...(account === 'unconfirmed' ? { studentDocs: 'no' } : {}),
  ...(account === 'confirmed' ? {} : { confirmMethod: 'bank' }),
  studentDnevnik: 'error',
  studentSferum: 'no',
  studentMyschool: 'no',
  studentApp: 'yes',
});
const at = (answers: Answers, step: 'checklist' | 'studentUnder14' | 'teacherResult') =>
  `/?${encodeLink({ answers, step: { step } })}`;

const pages: [string, string][] = [
  ['start page', '/'],
  ['legal page', '/?page=legal'],
  ['parent of two: checklist', at(parentOfTwo, 'checklist')],
  ['parent of two: checklist in English', `${at(parentOfTwo, 'checklist')}&lang=en`],
  ['student 14+ without an account: checklist', at(student('none'), 'checklist')],
  ['student 14+, unconfirmed: checklist', at(student('unconfirmed'), 'checklist')],
  [
    'student under 14: hand-over page',
    at({ role: 'student', studentAge: 'under14' }, 'studentUnder14'),
  ],
  [
    'teacher: link page with own steps',
    at({ role: 'teacher', audience: 'everyone', classLabel: '7Б' }, 'teacherResult'),
  ],
];

interface Anchor {
  href: string;
  target: string;
  rel: string;
  text: string;
}

async function settled(page: Page) {
  await page.waitForFunction(
    () => {
      const h1 = document.querySelector('h1');
      return !!h1 && h1.checkVisibility() && (h1.textContent ?? '').trim() !== '';
    },
    undefined,
    { timeout: 15_000 },
  );
  // Lazy chunks and the English bundle load after the heading; let them finish.
  await page.waitForLoadState('networkidle');
}

/**
 * What is wrong with one link, or nothing. `newTab: false` for the no-JavaScript guide: a page
 * without JavaScript holds no answers to lose, so its links open in the same tab (and send no
 * referrer all the same).
 */
function linkProblems(a: Anchor, { newTab = true } = {}): string[] {
  let url: URL;
  try {
    url = new URL(a.href);
  } catch {
    return [`unparseable href ${a.href}`];
  }
  if (url.protocol === 'javascript:' || url.protocol === 'data:' || url.protocol === 'vbscript:')
    return [`${url.protocol} link`];
  if (url.origin === appOrigin) return [];
  const rel = a.rel.toLowerCase().split(/\s+/);
  const problems: string[] = [];
  if (newTab && a.target !== '_blank') problems.push('no target=_blank');
  if (newTab && !rel.includes('noopener')) problems.push('no rel=noopener');
  if (!rel.includes('noreferrer')) problems.push('no rel=noreferrer');
  if (!isAllowedUrl(a.href, hosts)) problems.push('host not allowed');
  return problems;
}

describe('links to other sites', () => {
  const external: string[] = [];

  it.each(pages)(
    '%s: every outside link is allowed, opens a new tab, sends no referrer',
    async (_name, path) => {
      const { page } = await openPage(path);
      await settled(page);
      const anchors: Anchor[] = await page.$$eval('a[href]', (list) =>
        list.map((a) => ({
          href: (a as HTMLAnchorElement).href,
          target: a.getAttribute('target') ?? '',
          rel: a.getAttribute('rel') ?? '',
          text: (a.textContent ?? '').trim().slice(0, 60),
        })),
      );
      const bad = anchors
        .map((a) => ({ ...a, problems: linkProblems(a) }))
        .filter((a) => a.problems.length > 0);
      expect(bad).toEqual([]);
      external.push(
        ...anchors.filter((a) => new URL(a.href).origin !== appOrigin).map((a) => a.href),
      );

      // Nothing was fetched from another origin while the page loaded and rendered.
      expect(
        recordOf(page).requests.filter(
          (url) => new URL(url).origin !== appOrigin && !url.startsWith('data:'),
        ),
      ).toEqual([]);
      await expectCleanPage(page);
    },
  );

  it('the checklists really link out (so the checks above looked at something)', () => {
    expect(new Set(external).size).toBeGreaterThanOrEqual(5);
    expect(external.some((href) => new URL(href).hostname.endsWith('gosuslugi.ru'))).toBe(true);
  });

  it('negative controls: the link check rejects what it must', () => {
    const good = {
      href: 'https://www.gosuslugi.ru/',
      target: '_blank',
      rel: 'noopener noreferrer',
      text: '',
    };
    expect(linkProblems(good)).toEqual([]);
    expect(linkProblems({ ...good, target: '' })).toEqual(['no target=_blank']);
    expect(linkProblems({ ...good, rel: 'noopener' })).toEqual(['no rel=noreferrer']);
    const sameTab = { ...good, target: '', rel: 'noreferrer' };
    expect(linkProblems(sameTab, { newTab: false })).toEqual([]);
    expect(linkProblems({ ...sameTab, rel: '' }, { newTab: false })).toEqual(['no rel=noreferrer']);
    expect(linkProblems({ ...sameTab, href: 'https://evil.example/' }, { newTab: false })).toEqual([
      'host not allowed',
    ]);
    expect(linkProblems({ ...good, href: 'https://evil.example/' })).toEqual(['host not allowed']);
    expect(linkProblems({ ...good, href: 'http://www.gosuslugi.ru/' })).toEqual([
      'host not allowed',
    ]);
    expect(linkProblems({ ...good, href: 'javascript:alert(1)' })).toEqual(['javascript: link']);
    expect(
      linkProblems({ ...good, href: `${appOrigin}/?page=legal`, target: '', rel: '' }),
    ).toEqual([]);
  });
});

describe('dist/index.html', () => {
  const html = readFileSync(
    fileURLToPath(new URL('../../dist/index.html', import.meta.url)),
    'utf8',
  );
  const findings = inspectHtml(parseHtml(html));

  it('loads nothing from another site: no other site’s address outside <a href> and <meta content>', () => {
    // Every attribute that makes the browser fetch (src, srcset, <link href>, action…), all text
    // and all comments: relative addresses only.
    expect(findings.externalUrls).toEqual([]);
  });

  it('its links to other sites (the prerendered no-JavaScript guide): allowed, no referrer', () => {
    const bad = findings.anchorLinks
      .map((a) => ({ ...a, text: '', href: new URL(a.href, baseUrl).href }))
      .map((a) => ({ href: a.href, problems: linkProblems(a, { newTab: false }) }))
      .filter((a) => a.problems.length > 0);
    expect(bad).toEqual([]);
  });

  it('names another site in <meta content> only for link previews of the school’s own address', () => {
    for (const url of findings.metaContentUrls)
      expect(isAllowedUrl(url, [...hosts, new URL(school.publicOrigin).hostname]), url).toBe(true);
  });

  it('loads its scripts, styles and icons from its own origin only', () => {
    const doc = parseHtml(html);
    const sources = [
      ...doc.querySelectorAll('script[src], link[href], img[src], source[src], iframe[src]'),
      ...doc.querySelectorAll('script[data-entry]'),
    ].flatMap((el) =>
      el.matches('script[data-entry]')
        ? Object.values((el as HTMLElement).dataset).map((value) => value ?? '')
        : [el.getAttribute('src') ?? el.getAttribute('href') ?? ''],
    );
    expect(sources.length).toBeGreaterThan(1);
    for (const source of sources) {
      // The empty icon the page holds until the loader adds the real one loads nothing.
      if (source === 'data:,') continue;
      expect(new URL(source, baseUrl).origin, source).toBe(appOrigin);
    }
  });
});
