// Whole journeys from the start page on a phone (360×740, ru-RU), clicked (or typed) as a person
// would: every screen is checked with axe, the checklist's key steps are asserted by their titles
// from locales/ru/checklist.json, and each journey ends with a clean page (own origin only, no
// console errors, no CSP violations). Screenshots go to test-results/screenshots/.
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import ruLegal from '@locales/ru/legal.json';
import ruTeacher from '@locales/ru/teacher.json';
import { school } from '@/school';
import { expectCleanPage } from './support/browser';
import {
  answer,
  answerOneChildNoAccount,
  axeReport,
  button,
  checklistSteps,
  checkScreen,
  confirmSummary,
  contentsStartingWith,
  disclosure,
  expectChecklist,
  expectNoSteps,
  expectQuestion,
  expectScreen,
  expectStartPage,
  expectSummary,
  expectTodoInOrder,
  fill,
  heading,
  openWizard,
  optionLabel,
  radio,
  ruCommon,
  ruQuestions,
  questionTitle,
  screenshot,
  start,
  stepCards,
  stepTitle,
  summaryValue,
  tickBox,
  type ChoiceQuestion,
  type OptionOf,
} from './support/wizard';

const label = ruCommon.children.label;
const axe = { axe: true } as const;

afterAll(() => {
  const { checked, repeats } = axeReport();
  console.log(`[e2e] journeys: axe checked ${checked.length} screens (${repeats} repeat visits)`);
});

/** The link a result page hands over (the teacher's, or the one a young student sends a parent). */
async function handedOverLink(page: Page): Promise<string> {
  const href = await page.locator('.link-box a').getAttribute('href');
  if (!href) throw new Error('no link on the result page');
  return href;
}

/** The INN inside a step card, once the card's details are open. */
const innIn = (card: Locator) => card.getByText(school.inn, { exact: true });

// A journey takes 5–20 s on an idle machine; the margin is for a busy CI runner.
describe('journeys on a phone', { timeout: 90_000 }, () => {
  it('a: a parent of one child under 14 without an account gets "create the child’s account"', async ({
    expect,
  }) => {
    const { page } = await openWizard('/');
    await expectStartPage(page);
    await checkScreen(page, 'start');
    await screenshot(page, 'start');

    // The legal page, once, and back.
    await page.getByRole('link', { name: ruCommon.start.legalLink, exact: true }).click();
    await expectScreen(page, ruLegal.title);
    await checkScreen(page, 'legal');
    await page.getByRole('link', { name: ruLegal.back, exact: true }).click();

    await start(page);
    await expectQuestion(page, 'role');
    await screenshot(page, 'question-role');
    await answerOneChildNoAccount(page, axe);

    await expectSummary(page);
    await checkScreen(page, 'summary');
    expect(await summaryValue(page, 'childAccount', label.under14['1'])).toBe(
      optionLabel('childAccount', 'none'),
    );

    await confirmSummary(page);
    await checkScreen(page, 'checklist');
    await screenshot(page, 'checklist-one-child');

    const steps = await checklistSteps(page);
    expectTodoInOrder(steps, [
      'parentCreateAccount',
      'parentConfirmAccount',
      'childCreateAccount',
      'myschoolAddChild',
    ]);
    expectNoSteps(steps, contentsStartingWith('teen'));
    expectNoSteps(steps, ['childLinkAccount', 'childFindAccount', 'parentFindAccount']);
    // One child: no step needs to say which child it is about.
    expect(steps.filter((s) => s.subject !== undefined)).toEqual([]);

    // «Моя школа»: the school's INN is in the step's details, closed until «Показать»; ticking the
    // step folds them, «Показать» opens them again.
    const addChild = stepCards(page, 'myschoolAddChild');
    expect(await innIn(addChild).isVisible()).toBe(false);
    await disclosure(addChild).click();
    await innIn(addChild).waitFor({ state: 'visible' });
    expect(await disclosure(addChild).getAttribute('aria-expanded')).toBe('true');
    await tickBox(addChild).check();
    await innIn(addChild).waitFor({ state: 'hidden' });
    await disclosure(addChild).click();
    await innIn(addChild).waitFor({ state: 'visible' });
    expect(await button(addChild, ruCommon.checklist.copyInn).isVisible()).toBe(true);

    await expectCleanPage(page);
  });

  it('b: a parent of two children gets steps per child and family steps once', async ({
    expect,
  }) => {
    const { page } = await openWizard('/');
    await start(page, axe);
    await answer(page, 'role', 'parent', axe);
    await answer(page, 'parentAccount', 'unconfirmed', axe);
    await answer(page, 'childCount', '2', axe);
    const first = { axe: true, caption: ruCommon.children.caption['1'] };
    await answer(page, 'childAge', 'under14', first);
    await answer(page, 'childAccount', 'unlinked', first);
    await answer(page, 'childDnevnik', 'own', first);
    await answer(page, 'childSferum', 'no', first);
    await answer(page, 'childMyschool', 'no', first);
    const second = { axe: true, caption: ruCommon.children.caption['2'] };
    await answer(page, 'childAge', 'over14', second);
    await answer(page, 'teenAccount', 'unconfirmed', second);
    await answer(page, 'childDnevnik', 'no', second);
    await answer(page, 'childSferum', 'no', second);
    await answer(page, 'childMyschool', 'no', second);
    await answer(page, 'app', 'no', axe);

    await expectSummary(page);
    await checkScreen(page, 'summary, two children');
    await screenshot(page, 'summary-two-children');
    expect(await summaryValue(page, 'childAccount', label.under14['1'])).toBe(
      optionLabel('childAccount', 'unlinked'),
    );
    expect(await summaryValue(page, 'teenAccount', label.over14['2'])).toBe(
      optionLabel('teenAccount', 'unconfirmed'),
    );

    await confirmSummary(page);
    await checkScreen(page, 'checklist, two children');

    const steps = await checklistSteps(page);
    const only = (content: Parameters<typeof stepTitle>[0]) =>
      steps.filter((s) => s.title === stepTitle(content));

    expect(only('childLinkAccount')).toEqual([
      {
        title: stepTitle('childLinkAccount'),
        subject: ruCommon.children.caption['1'],
        done: 'todo',
      },
    ]);
    expect(only('teenConfirmAccount')).toEqual([
      {
        title: stepTitle('teenConfirmAccount'),
        subject: ruCommon.children.caption['2'],
        done: 'todo',
      },
    ]);
    // The teenager already has an account, the parent too: done by the answers.
    expect(only('teenCreateAccount')).toEqual([
      {
        title: stepTitle('teenCreateAccount'),
        subject: ruCommon.children.caption['2'],
        done: 'byAnswers',
      },
    ]);
    expect(only('parentCreateAccount')).toEqual([
      { title: stepTitle('parentCreateAccount'), subject: undefined, done: 'byAnswers' },
    ]);
    // Family steps once, with no child's label.
    for (const family of [
      'parentConfirmAccount',
      'dnevnikParentSignIn',
      'sferumSchoolChannel',
      'myschoolParentSignIn',
    ] as const) {
      expect(only(family), family).toHaveLength(1);
      expect(only(family)[0]?.subject, family).toBeUndefined();
    }
    expectTodoInOrder(steps, ['parentConfirmAccount', 'childLinkAccount', 'teenConfirmAccount']);
    expectNoSteps(steps, ['childCreateAccount', 'childFindAccount']);
    // Per-child steps say whose they are (the row's short name of the child: the age is in the answers).
    expect(only('sferumJoin').map((s) => s.subject)).toEqual([
      ruCommon.children.caption['1'],
      ruCommon.children.caption['2'],
    ]);

    await expectCleanPage(page);
  });

  it('c: a student of 15 confirming at the MFC gets their own steps', async ({ expect }) => {
    const { page } = await openWizard('/');
    await start(page, axe);
    await answer(page, 'role', 'student', axe);
    await answer(page, 'studentAge', 'over14', axe);
    await answer(page, 'studentAccount', 'none', axe);
    await expectQuestion(page, 'confirmMethod');
    await screenshot(page, 'question-confirm-method');
    await answer(page, 'confirmMethod', 'mfc', axe);
    await answer(page, 'studentDnevnik', 'no', axe);
    await answer(page, 'studentSferum', 'no', axe);
    await answer(page, 'studentMyschool', 'no', axe);
    await answer(page, 'studentApp', 'yes', axe);

    await expectSummary(page);
    await checkScreen(page, 'summary, student');
    expect(await summaryValue(page, 'confirmMethod')).toBe(optionLabel('confirmMethod', 'mfc'));

    await confirmSummary(page);
    await checkScreen(page, 'checklist, student');

    const steps = await checklistSteps(page);
    expectTodoInOrder(steps, ['selfCreateAccount', 'selfFillDocuments', 'selfConfirmMfc']);
    expectTodoInOrder(steps, ['selfMyschoolWait', 'selfAppRequirements', 'selfAppFeedback']);
    expectNoSteps(steps, [
      ...contentsStartingWith('child'),
      ...contentsStartingWith('teen'),
      ...contentsStartingWith('parent'),
      'selfConfirmAccount',
      'selfConfirmBank',
      'selfConfirmPost',
      'selfConfirmSignature',
      ...contentsStartingWith('app'),
    ]);
    expect(steps.filter((s) => s.subject !== undefined)).toEqual([]);

    await expectCleanPage(page);
  });

  it('d: a student of 12 is sent to a parent, and the link starts the parent’s questions', async ({
    expect,
  }) => {
    const { page } = await openWizard('/');
    await start(page, axe);
    await answer(page, 'role', 'student', axe);
    await answer(page, 'studentAge', 'under14', axe);

    await expectScreen(page, ruCommon.under14.title);
    await checkScreen(page, 'outcome: ask a parent');
    await screenshot(page, 'outcome-ask-parent');
    await page.getByRole('heading', { level: 2, name: stepTitle('askParent') }).waitFor();
    const link = await handedOverLink(page);
    expect(await page.locator('.link-box a').innerText()).toBe(link);
    await expectCleanPage(page);

    // The parent opens it on their own phone.
    const parent = (await openWizard(link)).page;
    await expectStartPage(parent);
    await parent
      .getByText(ruCommon.start.forAudience.parentsUnder14, { exact: true })
      .waitFor({ state: 'visible' });
    await checkScreen(parent, 'start from a student’s link');
    await start(parent);
    // Role, child count and age come with the link: the first open question is the parent's account.
    await expectQuestion(parent, 'parentAccount');
    await checkScreen(parent, 'first open question from a student’s link');
    expect(await parent.getByRole('radio', { checked: true }).count()).toBe(0);
    await expectCleanPage(parent);
  });

  it('e: a teacher builds a class link; a wrong class label is refused first', async ({
    expect,
  }) => {
    const { page } = await openWizard('/');
    await start(page, axe);
    await answer(page, 'role', 'teacher', axe);
    await answer(page, 'audience', 'under14', axe);

    await expectQuestion(page, 'classLabel');
    await checkScreen(page, 'question classLabel');
    const input = page.getByRole('textbox', { name: questionTitle('classLabel'), exact: true });
    await input.fill('7Б<script>');
    await button(page, ruCommon.nav.continue).click();

    // GOV.UK error pattern: a summary that takes focus, the message at the field, "Ошибка:" in the title.
    const summary = page.getByRole('alert');
    await summary.getByText(ruCommon.errors.summaryTitle, { exact: true }).waitFor();
    const message = ruQuestions.classLabel.errorCharacters;
    expect(await summary.getByRole('link', { name: message, exact: true }).count()).toBe(1);
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.title()).toBe(
      fill(ruCommon.errors.titlePrefix, {
        title: `${questionTitle('classLabel')} — ${ruCommon.app.name}`,
      }),
    );
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await checkScreen(page, 'error: class label', 'error');
    await screenshot(page, 'error-class-label');
    // The summary's link takes the family to the field.
    await summary.getByRole('link', { name: message, exact: true }).click();
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);

    await input.fill('7Б');
    await button(page, ruCommon.nav.continue).click();
    await expectScreen(page, ruTeacher.result.title);
    await checkScreen(page, 'outcome: teacher link');
    await screenshot(page, 'outcome-teacher-link');
    const link = await handedOverLink(page);
    expect(await page.locator('.message-box').innerText()).toBe(
      fill(ruTeacher.message.under14WithClass, { classLabel: '7Б', link }),
    );
    await expectCleanPage(page);

    // A family opens the link in a fresh browser.
    const family = (await openWizard(link)).page;
    await expectStartPage(family);
    await family
      .getByText(fill(ruCommon.start.forClass.parentsUnder14, { classLabel: '7Б' }), {
        exact: true,
      })
      .waitFor({ state: 'visible' });
    await checkScreen(family, 'start from a class link');
    await screenshot(family, 'start-class-link');
    await start(family);
    await expectQuestion(family, 'parentAccount');
    await checkScreen(family, 'first open question from a class link');
    // The link's answers stay visible and changeable: one child, under 14, already chosen.
    await answer(family, 'parentAccount', 'confirmed');
    await expectQuestion(family, 'childCount');
    expect(await radio(family, 'childCount', '1').isChecked()).toBe(true);
    await button(family, ruCommon.nav.continue).click();
    await expectQuestion(family, 'childAge');
    expect(await radio(family, 'childAge', 'under14').isChecked()).toBe(true);
    await expectCleanPage(family);
  });

  it('f: journey a with the keyboard alone', async ({ expect }) => {
    const { page } = await openWizard('/');
    await expectStartPage(page);
    await checkScreen(page, 'start (keyboard)');
    await tabTo(page, button(page, ruCommon.start.button));
    await page.keyboard.press('Enter');

    await answerByKeyboard(page, 'role', 'parent');
    await answerByKeyboard(page, 'parentAccount', 'none');

    // Down to «2», on to «Продолжить», Shift+Tab back into the group, and up to «1».
    await expectQuestion(page, 'childCount');
    await checkScreen(page, 'question childCount (keyboard)');
    await tabTo(page, page.getByRole('radio').first());
    await page.keyboard.press('ArrowDown');
    expect(await radio(page, 'childCount', '2').isChecked()).toBe(true);
    await tabTo(page, button(page, ruCommon.nav.continue));
    await page.keyboard.press('Shift+Tab');
    expect(await isFocused(radio(page, 'childCount', '2'))).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await radio(page, 'childCount', '1').isChecked()).toBe(true);
    await tabTo(page, button(page, ruCommon.nav.continue));
    await page.keyboard.press('Enter');

    await answerByKeyboard(page, 'childAge', 'under14');
    // «Назад» is a link: Enter on it, the answer is still there, and on again.
    await expectQuestion(page, 'childAccount');
    await tabTo(
      page,
      page.getByRole('link', { name: ruCommon.nav.back, exact: true }),
      'Shift+Tab',
    );
    await page.keyboard.press('Enter');
    await expectQuestion(page, 'childAge');
    expect(await radio(page, 'childAge', 'under14').isChecked()).toBe(true);
    await tabTo(page, button(page, ruCommon.nav.continue));
    await page.keyboard.press('Enter');

    await answerByKeyboard(page, 'childAccount', 'none');
    await answerByKeyboard(page, 'childDnevnik', 'no');
    await answerByKeyboard(page, 'childSferum', 'no');
    await answerByKeyboard(page, 'childMyschool', 'no');
    await answerByKeyboard(page, 'app', 'no');

    await expectSummary(page);
    await checkScreen(page, 'summary (keyboard)');
    await tabTo(page, button(page, ruCommon.summary.confirm));
    await page.keyboard.press('Enter');

    await expectChecklist(page);
    await checkScreen(page, 'checklist (keyboard)');
    const steps = await checklistSteps(page);
    expectTodoInOrder(steps, ['parentConfirmAccount', 'childCreateAccount', 'myschoolAddChild']);
    expectNoSteps(steps, contentsStartingWith('teen'));

    // Open «Моя школа: добавьте ребёнка» with Enter, tick it with Space (which folds it), then
    // open its details again with Enter.
    const addChild = stepCards(page, 'myschoolAddChild');
    await tabTo(page, disclosure(addChild));
    await page.keyboard.press('Enter');
    await innIn(addChild).waitFor({ state: 'visible' });
    await tabTo(page, tickBox(addChild), 'Shift+Tab');
    await page.keyboard.press('Space');
    expect(await tickBox(addChild).isChecked()).toBe(true);
    await innIn(addChild).waitFor({ state: 'hidden' });
    await tabTo(page, disclosure(addChild));
    await page.keyboard.press('Enter');
    await innIn(addChild).waitFor({ state: 'visible' });

    await expectCleanPage(page);
  });
});

// ---------------------------------------------------------------------------------------------
// Keyboard

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  await target.waitFor({ state: 'attached' });
  for (let presses = 0; presses < 150; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

/** Tab into the radio group, arrow (or Space) to the option, Tab to «Продолжить», Enter. */
async function answerByKeyboard<Q extends ChoiceQuestion>(
  page: Page,
  question: Q,
  value: OptionOf<Q>,
): Promise<void> {
  await expectQuestion(page, question);
  await checkScreen(page, `question ${question} (keyboard)`);
  // After each step focus is on the new page's heading (GOV.UK pattern).
  expect(await isFocused(heading(page, questionTitle(question)))).toBe(true);
  const target = radio(page, question, value);
  await tabTo(page, page.getByRole('radio').first());
  if (await isFocused(target)) await page.keyboard.press('Space');
  for (let moves = 0; moves < 8 && !(await isFocused(target)); moves += 1) {
    await page.keyboard.press('ArrowDown');
  }
  expect(await target.isChecked(), `${question}: ${value} chosen by keyboard`).toBe(true);
  await tabTo(page, button(page, ruCommon.nav.continue));
  await page.keyboard.press('Enter');
}
