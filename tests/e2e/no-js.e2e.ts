// READABLE WITHOUT JAVASCRIPT: dist/index.html carries the start page (prerendered at build time)
// and, inside its <noscript>, a link to dist/guide.html: the static guide generated from the same
// locale files and the school configuration (src/prerender/). A browser with JavaScript off must
// show the start page, follow the link, and read the whole guide.
import { describe, expect, it } from 'vitest';
import { school } from '@/school';
import { expectCleanPage, openPage } from './support/browser';
import { heading, PHONE, ruChecklist, ruCommon, stepTitle } from './support/wizard';

describe('without JavaScript', () => {
  it('shows the start page, then the static guide page with the school facts', async () => {
    const { page } = await openPage('/', {
      context: { javaScriptEnabled: false, viewport: PHONE },
    });

    await heading(page, ruCommon.start.title).waitFor();
    // The start button needs JavaScript: it is hidden, the link to the guide takes its place.
    expect(await page.getByRole('button', { name: ruCommon.start.button }).isVisible()).toBe(false);
    await page.getByRole('link', { name: ruCommon.noscript.link }).click();
    await page.waitForURL(/\/guide\.html$/);
    await heading(page, ruCommon.start.title).waitFor();
    const guide = page.locator('section.static-guide');
    await guide.getByRole('heading', { level: 2, name: ruCommon.noscript.title }).waitFor();
    // Whom it is for, stage by stage, and every step in full.
    for (const name of [
      ruCommon.start.forAudience.parentsUnder14,
      ruCommon.start.forAudience.students,
      ruChecklist.stages.gosuslugi.title,
      ruChecklist.stages.myschool.title,
    ]) {
      expect(await guide.getByRole('heading', { level: 2, name, exact: true }).count()).toBe(1);
    }
    await guide
      .getByRole('heading', { level: 3, name: stepTitle('myschoolAddChild'), exact: true })
      .waitFor();

    const text = await guide.innerText();
    expect(text).toContain(school.inn);
    expect(text).toContain(school.office.room);
    expect(text, 'every {{placeholder}} is filled in').not.toMatch(/\{\{|\}\}/);
    // Back to the start page through the app's name.
    expect(await page.getByRole('link', { name: ruCommon.app.name }).getAttribute('href')).toBe(
      './',
    );
    await expectCleanPage(page);
  });
});
