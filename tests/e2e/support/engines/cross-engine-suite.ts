// The tests every engine families use must pass: Chromium (Android phones), WebKit (every iPhone
// browser) and Firefox (home computers). One definition, run by tests/e2e/engines/<engine>.e2e.ts
// (one file per engine, so Vitest runs engines in parallel workers and every failure's path and
// title name the engine). Everything goes through the engine-neutral PageDriver.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ruTeacher from '@locales/ru/teacher.json';
import { school } from '@/school';
import {
  ONE_CHILD_NO_ACCOUNTS as ONE_CHILD,
  savedChecklistPath as checklistPath,
} from '../../../support/families';
import { fill, questionTitle, ruCommon, stepTitle } from '../wizard';
import { launchEngine } from './launch';
import type { Engine, EngineName, PageDriver } from './page-driver';
import { runOfflineTest } from './offline-test';
import {
  answer,
  buttonNamed,
  confirmSummary,
  count,
  expectChecklist,
  expectNoAxeViolations,
  expectScreen,
  expectStartPage,
  expectSummary,
  h1,
  isChecked,
  linkNamed,
  radioFor,
  expectDetailsOpen,
  hideControlOf,
  nowPanel,
  showControlOf,
  start,
  stepRow,
  stepTitles,
  textOf,
  tickBoxOf,
  waitForCount,
  waitUntil,
} from './wizard-steps';

const screenshotDir = fileURLToPath(
  new URL('../../../../test-results/screenshots/', import.meta.url),
);

export function crossEngineSuite(name: EngineName): void {
  let engine: Engine;
  const opened: PageDriver[] = [];
  const started = Date.now();

  beforeAll(async () => {
    engine = await launchEngine(name);
  });
  afterAll(async () => {
    await Promise.allSettled(opened.map((page) => page.close()));
    await engine?.close();
    console.log(
      `[e2e] ${engine?.label ?? name}: cross-engine file took ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  });

  async function open(path: string): Promise<PageDriver> {
    const page = await engine.openPage(path);
    opened.push(page);
    return page;
  }
  async function screenshot(page: PageDriver, what: string) {
    mkdirSync(screenshotDir, { recursive: true });
    writeFileSync(`${screenshotDir}${name}-${what}.png`, await page.screenshot());
  }

  /** Answers journey a's questions by clicks, from the start page to the summary. */
  async function answerOneChild(page: PageDriver, axe = false) {
    await answer(page, 'role', 'parent', { axe });
    await answer(page, 'parentAccount', 'none');
    await answer(page, 'childCount', '1');
    await answer(page, 'childAge', 'under14');
    await answer(page, 'childAccount', 'none');
    await answer(page, 'childDnevnik', 'no');
    await answer(page, 'childSferum', 'no');
    await answer(page, 'childMyschool', 'no');
    await answer(page, 'app', 'no');
  }

  // A journey takes a few seconds on an idle machine; the margin is for a busy CI runner.
  describe(`${name}: family journeys by clicks`, { timeout: 90_000 }, () => {
    it('a parent of one child under 14 gets their checklist; axe on the start page, a question, the summary and the checklist', async () => {
      const page = await open('/');
      await expectStartPage(page);
      await expectNoAxeViolations(page, 'the start page');
      await screenshot(page, 'start');
      await start(page);
      await answerOneChild(page, true);
      await expectSummary(page);
      await expectNoAxeViolations(page, 'the summary');
      await screenshot(page, 'summary');
      await confirmSummary(page);
      await expectNoAxeViolations(page, 'the checklist');
      await screenshot(page, 'checklist');
      const titles = await stepTitles(page);
      for (const step of [
        'parentCreateAccount',
        'childCreateAccount',
        'myschoolAddChild',
      ] as const) {
        expect(titles, step).toContain(stepTitle(step));
      }
      expect(titles).not.toContain(stepTitle('teenCreateAccount'));
      // What to do now heads the list.
      await waitForCount(page, nowPanel);
      // The school's INN is in «Моя школа: добавьте ребёнка», still to do: its details closed
      // until «Показать: …», which opens them and then reads «Скрыть: …».
      const inn = textOf(school.inn, stepRow('myschoolAddChild'));
      await expectDetailsOpen(page, 'myschoolAddChild', false);
      await waitForCount(page, inn, 0);
      await page.click(showControlOf('myschoolAddChild'));
      await expectDetailsOpen(page, 'myschoolAddChild', true);
      await waitForCount(page, inn);
      await expectNoAxeViolations(page, 'the checklist with a step open');
    });

    it('a student of 15 gets their own steps', async () => {
      const page = await open('/');
      await start(page);
      await answer(page, 'role', 'student');
      await answer(page, 'studentAge', 'over14');
      await answer(page, 'studentAccount', 'none');
      await answer(page, 'confirmMethod', 'mfc');
      await answer(page, 'studentDnevnik', 'no');
      await answer(page, 'studentSferum', 'no');
      await answer(page, 'studentMyschool', 'no');
      await answer(page, 'studentApp', 'no');
      await confirmSummary(page);
      const titles = await stepTitles(page);
      expect(titles).toContain(stepTitle('selfCreateAccount'));
      expect(titles).toContain(stepTitle('selfConfirmMfc'));
      expect(titles).not.toContain(stepTitle('childCreateAccount'));
    });

    it('a student of 12 is sent to a parent with a link', async () => {
      const page = await open('/');
      await start(page);
      await answer(page, 'role', 'student');
      await answer(page, 'studentAge', 'under14');
      await expectScreen(page, ruCommon.under14.title);
      await waitForCount(page, { role: 'heading', level: 2, name: stepTitle('askParent') });
    });

    it('a teacher builds a class link, and the link pre-fills a family’s questions', async () => {
      const page = await open('/');
      await start(page);
      await answer(page, 'role', 'teacher');
      await answer(page, 'audience', 'under14');
      await expectScreen(page, questionTitle('classLabel'));
      await page.type({ role: 'textbox', name: questionTitle('classLabel') }, '7Б');
      await page.click(buttonNamed(ruCommon.nav.continue));
      await expectScreen(page, ruTeacher.result.title);
      const link = await page.run<string>(
        `return document.querySelector('.link-box a')?.href ?? '';`,
      );
      expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?/);

      const family = await open(link);
      await expectStartPage(family);
      await waitForCount(
        family,
        textOf(fill(ruCommon.start.forClass.parentsUnder14, { classLabel: '7Б' })),
      );
      await start(family);
      // Role, child count and age come with the link: the first open question is the parent's account.
      await answer(family, 'parentAccount', 'confirmed');
      await expectScreen(family, questionTitle('childCount'));
      expect(await isChecked(family, radioFor('childCount', '1'))).toBe(true);
    });
  });

  describe(`${name}: history, links and the device's memory`, { timeout: 90_000 }, () => {
    it('browser back and forward move between steps with the answers kept; reload stays', async () => {
      const page = await open('/');
      await start(page);
      await answer(page, 'role', 'parent');
      await answer(page, 'parentAccount', 'none');
      await expectScreen(page, questionTitle('childCount'));
      await page.back();
      await expectScreen(page, questionTitle('parentAccount'), false);
      expect(await isChecked(page, radioFor('parentAccount', 'none'))).toBe(true);
      await page.back();
      await expectScreen(page, questionTitle('role'), false);
      expect(await isChecked(page, radioFor('role', 'parent'))).toBe(true);
      await page.forward();
      await expectScreen(page, questionTitle('parentAccount'), false);
      await page.reload();
      await expectScreen(page, questionTitle('parentAccount'), false);
      expect(await isChecked(page, radioFor('parentAccount', 'none'))).toBe(true);
      // The in-page «Назад» does what the browser's does.
      await page.click(linkNamed(ruCommon.nav.back));
      await expectScreen(page, questionTitle('role'));
    });

    it('a pre-filled checklist link opens the checklist, with a working «Изменить ответы»', async () => {
      const page = await open(checklistPath(ONE_CHILD));
      await expectChecklist(page, false);
      expect(await stepTitles(page)).toContain(stepTitle('childCreateAccount'));
      await page.click(linkNamed(ruCommon.checklist.changeAnswers));
      await expectSummary(page);
    });

    it('a ticked step folds, stays ticked after a reload, and «Показать» opens it again', async () => {
      const page = await open(checklistPath(ONE_CHILD));
      await expectChecklist(page, false);
      const inn = textOf(school.inn, stepRow('myschoolAddChild'));
      // Open while still to do (details are closed by default: «Показать» opens them).
      await page.click(showControlOf('myschoolAddChild'));
      await expectDetailsOpen(page, 'myschoolAddChild', true);
      await waitForCount(page, inn);
      await page.click(tickBoxOf('myschoolAddChild'));
      expect(await isChecked(page, tickBoxOf('myschoolAddChild'))).toBe(true);
      await waitForCount(page, inn, 0);
      await expectDetailsOpen(page, 'myschoolAddChild', false);
      await page.reload();
      await expectChecklist(page, false);
      expect(await isChecked(page, tickBoxOf('myschoolAddChild'))).toBe(true);
      await waitForCount(page, inn, 0);
      await expectDetailsOpen(page, 'myschoolAddChild', false);
      await page.click(showControlOf('myschoolAddChild'));
      await waitForCount(page, inn);
      await expectDetailsOpen(page, 'myschoolAddChild', true);
      // And «Скрыть» closes them again.
      await page.click(hideControlOf('myschoolAddChild'));
      await waitForCount(page, inn, 0);
    });
  });

  describe(`${name}: print, copy and share`, { timeout: 90_000 }, () => {
    it('the print view has every step in full, no buttons, and the link back to the list', async () => {
      const page = await open(checklistPath(ONE_CHILD));
      await expectChecklist(page, false);
      await page.click(tickBoxOf('myschoolAddChild'));
      const inn = textOf(school.inn, stepRow('myschoolAddChild'));
      await waitForCount(page, inn, 0);
      // No WebDriver can switch WebKit to print media, so every engine gets the same stand-in:
      // the page's own @media print rules applied to the screen, after the `beforeprint` event that
      // window.print() fires first. What is measured is the engine's rendering of those rules.
      await page.run(PRINT_VIEW_ON);
      await waitForCount(page, inn);
      expect(await count(page, { role: 'button' }), 'buttons in print').toBe(0);
      expect(await count(page, { role: 'checkbox' }), 'tick boxes in print').toBe(0);
      const linkBack = await page.run<string>(
        `return [...document.querySelectorAll('.print-only')].filter((el) => el.checkVisibility?.() ?? el.getClientRects().length > 0).map((el) => el.textContent).join(' ');`,
      );
      expect(linkBack).toContain(fill(ruCommon.checklist.linkBack, { url: '' }).trim());
      expect(linkBack).toMatch(/http:\/\/127\.0\.0\.1:\d+\/\?/);
      await screenshot(page, 'print-view');
      await page.run(PRINT_VIEW_OFF);
      // After printing the ticked step is folded again.
      await waitForCount(page, inn, 0);
    });

    it('copy: the clipboard, or — where it is refused — the link selected in a field to copy by hand', async () => {
      const page = await open(checklistPath(ONE_CHILD));
      await expectChecklist(page, false);
      const copy = buttonNamed(ruCommon.checklist.share);
      await page.click(copy);
      // Either the clipboard took it (announced) or the hand-copy field appeared; never nothing.
      await waitUntil(
        page,
        'the copy to be announced or offered by hand',
        `return [...document.querySelectorAll('[role=status]')].some((el) => el.textContent.includes(args[0])) ||
           [...document.querySelectorAll('input[readonly], textarea[readonly]')].some((el) => el.value.includes('?'));`,
        ruCommon.checklist.shareCopied,
      );
      const byHand = await page.run<boolean>(
        `return document.querySelector('input[readonly]') !== null;`,
      );
      console.log(
        `[e2e] ${engine.label}: copy ${byHand ? 'refused by the clipboard: the hand-copy field was offered' : 'went to the clipboard'}`,
      );
      // Refused (a browser without clipboard access, or a denied permission): the link to copy by hand.
      await page.run(`
        const refuse = () => Promise.reject(new DOMException('refused by the test', 'NotAllowedError'));
        if (navigator.clipboard) Object.defineProperty(navigator.clipboard, 'writeText', { value: refuse, configurable: true });
        return true;`);
      await page.click(copy);
      await waitUntil(
        page,
        'the link to copy by hand, selected',
        `const field = [...document.querySelectorAll('input[readonly], textarea[readonly]')].find((el) => el.value.includes('?'));
         return field !== undefined && document.activeElement === field && field.selectionStart === 0 && field.selectionEnd === field.value.length;`,
      );
      const value = await page.run<string>(`return document.activeElement.value;`);
      expect(new URL(value).searchParams.get('s')).not.toBeNull();
      await expectNoAxeViolations(page, 'the checklist with the hand-copy field');
    });

    it('share: the system share sheet where the browser has one, else only the copy button', async () => {
      const page = await open(checklistPath(ONE_CHILD));
      await expectChecklist(page, false);
      const share = buttonNamed(ruCommon.checklist.shareSystem);
      const copy = buttonNamed(ruCommon.checklist.share);
      const rerender = async () => {
        // An in-app round trip renders the checklist again in the same document.
        await page.click(linkNamed(ruCommon.checklist.changeAnswers));
        await expectSummary(page);
        await page.click(buttonNamed(ruCommon.summary.confirm));
        await expectChecklist(page);
      };
      // A browser without a share sheet (these desktop builds; older phones): copy only.
      await page.run(`delete Navigator.prototype.share; delete navigator.share; return true;`);
      await rerender();
      expect(await count(page, share)).toBe(0);
      await waitForCount(page, copy);
      // A phone's share sheet: the button hands over the list's link.
      await page.run(
        `navigator.share = (data) => { window.__e2eShared = data; return Promise.resolve(); }; return true;`,
      );
      await rerender();
      await page.click(share);
      const shared = await page.run<{ url: string } | null>(`return window.__e2eShared ?? null;`);
      expect(shared?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?/);
      // The family closes the sheet: nothing breaks, the copy button is still there.
      await page.run(
        `navigator.share = () => Promise.reject(new DOMException('closed', 'AbortError')); return true;`,
      );
      await page.click(share);
      await waitForCount(page, copy);
      await waitForCount(page, h1(ruCommon.checklist.title));
    });
  });

  describe(`${name}: offline after one visit`, { timeout: 120_000 }, () => {
    it('works with the network gone (the server stopped), or says plainly why not here', async () => {
      await runOfflineTest(() => engine, open);
    });
  });
}

/** The page's @media print rules, made screen rules, after `beforeprint` (see the print test). */
const PRINT_VIEW_ON = `
  window.dispatchEvent(new Event('beforeprint'));
  const rules = [];
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && rule.media.mediaText.includes('print')) {
        for (const inner of rule.cssRules) rules.push(inner.cssText);
      }
    }
  }
  // A constructed sheet: the page's Content-Security-Policy allows no inline <style>.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\\n'));
  window.__e2ePrintSheet = sheet;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return rules.length;
`;
const PRINT_VIEW_OFF = `
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== window.__e2ePrintSheet);
  window.dispatchEvent(new Event('afterprint'));
  return true;
`;
