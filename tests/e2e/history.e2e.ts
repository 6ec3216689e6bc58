// Every step has a URL: the browser's back and forward, reloads, shared links, tampered links,
// ticks kept on the device, «Начать заново» and the language parameter.
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import enCommon from '@locales/en/common.json';
import enQuestions from '@locales/en/questions.json';
import { encodeLink, type Answers } from '@machines/index';
import { ONE_CHILD_NO_ACCOUNTS as ONE_CHILD } from '../support/families';
import { baseUrl, expectCleanPage } from './support/browser';
import {
  answer,
  answerOneChildNoAccount,
  button,
  changeLink,
  checklistSteps,
  confirmSummary,
  expectChecklist,
  expectQuestion,
  expectScreen,
  expectStartPage,
  expectSummary,
  fill,
  heading,
  openWizard,
  optionLabel,
  paramsOf,
  questionTitle,
  radio,
  ruCommon,
  start,
  stepCards,
  storedState,
  summaryValue,
  tickBox,
} from './support/wizard';

/** A step's URL, as the app writes it (every step has one). */
const stepPath = (answers: Answers, step: 'summary' | 'checklist') =>
  `/?${encodeLink({ answers, step: { step } })}`;
const checklistPath = (answers: Answers) => stepPath(answers, 'checklist');

/** The in-page back link of the current screen («Назад», or «Изменить ответы» on the checklist). */
const backLink = (page: Page) => page.locator('a.back-link');

/** The summary as the family reads it: question and answer, row by row. */
async function summaryRows(page: Page): Promise<string[]> {
  await expectSummary(page);
  return page.locator('.summary-list__row').evaluateAll((rows) =>
    rows.map((row) => {
      const key = row.querySelector('dt')?.textContent?.trim();
      const value = row.querySelector('.summary-list__value')?.textContent?.trim();
      return `${key} = ${value}`;
    }),
  );
}

/** «Сделано N из M» on the checklist (the words of every plural form, from the locale). */
const doneText = (count: number, total: number) =>
  fill(ruCommon.checklist.doneCount_many, { count, total });
async function doneCount(page: Page): Promise<{ done: number; total: number }> {
  const pattern = new RegExp(
    `^${ruCommon.checklist.doneCount_many
      .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      .replace(/\{\{\w+\}\}/g, '(\\d+)')}$`,
  );
  const text = await page.getByRole('status').filter({ hasText: pattern }).innerText();
  const [, done, total] = pattern.exec(text.trim()) ?? [];
  return { done: Number(done), total: Number(total) };
}

const checkedRadios = (page: Page) => page.getByRole('radio', { checked: true });

describe('history, reloads and links', { timeout: 60_000 }, () => {
  it('the browser’s back and forward walk the same steps as the in-page back link', async ({
    expect,
  }) => {
    const { page } = await openWizard('/');
    await start(page);
    await answerOneChildNoAccount(page);
    await confirmSummary(page);
    // Journey a's screens, in order.
    const titles = [
      ...(
        [
          'role',
          'parentAccount',
          'childCount',
          'childAge',
          'childAccount',
          'childDnevnik',
          'childSferum',
          'childMyschool',
          'app',
        ] as const
      ).map(questionTitle),
      ruCommon.summary.title,
      ruCommon.checklist.title,
    ];
    const full = paramsOf(page.url()).filter(([key]) => key !== 's');

    // Back, screen by screen: the browser lands exactly where the in-page link points.
    for (let i = titles.length - 1; i > 0; i -= 1) {
      const href = await backLink(page).getAttribute('href');
      expect(href, `back link on "${titles[i]}"`).toBeTruthy();
      await page.goBack();
      await expectScreen(page, titles[i - 1] ?? '');
      await expect
        .poll(() => paramsOf(page.url()), { message: `URL after back from "${titles[i]}"` })
        .toEqual(paramsOf(href ?? ''));
    }
    // Before the first question: the start page.
    await page.goBack();
    await expectStartPage(page);

    // Forward again to the checklist: every answer is still there at each step.
    for (const title of titles) {
      await page.goForward();
      await expectScreen(page, title);
      await expect
        .poll(() => paramsOf(page.url()).filter(([key]) => key !== 's'), { message: title })
        .toEqual(full);
    }
    await expectChecklist(page);

    // The in-page links go the same way: checklist → summary → the last question.
    await backLink(page).click();
    await expectSummary(page);
    await backLink(page).click();
    await expectQuestion(page, 'app');
    expect(await radio(page, 'app', 'no').isChecked()).toBe(true);
    await expectCleanPage(page);
  });

  it('back from the summary after a change keeps every answer, the changed one included', async ({
    expect,
  }) => {
    const { page } = await openWizard(stepPath(ONE_CHILD, 'summary'));
    const before = await summaryRows(page);

    await changeLink(page, 'childSferum').click();
    await expectQuestion(page, 'childSferum');
    expect(await radio(page, 'childSferum', 'no').isChecked()).toBe(true);
    await answer(page, 'childSferum', 'yes');
    await expectSummary(page);
    const changed = await summaryRows(page);
    expect(await summaryValue(page, 'childSferum')).toBe(optionLabel('childSferum', 'yes'));
    // Only that row changed.
    expect(changed.filter((row, i) => row !== before[i])).toHaveLength(1);

    // Browser back: the question again, with the new answer chosen.
    await page.goBack();
    await expectQuestion(page, 'childSferum');
    expect(await radio(page, 'childSferum', 'yes').isChecked()).toBe(true);
    // Forward: the same summary, nothing lost.
    await page.goForward();
    expect(await summaryRows(page)).toEqual(changed);
    // Back past the change to the summary before it: it shows the newest answers too.
    await page.goBack();
    await expectQuestion(page, 'childSferum');
    await page.goBack();
    expect(await summaryRows(page)).toEqual(changed);
    await page.goForward();
    await page.goForward();
    expect(await summaryRows(page)).toEqual(changed);
    await confirmSummary(page);
    await expectCleanPage(page);
  });

  it('a reload on a middle question keeps that question, its answer and the others', async ({
    expect,
  }) => {
    const { page } = await openWizard(stepPath(ONE_CHILD, 'summary'));
    const rows = await summaryRows(page);

    // Back with the in-page link to the child's account question.
    for (const question of [
      'app',
      'childMyschool',
      'childSferum',
      'childDnevnik',
      'childAccount',
    ] as const) {
      await backLink(page).click();
      await expectQuestion(page, question);
    }
    const url = page.url();
    await page.reload();
    await expectQuestion(page, 'childAccount');
    await expect.poll(() => page.url(), { message: 'URL after the reload' }).toBe(url);
    expect(await radio(page, 'childAccount', 'none').isChecked()).toBe(true);
    expect(await checkedRadios(page).count()).toBe(1);

    // «Продолжить» through the rest: every later answer is still chosen.
    for (const question of [
      'childAccount',
      'childDnevnik',
      'childSferum',
      'childMyschool',
      'app',
    ] as const) {
      await expectQuestion(page, question);
      expect(await checkedRadios(page).count(), `${question} still answered`).toBe(1);
      await button(page, ruCommon.nav.continue).click();
    }
    expect(await summaryRows(page)).toEqual(rows);
    await expectCleanPage(page);
  });

  it('a reload on the checklist shows the same checklist, and its link does in a fresh browser', async ({
    expect,
  }) => {
    const { page } = await openWizard('/');
    await start(page);
    await answerOneChildNoAccount(page);
    await confirmSummary(page);
    const steps = await checklistSteps(page);
    expect(steps.length).toBeGreaterThan(5);

    await page.reload();
    await expectChecklist(page);
    expect(await checklistSteps(page)).toEqual(steps);

    // Shared: the checklist's own URL, opened where nothing is stored.
    const shared = new URL(page.url());
    expect(shared.search).not.toBe('');
    const other = (await openWizard(`${shared.pathname}${shared.search}`)).page;
    await expectChecklist(other);
    expect(await checklistSteps(other)).toEqual(steps);
    // Nothing came with it but the link: no ticks; the device now remembers only this checklist
    // for «Продолжить мой список».
    expect(await storedState(other)).toEqual({ v: 1, ticks: {}, last: shared.search.slice(1) });
    await expectCleanPage(page);
    await expectCleanPage(other);
  });

  it('a tampered link says so and still asks a working question', async ({ expect }) => {
    const { page } = await openWizard('/?r=p&pa=zzz&s=pa');
    await page.getByText(ruCommon.notice.badLink, { exact: true }).waitFor();
    await expectQuestion(page, 'parentAccount');
    expect(await checkedRadios(page).count()).toBe(0);
    await answer(page, 'parentAccount', 'confirmed');
    await expectQuestion(page, 'childCount');
    await backLink(page).click();
    await expectQuestion(page, 'parentAccount');
    expect(await radio(page, 'parentAccount', 'confirmed').isChecked()).toBe(true);
    await expectCleanPage(page);
  });

  it('ticked steps survive a reload', async ({ expect }) => {
    const { page } = await openWizard(checklistPath(ONE_CHILD));
    await expectChecklist(page);
    const before = await doneCount(page);
    const card = stepCards(page, 'childCreateAccount');
    expect(await tickBox(card).isChecked()).toBe(false);
    await tickBox(card).check();
    await page.getByText(doneText(before.done + 1, before.total), { exact: true }).waitFor();

    await page.reload();
    await expectChecklist(page);
    expect(await tickBox(stepCards(page, 'childCreateAccount')).isChecked()).toBe(true);
    expect(await doneCount(page)).toEqual({ done: before.done + 1, total: before.total });
    const ticked = (await checklistSteps(page)).filter((s) => s.done === 'ticked');
    expect(ticked).toHaveLength(1);
    await expectCleanPage(page);
  });

  it('«Начать заново» asks first, then forgets the answers and the ticks', async ({ expect }) => {
    const { page } = await openWizard(checklistPath(ONE_CHILD));
    await expectChecklist(page);
    await tickBox(stepCards(page, 'childCreateAccount')).check();
    const stored = await storedState(page);
    expect(Object.values(stored?.ticks ?? {}).flat()).toHaveLength(1);

    // Asked, and «Отмена» keeps everything.
    await button(page, ruCommon.nav.startAgain).click();
    await page.getByText(ruCommon.nav.confirmStartAgain, { exact: true }).waitFor();
    await button(page, ruCommon.nav.cancel).click();
    await page.getByText(ruCommon.nav.confirmStartAgain).waitFor({ state: 'detached' });
    await expectChecklist(page);
    expect(await storedState(page)).toEqual(stored);

    await button(page, ruCommon.nav.startAgain).click();
    await button(page, ruCommon.nav.startAgainYes).click();
    await expectStartPage(page);
    expect(new URL(page.url()).search).toBe('');
    expect(Object.values((await storedState(page))?.ticks ?? {}).flat()).toEqual([]);
    // No answers left: no banner for a parent of an under-14, and «Начать» asks the first question.
    expect(await page.getByText(ruCommon.start.forAudience.parentsUnder14).count()).toBe(0);
    await start(page);
    await expectQuestion(page, 'role');
    expect(await checkedRadios(page).count()).toBe(0);

    // A reload of the same checklist link now shows it unticked.
    await page.goto(new URL(checklistPath(ONE_CHILD), baseUrl).href);
    await expectChecklist(page);
    expect(await tickBox(stepCards(page, 'childCreateAccount')).isChecked()).toBe(false);
    await expectCleanPage(page);
  });

  it('?lang=en shows English and is remembered on the bare URL', async ({ expect }) => {
    const { page } = await openWizard('/?lang=en');
    await expectScreen(page, enCommon.start.title);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // The English start page is shown before the app runs (the inline loader swaps it in); the
    // choice is saved once the app has started.
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });

    await page.goto(baseUrl);
    await expectScreen(page, enCommon.start.title);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect((await storedState(page))?.lang).toBe('en');
    // The questions load in English too.
    await page.getByRole('button', { name: enCommon.start.button, exact: true }).click();
    await heading(page, enQuestions.role.title).waitFor();
    await expectCleanPage(page);
  });

  it('an unknown ?lang=de says so and shows Russian', async ({ expect }) => {
    const { page } = await openWizard('/?lang=de');
    await page.getByText(ruCommon.notice.badLang, { exact: true }).waitFor();
    await expectStartPage(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await start(page);
    await expectScreen(page, questionTitle('role'));
    await expectCleanPage(page);
  });
});
