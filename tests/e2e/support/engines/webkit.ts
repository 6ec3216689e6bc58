// WebKitGTK (the engine family of every iOS browser) through selenium-webdriver over classic
// WebDriver: Debian's WebKitWebDriver (package webkit2gtk-driver) is started here on a free port,
// on the Xvfb display the global setup started, and drives MiniBrowser. selenium-webdriver attaches
// to that port with usingServer(), so Selenium Manager (which would download a driver) never runs.
//
// WebKitWebDriver runs one session at a time: a test file keeps one driver, and each openPage()
// starts a new session (a new MiniBrowser), so every page starts with nothing stored.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder, type WebDriver, type WebElement } from 'selenium-webdriver';
import { describeTarget, FIND_IN_PAGE_SOURCE } from './find-in-page';
import type { Engine, PageDriver, Target } from './page-driver';
import { poll, runExpression } from './poll';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

class WebKitPage implements PageDriver {
  readonly engine = 'webkit' as const;
  constructor(
    private readonly driver: WebDriver,
    private readonly baseUrl: string,
  ) {}

  async goto(pathOrUrl: string) {
    await this.driver.get(new URL(pathOrUrl, this.baseUrl).href);
  }
  url() {
    return this.driver.getCurrentUrl();
  }
  async reload() {
    await this.driver.navigate().refresh();
  }
  async back() {
    await this.driver.navigate().back();
  }
  async forward() {
    await this.driver.navigate().forward();
  }
  async run<T>(body: string, ...args: unknown[]): Promise<T> {
    // Classic WebDriver awaits a returned promise (W3C Execute Script).
    return (await this.driver.executeScript(`return ${runExpression(body, args)};`)) as T;
  }
  private element(target: Target): Promise<WebElement> {
    return poll(this.engine, `one ${describeTarget(target)}`, async () => {
      const found = (await this.driver.executeScript(
        `const found = ${FIND_IN_PAGE_SOURCE}(arguments[0]); return found.length === 1 ? found[0] : null;`,
        target,
      )) as WebElement | null;
      return found ?? undefined;
    });
  }
  async click(target: Target) {
    await (await this.element(target)).click();
  }
  async type(target: Target, text: string) {
    const element = await this.element(target);
    await element.clear();
    await element.sendKeys(text);
  }
  async screenshot() {
    return Buffer.from(await this.driver.takeScreenshot(), 'base64');
  }
  async close() {
    // The session ends when the next openPage() starts a new one, or with the engine.
  }
}

/** Starts WebKitWebDriver on a free port on `display` and opens one MiniBrowser session. */
export async function launchWebKit(options: {
  driverPath: string;
  miniBrowserPath: string;
  display: string;
  baseUrl: string;
}): Promise<Engine> {
  const port = await freePort();
  const driverProcess: ChildProcess = spawn(options.driverPath, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: options.display },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let driverLog = '';
  driverProcess.stderr?.on('data', (chunk: Buffer) => (driverLog += chunk.toString()));
  const exited = new Promise<never>((_resolve, reject) =>
    driverProcess.once('exit', (code) =>
      reject(
        new Error(`[WebKit] WebKitWebDriver exited (${code}) before it answered: ${driverLog}`),
      ),
    ),
  );
  const server = `http://127.0.0.1:${port}`;
  await Promise.race([
    exited,
    poll('webkit', `WebKitWebDriver on ${server}`, async () =>
      (await fetch(`${server}/status`).catch(() => undefined))?.ok ? true : undefined,
    ),
  ]);

  const newSession = () =>
    new Builder()
      .usingServer(server)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: options.miniBrowserPath, args: ['--automation'] },
      })
      .build();
  let driver = await newSession();
  const version = String((await driver.getCapabilities()).get('browserVersion') ?? '');
  let fresh = true;

  return {
    name: 'webkit',
    label: `WebKit (WebKitGTK ${version})`,
    serviceWorkersOnLoopback: true,
    async openPage(pathOrUrl, viewport = { width: 360, height: 740 }) {
      if (!fresh) {
        // A new session is a new MiniBrowser with an empty, ephemeral website data store: nothing
        // the previous test kept (storage, service worker, caches) is there. About 2–4 s.
        await driver.quit().catch(() => undefined);
        driver = await newSession();
      }
      fresh = false;
      const page = new WebKitPage(driver, options.baseUrl);
      await setViewport(driver, viewport);
      await page.goto(pathOrUrl);
      return page;
    },
    async close() {
      await driver.quit().catch(() => undefined);
      driverProcess.kill();
    },
  };
}

/** Sizes the window so the page's viewport is `viewport` (the window adds its own frame). */
async function setViewport(driver: WebDriver, viewport: { width: number; height: number }) {
  await driver.manage().window().setRect({ width: viewport.width, height: viewport.height });
  const inner = (await driver.executeScript('return [innerWidth, innerHeight];')) as number[];
  const [width = viewport.width, height = viewport.height] = inner;
  if (width !== viewport.width || height !== viewport.height) {
    await driver
      .manage()
      .window()
      .setRect({
        width: 2 * viewport.width - width,
        height: 2 * viewport.height - height,
      });
  }
}
