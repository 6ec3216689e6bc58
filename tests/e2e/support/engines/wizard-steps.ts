// The wizard as a person drives it, for any engine: every word from locales/ru (through
// ../wizard.ts's typed helpers), every element by role and accessible name. When a screen changes
// its markup, this file is the one place the cross-engine tests need to follow.
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import { AXE_TAGS } from '../browser';
import {
  optionLabel,
  questionTitle,
  ruChecklist,
  ruCommon,
  stepTitle,
  type ChoiceQuestion,
  type OptionOf,
  type StepContent,
} from '../wizard';
import { describeTarget, FIND_IN_PAGE_SOURCE } from './find-in-page';
import { ENGINE_LABELS, type PageDriver, type Target } from './page-driver';
import { poll } from './poll';

export const h1 = (name: string): Target => ({ role: 'heading', level: 1, name });
export const buttonNamed = (name: string, within?: Target): Target =>
  within ? { role: 'button', name, within } : { role: 'button', name };
export const linkNamed = (name: string): Target => ({ role: 'link', name });
export const textOf = (name: string, within?: Target): Target =>
  within ? { role: 'text', name, within } : { role: 'text', name };

/** How many rendered elements `target` finds now. */
export const count = (page: PageDriver, target: Target) =>
  page.run<number>(`return ${FIND_IN_PAGE_SOURCE}(args[0]).length;`, target);

/** Waits until `body` (run in the page) returns true. */
export async function waitUntil(page: PageDriver, what: string, body: string, ...args: unknown[]) {
  await poll(page.engine, what, async () =>
    (await page.run<boolean>(body, ...args)) ? true : undefined,
  );
}

/** Waits until `target` finds exactly `n` rendered elements (1 by default). */
export async function waitForCount(page: PageDriver, target: Target, n = 1) {
  let found = -1;
  try {
    await poll(page.engine, `${n} × ${describeTarget(target)}`, async () => {
      found = await count(page, target);
      return found === n ? true : undefined;
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}; found ${found} on ${await page.url()}`);
  }
}

/**
 * The screen whose one <h1> is `title`, fitting the phone's width (nothing to scroll sideways);
 * after a step, focus is on that heading (GOV.UK).
 */
export async function expectScreen(page: PageDriver, title: string, focus = true) {
  await waitForCount(page, h1(title));
  expect(
    await page.run<number>('return document.querySelectorAll("h1").length;'),
    `one <h1> on "${title}"`,
  ).toBe(1);
  await expectFitsWidth(page, title);
  if (focus) await expectFocused(page, h1(title));
}

/** Nothing sticks out sideways: the page is no wider than the viewport (a phone never zooms out). */
export async function expectFitsWidth(page: PageDriver, screen: string) {
  const { width, viewport, widest } = await page.run<{
    width: number;
    viewport: number;
    widest: string;
  }>(`
    const viewport = document.documentElement.clientWidth;
    let widest = '';
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.right > viewport + 1 && box.width > 0) { widest = el.outerHTML.slice(0, 120); break; }
    }
    return { width: document.documentElement.scrollWidth, viewport, widest };`);
  expect(
    { width, widest },
    `[${ENGINE_LABELS[page.engine]}] "${screen}" is wider than its ${viewport}px viewport`,
  ).toEqual({ width: viewport, widest: '' });
}

/** Waits until the element `target` finds has the focus. */
export async function expectFocused(page: PageDriver, target: Target) {
  await waitUntil(
    page,
    `focus on ${describeTarget(target)}`,
    `const [el] = ${FIND_IN_PAGE_SOURCE}(args[0]); return el !== undefined && el === document.activeElement;`,
    target,
  );
}

export const expectStartPage = (page: PageDriver) =>
  expectScreen(page, ruCommon.start.title, false);
export const expectSummary = (page: PageDriver) => expectScreen(page, ruCommon.summary.title);
export const expectChecklist = (page: PageDriver, focus = true) =>
  expectScreen(page, ruCommon.checklist.title, focus);

export const radioFor = <Q extends ChoiceQuestion>(question: Q, value: OptionOf<Q>): Target => ({
  role: 'radio',
  name: optionLabel(question, value),
});

/** Whether the radio of `value` is chosen. */
export const isChecked = (page: PageDriver, target: Target) =>
  page.run<boolean>(
    `const [el] = ${FIND_IN_PAGE_SOURCE}(args[0]); return el?.checked === true;`,
    target,
  );

/** Waits for `question`, clicks the option by its label and «Продолжить». */
export async function answer<Q extends ChoiceQuestion>(
  page: PageDriver,
  question: Q,
  value: OptionOf<Q>,
  options: { axe?: boolean; focus?: boolean } = {},
) {
  await expectScreen(page, questionTitle(question), options.focus ?? true);
  if (options.axe) await expectNoAxeViolations(page, `question ${question}`);
  await page.click(radioFor(question, value));
  expect(await isChecked(page, radioFor(question, value)), `${question}: ${value} chosen`).toBe(
    true,
  );
  await page.click(buttonNamed(ruCommon.nav.continue));
}

/**
 * From the start page: «Начать», once the app owns the page (layout.tsx marks <html>). Tapped
 * before that, it is a plain link that opens the first question as a new page — by design, with no
 * focus to move — so a test that checks focus after each step waits, as the Chromium suite does.
 */
export async function start(page: PageDriver) {
  await expectStartPage(page);
  await waitUntil(
    page,
    'the app to own the page',
    `return document.documentElement.dataset.app === 'ready';`,
  );
  await page.click(buttonNamed(ruCommon.start.button));
}

/** From the summary: «Показать мой список». */
export async function confirmSummary(page: PageDriver) {
  await expectSummary(page);
  await page.click(buttonNamed(ruCommon.summary.confirm));
  await expectChecklist(page);
}

// ---------------------------------------------------------------------------------------------
// Checklist (one place to follow the checklist screen's markup)

/**
 * The checklist row of a step, found by its title (the innermost list item that holds it). For a
 * family with one child a row is one list item; with several, each child's tick is a list item of
 * its own inside the row.
 */
export const stepRow = (content: StepContent, nth?: number): Target => ({
  role: 'listitem',
  name: stepTitle(content),
  match: 'contains',
  ...(nth === undefined ? {} : { nth }),
});

/** A step's tick box: its accessible name says what it ticks («Сделано: <title>»). */
export const tickBoxOf = (content: StepContent): Target => ({
  role: 'checkbox',
  name: `${ruCommon.checklist.stepDone}: ${stepTitle(content)}`,
  within: stepRow(content),
});

/**
 * A step's disclosure while its details are closed: a button that says what it will do
 * («Показать: <title>») and exposes its state (aria-expanded).
 */
export const showControlOf = (content: StepContent): Target => ({
  role: 'disclosure',
  name: `${ruCommon.checklist.show}: ${stepTitle(content)}`,
  within: stepRow(content),
});

/** The same disclosure while the details are open («Скрыть: <title>»). */
export const hideControlOf = (content: StepContent): Target => ({
  role: 'disclosure',
  name: `${ruChecklist.view.hide}: ${stepTitle(content)}`,
  within: stepRow(content),
});

/**
 * Waits until a step's details are `open` or closed as its disclosure says, in words and in
 * aria-expanded (what assistive technology reads).
 */
export async function expectDetailsOpen(page: PageDriver, content: StepContent, open: boolean) {
  const control = open ? hideControlOf(content) : showControlOf(content);
  await waitForCount(page, control);
  expect(
    await page.run<string | null>(
      `const [el] = ${FIND_IN_PAGE_SOURCE}(args[0]); return el?.getAttribute('aria-expanded') ?? null;`,
      control,
    ),
    `aria-expanded of ${stepTitle(content)}`,
  ).toBe(String(open));
}

/** The «Что сделать сейчас» panel at the top of the checklist. */
export const nowPanel: Target = { role: 'heading', level: 2, name: ruChecklist.view.now.title };

/** Titles of the steps on the checklist, in order (one per row). */
export const stepTitles = (page: PageDriver) =>
  page.run<string[]>(
    `return [...document.querySelectorAll('li.row .row__title')].map((el) => el.textContent.trim());`,
  );

// ---------------------------------------------------------------------------------------------
// Accessibility: axe-core injected as a script (the same source @axe-core/playwright injects)

let axeSource: string | undefined;
function axeCoreSource(): string {
  axeSource ??= (createRequire(import.meta.url)('axe-core') as { source: string }).source;
  return axeSource;
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; summary: string }[];
}

/** Runs axe (WCAG 2.0/2.1 A+AA, 2.2 AA) in the page; fails naming the engine and each violation. */
export async function expectNoAxeViolations(page: PageDriver, screen: string) {
  if (!(await page.run<boolean>(`return typeof window.axe?.run === 'function';`))) {
    await page.run(`${axeCoreSource()}; return true;`);
  }
  const violations = await page.run<Violation[]>(
    `const results = await window.axe.run(document, {
       runOnly: { type: 'tag', values: args[0] }, resultTypes: ['violations'],
     });
     return results.violations.map((v) => ({
       id: v.id, impact: v.impact ?? null, help: v.help,
       nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html, summary: n.failureSummary ?? '' })),
     }));`,
    AXE_TAGS,
  );
  if (violations.length === 0) return;
  const lines = [
    `[${ENGINE_LABELS[page.engine]}] axe: ${violations.length} violation(s) on ${screen}:`,
  ];
  for (const v of violations) {
    lines.push(`• ${v.id} [${v.impact ?? 'n/a'}]: ${v.help}`);
    for (const node of v.nodes)
      lines.push(`  - ${node.target.join(' ')}  ${node.html}`, `    ${node.summary}`);
  }
  throw new Error(lines.join('\n'));
}
