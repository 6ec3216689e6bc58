// Lighthouse as `npm run perf` (scripts/perf.mjs) and scripts/perf-variants.mjs run it: the Debian
// Chromium set to a language, the mobile preset with simulated throttling, a fresh browser per run.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';

/** The two phones measured: a Russian-speaking one and an English-speaking one. */
export const LANGUAGES = [
  { lang: 'ru', locale: 'ru-RU', accept: 'ru-RU,ru' },
  { lang: 'en', locale: 'en-US', accept: 'en-US,en' },
];
export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH?.trim() || process.env.CHROME_PATH?.trim() || '/usr/bin/chromium';
/** A phone set to `language`: the flags Lighthouse's Chromium and the tap test start with. */
export const flagsFor = (language) => [
  ...CHROMIUM_FLAGS,
  `--lang=${language.locale}`,
  `--accept-lang=${language.accept}`,
];
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * One Lighthouse run (mobile preset, simulated throttling) in a fresh Chromium set to `language`.
 * `track(stop)` registers the browser's stop with the caller's cleanup and returns its
 * unregister function, so Ctrl+C never leaves a browser behind.
 */
export async function lighthouseRun(url, language, { categories = CATEGORIES, track } = {}) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: flagsFor(language),
  });
  const stop = () => chrome.kill();
  const untrack = track?.(stop);
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const audit = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
    // Audits that cost points, apart from the metrics themselves (printed in the table).
    const flagged = Object.values(lhr.categories).flatMap((category) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0 && ref.group !== 'metrics')
        .map((ref) => lhr.audits[ref.id])
        .filter((a) => a && a.score !== null && a.score < 1)
        .map((a) => `${category.id}: ${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`),
    );
    return {
      lcp: audit('largest-contentful-paint'),
      fcp: audit('first-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      si: audit('speed-index'),
      lcpElement:
        lhr.audits['lcp-breakdown-insight']?.details?.items?.find((item) => item.type === 'node')
          ?.nodeLabel ?? null,
      scores: Object.fromEntries(
        categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
      ),
      flagged,
      firstTasks: firstTasks(result.artifacts.Trace),
      lighthouseVersion: lhr.lighthouseVersion,
    };
  } finally {
    untrack?.();
    await stop();
  }
}

/**
 * The main-thread tasks Lighthouse's simulation (Lantern) counts for a text LCP, as observed, in
 * ms: the first task that parsed HTML and the first that did a layout (before the first
 * contentful paint). Lantern multiplies the first by 4 and a layout task by 2; these are where a
 * page's own work shows.
 */
export function firstTasks(trace) {
  const events = trace?.traceEvents ?? [];
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  if (!fcp) return { parse: Number.NaN, layout: Number.NaN };
  const main = events.filter((e) => e.pid === fcp.pid && e.tid === fcp.tid && e.ph === 'X');
  const tasks = main
    .filter((e) => e.name === 'RunTask' && e.ts <= fcp.ts)
    .sort((a, b) => a.ts - b.ts);
  const did = (task, name) =>
    main.some((e) => e.name === name && e.ts >= task.ts && e.ts < task.ts + task.dur);
  const ms = (task) => (task ? task.dur / 1000 : Number.NaN);
  return {
    parse: ms(tasks.find((t) => did(t, 'ParseHTML'))),
    layout: ms(tasks.find((t) => did(t, 'Layout'))),
  };
}
