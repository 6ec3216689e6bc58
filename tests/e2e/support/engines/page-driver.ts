// The engine-neutral page driver the cross-engine tests talk to. Three adapters implement it:
// playwright-core for Chromium, puppeteer-core over WebDriver BiDi for Firefox ESR, and
// selenium-webdriver over classic WebDriver for WebKitGTK. Tests never see which one: every
// element is found in the page by role and accessible name (./find-in-page.ts), and every click is
// the driver's own, real input (so a covered or hidden control fails as it would for a person).

export type EngineName = 'chromium' | 'webkit' | 'firefox';

/** What a test may look for: a role and accessible name, optionally inside another target. */
export interface Target {
  readonly role:
    | 'button'
    | 'link'
    | 'heading'
    | 'radio'
    | 'checkbox'
    | 'textbox'
    | 'status'
    | 'alert'
    | 'disclosure'
    | 'listitem'
    | 'text';
  /** The accessible name (for `text`: the element's own text). */
  readonly name?: string;
  /** `exact` (default) or a prefix match. */
  readonly match?: 'exact' | 'prefix' | 'contains';
  readonly level?: number;
  readonly within?: Target;
  /** Which of several matches, 0-based (default: exactly one must match). */
  readonly nth?: number;
}

export interface PageDriver {
  readonly engine: EngineName;
  /** Opens a path of the served build (or an absolute URL) and waits for the load event. */
  goto(pathOrUrl: string): Promise<void>;
  url(): Promise<string>;
  reload(): Promise<void>;
  back(): Promise<void>;
  forward(): Promise<void>;
  /**
   * Runs `body` (a function body; `args` is its argument array) in the page and returns its
   * JSON-able result. A body that returns a promise is awaited.
   */
  run<T>(body: string, ...args: unknown[]): Promise<T>;
  /** A real click (the driver's own pointer input) on the one element `target` finds. */
  click(target: Target): Promise<void>;
  /** Types into the element (after clearing it). */
  type(target: Target, text: string): Promise<void>;
  /** A PNG of the viewport. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

/** An engine: launched once per test file, one fresh page (own storage) per openPage(). */
export interface Engine {
  readonly name: EngineName;
  /** How the failure messages and the summary name it, with its version. */
  readonly label: string;
  /** Whether its service workers run on http://127.0.0.1 (a secure context by the spec). */
  readonly serviceWorkersOnLoopback: boolean;
  /**
   * A new page with nothing stored. WebKitWebDriver runs one session at a time, so in WebKit
   * this ends the previous page: a test uses one page at a time.
   */
  openPage(pathOrUrl: string, options?: { width: number; height: number }): Promise<PageDriver>;
  close(): Promise<void>;
}

export const ENGINE_LABELS: Record<EngineName, string> = {
  chromium: 'Chromium',
  webkit: 'WebKit',
  firefox: 'Firefox',
};
