// Firefox ESR through puppeteer-core over WebDriver BiDi: Firefox speaks BiDi itself, so no
// geckodriver (which Debian does not package) and nothing to download — puppeteer-core never
// fetches a browser, it starts the one given by path.
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { describeTarget, FIND_IN_PAGE_SOURCE } from './find-in-page';
import type { Engine, PageDriver, Target } from './page-driver';
import { poll, runExpression } from './poll';

class FirefoxPage implements PageDriver {
  readonly engine = 'firefox' as const;
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
    private readonly onClose: () => Promise<void>,
  ) {}

  async goto(pathOrUrl: string) {
    await this.page.goto(new URL(pathOrUrl, this.baseUrl).href, { waitUntil: 'load' });
  }
  async url() {
    return this.page.url();
  }
  async reload() {
    await this.page.reload({ waitUntil: 'load' });
  }
  async back() {
    // The app changes steps with history.pushState: there is no load event to wait for.
    await this.page.evaluate(() => history.back());
  }
  async forward() {
    await this.page.evaluate(() => history.forward());
  }
  async run<T>(body: string, ...args: unknown[]): Promise<T> {
    return (await this.page.evaluate(runExpression(body, args))) as T;
  }
  private async element(target: Target): Promise<ElementHandle> {
    return poll(this.engine, `one ${describeTarget(target)}`, async () => {
      const handle = await this.page.evaluateHandle(
        `(() => { const found = ${FIND_IN_PAGE_SOURCE}(${JSON.stringify(target)}); return found.length === 1 ? found[0] : null; })()`,
      );
      const element = handle.asElement();
      if (element) return element as ElementHandle;
      await handle.dispose();
      return undefined;
    });
  }
  async click(target: Target) {
    const element = await this.element(target);
    await element.click();
    await element.dispose();
  }
  async type(target: Target, text: string) {
    const element = await this.element(target);
    await element.evaluate((el) => {
      (el as HTMLInputElement).select();
    });
    await element.type(text);
    await element.dispose();
  }
  async screenshot() {
    return Buffer.from(await this.page.screenshot());
  }
  close() {
    return this.onClose();
  }
}

export async function launchFirefox(executablePath: string, baseUrl: string): Promise<Engine> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // A Russian browser, as the families' are.
    extraPrefsFirefox: { 'intl.accept_languages': 'ru-RU, ru' },
  });
  return {
    name: 'firefox',
    label: `Firefox ${(await browser.version()).replace(/^firefox\//, '')}`,
    serviceWorkersOnLoopback: true,
    async openPage(pathOrUrl, viewport = { width: 360, height: 740 }) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      const driver = new FirefoxPage(page, baseUrl, () => context.close());
      await driver.goto(pathOrUrl);
      return driver;
    },
    close: () => browser.close(),
  };
}
