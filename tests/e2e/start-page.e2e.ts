import { describe, expect, it } from 'vitest';
import { expectCleanPage, expectNoAxeViolations, openPage } from './support/browser';

// Structure, not copy: the real start page arrives later and its words live in locales/.
describe('start page', () => {
  it('is a Russian document with a title and one visible main heading', async () => {
    const { page } = await openPage('/');

    const heading = page.locator('h1');
    await heading.first().waitFor({ state: 'visible' });
    expect(await heading.count()).toBe(1);
    expect((await heading.innerText()).trim()).not.toBe('');

    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect((await page.title()).trim()).not.toBe('');
  });

  it('has no axe violations and stays clean (own origin, no console errors, no CSP violations)', async () => {
    const { page } = await openPage('/');
    await page.locator('h1').first().waitFor({ state: 'visible' });

    await expectNoAxeViolations(page);
    await expectCleanPage(page);
  });
});
