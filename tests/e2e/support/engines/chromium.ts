// Chromium through playwright-core (the engine the rest of the e2e suite already uses), behind
// the engine-neutral PageDriver.
import { chromium, type Browser, type ElementHandle, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../browser';
import { describeTarget, FIND_IN_PAGE_SOURCE } from './find-in-page';
import type { Engine, PageDriver, Target } from './page-driver';
import { poll, runExpression } from './poll';

class ChromiumPage implements PageDriver {
  readonly engine = 'chromium' as const;
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
    await this.page.goBack({ waitUntil: 'commit' });
  }
  async forward() {
    await this.page.goForward({ waitUntil: 'commit' });
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
    await element.fill(text);
    await element.dispose();
  }
  async screenshot() {
    return this.page.screenshot();
  }
  close() {
    return this.onClose();
  }
}

export async function launchChromium(executablePath: string, baseUrl: string): Promise<Engine> {
  const browser: Browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return {
    name: 'chromium',
    label: `Chromium ${browser.version()}`,
    serviceWorkersOnLoopback: true,
    async openPage(pathOrUrl, viewport = { width: 360, height: 740 }) {
      const context = await browser.newContext({ locale: 'ru-RU', viewport });
      const page = new ChromiumPage(await context.newPage(), baseUrl, () => context.close());
      await page.goto(pathOrUrl);
      return page;
    },
    close: () => browser.close(),
  };
}
