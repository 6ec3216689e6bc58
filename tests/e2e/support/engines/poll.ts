// Waiting for the app, the same way for every engine: retry until the answer is there or the time
// is up, then fail with the engine's name and what was awaited.
import { ENGINE_LABELS, type EngineName } from './page-driver';

/** How long a step waits for the app; short, so a broken step fails with a clear message. */
export const WAIT_MS = 10_000;

/**
 * Retries `attempt` until it returns something other than undefined or null (classic WebDriver
 * turns a script's undefined into null); throws naming the engine.
 */
export async function poll<T>(
  engine: EngineName,
  what: string,
  attempt: () => Promise<T | undefined | null>,
  timeoutMs = WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const result = await attempt();
      if (result !== undefined && result !== null) return result;
    } catch (error) {
      // A navigation in progress destroys the page's context: retry on the next document.
      lastError = error;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(
        `[${ENGINE_LABELS[engine]}] timed out after ${timeoutMs} ms waiting for ${what}${why}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The page-side expression that runs `body` with `args` (used by the adapters' run()). */
export const runExpression = (body: string, args: unknown[]) =>
  `(async (args) => { ${body} })(${JSON.stringify(args)})`;
