// Helpers for driving the wizard as a person would, with every word taken from locales/ru (or en)
// so a copy change never breaks a test and a test never retypes Russian text.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import ruChecklist from '@locales/ru/checklist.json';
import ruCommon from '@locales/ru/common.json';
import ruQuestions from '@locales/ru/questions.json';
import { STORAGE_KEY } from '@/app/storage';
import { expectNoAxeViolations, openPage, type OpenPageOptions } from './browser';

export { ruChecklist, ruCommon, ruQuestions };

/** A phone: the smallest common Android width. */
export const PHONE = { width: 360, height: 740 };

/** How long a locator waits for the app; short, so a broken step fails with a clear message. */
const WAIT_MS = 10_000;

/** Fills i18next-style {{placeholders}}. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

type Questions = typeof ruQuestions;
export type ChoiceQuestion = {
  [K in keyof Questions]: Questions[K] extends { options: object } ? K : never;
}[keyof Questions];
export type OptionOf<Q extends ChoiceQuestion> = keyof Extract<
  Questions[Q],
  { options: object }
>['options'] &
  string;
export type StepContent = keyof typeof ruChecklist.steps;

export const questionTitle = (question: keyof Questions): string => ruQuestions[question].title;

export function optionLabel<Q extends ChoiceQuestion>(question: Q, value: OptionOf<Q>): string {
  const options: Record<string, string> = ruQuestions[question].options;
  const label = options[value];
  if (label === undefined) throw new Error(`no label for ${question}.${value}`);
  return label;
}

export const stepTitle = (content: StepContent): string => ruChecklist.steps[content].title;

/** Opens `path` in a new context sized like a phone (ru-RU, as openPage() sets). */
export async function openWizard(
  path: string,
  options: OpenPageOptions = {},
): Promise<{ page: Page; context: Awaited<ReturnType<typeof openPage>>['context'] }> {
  const opened = await openPage(path, {
    ...options,
    context: { viewport: PHONE, ...options.context },
  });
  opened.page.setDefaultTimeout(WAIT_MS);
  return opened;
}

// ---------------------------------------------------------------------------------------------
// Accessibility: every screen a journey visits is checked, each distinct screen once per file. The
// URL holds the step and every answer, so it identifies the screen; a state the URL does not show
// (an error message) is named as a variant.

const axeChecked = new Map<string, string>();
let axeSkipped = 0;

/** Runs axe on the current screen unless this very screen was already checked in this file. */
export async function checkScreen(page: Page, name: string, variant = ''): Promise<void> {
  const url = new URL(page.url());
  const key = `${url.pathname}${url.search}#${variant}`;
  if (axeChecked.has(key)) {
    axeSkipped += 1;
    return;
  }
  await expectNoAxeViolations(page);
  axeChecked.set(key, name);
}

/** The screens axe checked in this file, and how many repeat visits it did not need to check. */
export const axeReport = () => ({ checked: [...axeChecked.values()], repeats: axeSkipped });

// ---------------------------------------------------------------------------------------------
// Screens

export const heading = (page: Page, name: string): Locator =>
  page.getByRole('heading', { level: 1, name, exact: true });

/** Waits for the screen whose one <h1> is `name`. */
export async function expectScreen(page: Page, name: string): Promise<void> {
  await heading(page, name).waitFor();
  expect(await page.locator('h1').count(), `one <h1> on "${name}"`).toBe(1);
}

export const expectStartPage = (page: Page) => expectScreen(page, ruCommon.start.title);
export const expectSummary = (page: Page) => expectScreen(page, ruCommon.summary.title);
export const expectChecklist = (page: Page) => expectScreen(page, ruCommon.checklist.title);

/** Waits for a question; for a per-child question of a family with several children, its caption. */
export async function expectQuestion(
  page: Page,
  question: keyof Questions,
  caption?: string,
): Promise<void> {
  await expectScreen(page, questionTitle(question));
  if (caption !== undefined) {
    expect(await page.locator('legend').innerText()).toContain(caption);
  }
}

export const button = (page: Page | Locator, name: string): Locator =>
  page.getByRole('button', { name, exact: true });

export const radio = <Q extends ChoiceQuestion>(page: Page, question: Q, value: OptionOf<Q>) =>
  page.getByRole('radio', { name: optionLabel(question, value), exact: true });

export interface AnswerOptions {
  /** Run axe on the question before answering it (journeys do, history tests do not). */
  readonly axe?: boolean;
  readonly caption?: string;
}

/** Waits for `question`, picks the option by its label and presses «Продолжить». */
export async function answer<Q extends ChoiceQuestion>(
  page: Page,
  question: Q,
  value: OptionOf<Q>,
  options: AnswerOptions = {},
): Promise<void> {
  await expectQuestion(page, question, options.caption);
  if (options.axe) await checkScreen(page, `question ${question}`);
  await radio(page, question, value).check();
  await button(page, ruCommon.nav.continue).click();
}

/** From the start page: «Начать». */
export async function start(page: Page, options: Pick<AnswerOptions, 'axe'> = {}): Promise<void> {
  await expectStartPage(page);
  if (options.axe) await checkScreen(page, 'start');
  await page.getByRole('button', { name: ruCommon.start.button }).click();
}

/** From the summary: «Показать мой список», then waits for the checklist. */
export async function confirmSummary(page: Page): Promise<void> {
  await expectSummary(page);
  await button(page, ruCommon.summary.confirm).click();
  await expectChecklist(page);
}

/** The one-child family of journey a: no accounts anywhere, nothing done yet. */
export async function answerOneChildNoAccount(page: Page, options: AnswerOptions = {}) {
  await answer(page, 'role', 'parent', options);
  await answer(page, 'parentAccount', 'none', options);
  await answer(page, 'childCount', '1', options);
  await answer(page, 'childAge', 'under14', options);
  await answer(page, 'childAccount', 'none', options);
  await answer(page, 'childDnevnik', 'no', options);
  await answer(page, 'childSferum', 'no', options);
  await answer(page, 'childMyschool', 'no', options);
  await answer(page, 'app', 'no', options);
}

// ---------------------------------------------------------------------------------------------
// Summary

/** The summary's answer to `question` (for the family, or within a child's section). */
export async function summaryValue(page: Page, question: keyof Questions, section?: string) {
  const scope = section
    ? page.locator('section').filter({ has: page.getByRole('heading', { name: section }) })
    : page.locator('main');
  const row = scope
    .locator('.summary-list__row')
    .filter({ has: page.getByText(questionTitle(question), { exact: true }) });
  return (await row.locator('.summary-list__value').innerText()).trim();
}

/** The «Изменить» link of a question on the summary (its hidden text names the question). */
export const changeLink = (page: Page, question: keyof Questions): Locator =>
  page.getByRole('link', {
    name: `${ruCommon.nav.change} ${fill(ruCommon.nav.changeHidden, { question: questionTitle(question) })}`,
    exact: true,
  });

// ---------------------------------------------------------------------------------------------
// Checklist

export interface StepView {
  readonly title: string;
  readonly subject: string | undefined;
  readonly done: 'byAnswers' | 'ticked' | 'todo';
}

/**
 * Every step on the checklist, in order: one view per person a row is for (a step every child
 * needs is one row with a tick per child, so it gives one view per child).
 */
export async function checklistSteps(page: Page): Promise<StepView[]> {
  await page.locator('li.row').first().waitFor();
  return page.locator('li.row').evaluateAll((rows) =>
    rows.flatMap((row) => {
      const title = row.querySelector('h3')?.textContent?.trim() ?? '';
      return [...row.querySelectorAll('.tick')].map((tick) => {
        const box = tick.querySelector<HTMLInputElement>('input[type="checkbox"]');
        return {
          title,
          // A row with a tick per child names the child by its box; a row for one child of
          // several names it beside the status.
          subject:
            (
              tick.querySelector('.tick__who') ?? row.querySelector('.row__who')
            )?.textContent?.trim() ?? undefined,
          done: box ? (box.checked ? 'ticked' : 'todo') : 'byAnswers',
        } as const;
      });
    }),
  );
}

/** The row of a step titled like `content` (narrowed to the tick of `subject`, when given). */
export function stepCards(page: Page, content: StepContent, subject?: string): Locator {
  const rows = page.locator('li.row').filter({
    has: page.getByRole('heading', { level: 3, name: stepTitle(content), exact: true }),
  });
  return subject === undefined
    ? rows
    : rows.locator('.tick').filter({ has: page.locator('.tick__who', { hasText: subject }) });
}

/** The «Сделано» tick box of a step (of one child's tick, with stepCards(…, subject)). */
export const tickBox = (card: Locator): Locator => card.getByRole('checkbox');

/** The disclosure of a step's details: «Показать» when closed, «Скрыть» when open. */
export const disclosure = (card: Locator): Locator => card.locator('button.row__toggle');

/** Asserts the steps appear, in this order, each exactly once and still to do. */
export function expectTodoInOrder(steps: readonly StepView[], contents: readonly StepContent[]) {
  const titles = steps.map((s) => s.title);
  const indices = contents.map((content) => {
    const matching = steps.filter((s) => s.title === stepTitle(content));
    expect(matching, `${content} appears once`).toHaveLength(1);
    expect(matching[0]?.done, `${content} is still to do`).toBe('todo');
    return titles.indexOf(stepTitle(content));
  });
  expect(indices, `order of ${contents.join(', ')}`).toEqual([...indices].sort((a, b) => a - b));
}

/** Asserts no step of the checklist has a title of these step contents. */
export function expectNoSteps(steps: readonly StepView[], contents: readonly StepContent[]) {
  const titles = new Set(steps.map((s) => s.title));
  expect(contents.filter((content) => titles.has(stepTitle(content)))).toEqual([]);
}

export const contentsStartingWith = (prefix: string): StepContent[] =>
  (Object.keys(ruChecklist.steps) as StepContent[]).filter((id) => id.startsWith(prefix));

// ---------------------------------------------------------------------------------------------
// URLs, storage, screenshots

/** Query parameters of a URL (or search string), sorted, for order-free comparison. */
export function paramsOf(url: string): [string, string][] {
  const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  return [...new URLSearchParams(search)].sort(([a], [b]) => a.localeCompare(b));
}

/** What the app keeps in localStorage, parsed (null when nothing is stored). */
export async function storedState(
  page: Page,
): Promise<{ lang?: string; ticks?: Record<string, string[]>; last?: string } | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  return raw === null ? null : (JSON.parse(raw) as { ticks?: Record<string, string[]> });
}

const screenshotDir = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));

/** A full-page screenshot into test-results/screenshots/ (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
}
