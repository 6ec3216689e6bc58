#!/usr/bin/env node
// `npm run perf`: how fast the wizard is, measured on this machine, against a plain static page.
//
//   1. builds for production (vite build: prerendered start page, service worker);
//   2. prints every chunk raw / gzip / brotli and the totals initial vs later, against budgets.json;
//   3. serves dist/ on loopback with the production server (nginx with deploy/nginx.conf,
//      scripts/serve-nginx.mjs, port 0) and, the same way, a generated plain static page per
//      language with the start page's words (locales/<lang>/common.json and the school's name; no
//      stylesheet, no script);
//   4. for each language (a Russian-speaking phone, ru-RU, and an English one, en-US) runs
//      Lighthouse (mobile preset, simulated throttling) 5 times on the app and on that language's
//      plain page, alternating (the order swapped every round), in the Debian Chromium, and prints
//      the medians side by side with LCP(app) / LCP(static), of all 5 runs and of runs 1-3;
//   5. measures "tap to next question" in Chromium with 4× CPU throttling: 20 taps on «Продолжить»,
//      each from the click to the next question's heading painted (method below);
//   6. writes reports/perf.json and prints a one-line summary LAST.
//
// Every server and browser it starts is stopped, on success, on error and on Ctrl+C.
//
// Chromium: CHROMIUM_PATH, else CHROME_PATH, else /usr/bin/chromium, with --lang and
// --accept-lang of the language measured. The page carries the start page prerendered in both
// languages; the inline loader shows the browser's before the first paint.
//
// Tap method: before each tap a capture-phase click listener records the click event's timeStamp
// (when the browser received the input) and a MutationObserver watches the page. When the question
// shown changes (its <legend> or <h1> text and the progress line), the observer asks for an
// animation frame; the new heading is painted in that frame, right after the requestAnimationFrame
// callback, and a message posted from the callback is delivered after that paint. The time of that
// message minus the click's timeStamp is the tap's time. (Element Timing would only report an
// element's first paint, and React keeps the same <h1> element from question to question.)
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { checkBudgets, formatReport, measureBuild, readBudgets } from './bundle-size.mjs';
import {
  CATEGORIES,
  CHROMIUM_PATH,
  flagsFor,
  LANGUAGES,
  lighthouseRun,
} from './lighthouse-run.mjs';
import { serveNginx } from './serve-nginx.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const reportFile = path.join(root, 'reports', 'perf.json');

// Lighthouse runs per page and language. The issue's figure is the median of 3; on this shared
// 2-core machine one busy moment moves a run by up to ~170 ms (Lighthouse multiplies observed CPU
// time by 4), so 5 are run and both medians printed: of all 5, and of runs 1-3 alone.
const RUNS = 5;
const FIRST_RUNS = 3;
const TAPS = 20;
const CPU_SLOWDOWN = 4;
const LCP_RATIO_TARGET = 1.05;

// ---------------------------------------------------------------------------------------------
// Cleanup: everything started is registered here and stopped in reverse order, exactly once.

const cleanups = [];
let cleaningUp;
function cleanup() {
  cleaningUp ??= (async () => {
    for (const stop of cleanups.reverse()) {
      await Promise.resolve()
        .then(stop)
        .catch(() => undefined);
    }
  })();
  return cleaningUp;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping servers and browsers…`);
    void cleanup().then(() => process.exit(130));
  });
}

/** Registers a browser's stop with the cleanup; returns its unregister function. */
const track = (stop) => {
  cleanups.push(stop);
  return () => cleanups.splice(cleanups.indexOf(stop), 1);
};

// ---------------------------------------------------------------------------------------------
// Helpers

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${Math.round(value)} ms`;
const readJson = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(undefined) : reject(new Error(`${command} exited with ${code}`)),
    );
  });
}

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The plain page: the start page's words in `lang`, no stylesheet, no script. */
function staticPage(lang) {
  const common = readJson(`locales/${lang}/common.json`);
  const school = readJson(
    path.relative(root, process.env.SCHOOL_CONFIG?.trim() || 'src/school/school.json'),
  );
  const fill = (text) => text.replace(/\{\{schoolName\}\}/g, school.name[lang]);
  const e = (text) => escapeHtml(fill(text));
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(common.start.title)}</title>
<meta name="description" content="${e(common.start.lead)}">
<link rel="icon" href="data:,">
</head>
<body>
<header><p>${e(common.app.name)}</p></header>
<main>
<h1>${e(common.start.title)}</h1>
<p>${e(common.start.lead)}</p>
<p>${e(common.start.forWhom)}</p>
<p>${e(common.start.duration)}</p>
<p>${e(common.start.privacy)}</p>
<p><a href="./">${e(common.start.button)}</a></p>
<p><a href="./">${e(common.start.legalLink)}</a></p>
</main>
<footer><p>${e(common.app.tagline)}</p></footer>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

function medianOf(runs) {
  const pick = (key) => median(runs.map((r) => r[key]));
  return {
    lcp: pick('lcp'),
    fcp: pick('fcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
    si: pick('si'),
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, median(runs.map((r) => r.scores[id]))])),
  };
}

function lighthouseTable(columns) {
  const rows = [
    ['LCP', (m) => ms(m.lcp)],
    ['FCP', (m) => ms(m.fcp)],
    ['Speed Index', (m) => ms(m.si)],
    ['TBT', (m) => ms(m.tbt)],
    ['CLS', (m) => m.cls.toFixed(3)],
    ...CATEGORIES.map((id) => [id, (m) => String(m.scores[id])]),
  ];
  const names = Object.keys(columns);
  return [
    `median of ${RUNS}`.padEnd(16) + names.map((name) => name.padStart(14)).join(''),
    ...rows.map(
      ([label, cell]) =>
        label.padEnd(16) + names.map((name) => cell(columns[name]).padStart(14)).join(''),
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// Tap to next question

const INSTALL_TAP_PROBE = `(() => {
  const shown = () =>
    (document.querySelector('main legend') ?? document.querySelector('main h1'))?.textContent +
    '|' + (document.querySelector('main .progress')?.textContent ?? '');
  const before = shown();
  window.__tap = new Promise((resolve) => {
    let clicked;
    document.addEventListener('click', (event) => { clicked = event.timeStamp; }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (clicked === undefined || !document.querySelector('main h1') || shown() === before) return;
      observer.disconnect();
      const changed = performance.now();
      requestAnimationFrame(() => {
        const frame = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () =>
          resolve({ clicked, changed, frame, painted: performance.now() });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
})()`;

async function measureTaps(appUrl) {
  const common = readJson('locales/ru/common.json');
  const questions = readJson('locales/ru/questions.json');
  const byTitle = new Map(Object.entries(questions).map(([id, q]) => [q.title, id]));
  // Answers that keep the flow going for 20 questions: a parent of six children.
  const choose = { role: 'parent', childCount: '6' };

  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: flagsFor(LANGUAGES[0]),
  });
  const stop = () => browser.close();
  cleanups.push(stop);
  try {
    const context = await browser.newContext({
      locale: 'ru-RU',
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(appUrl, { waitUntil: 'load' });
    await page.getByRole('button', { name: common.start.button }).click();
    await page.locator('main fieldset h1').waitFor();

    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const taps = [];
    try {
      for (let i = 0; i < TAPS; i += 1) {
        const title = (await page.locator('main h1').innerText()).trim();
        const question = byTitle.get(title);
        if (!question) throw new Error(`tap ${i + 1}: not a question page ("${title}")`);
        const value = choose[question];
        const radio = value
          ? page.getByRole('radio', { name: questions[question].options[value], exact: true })
          : page.getByRole('radio').first();
        await radio.check();
        await page.evaluate(INSTALL_TAP_PROBE);
        await page.getByRole('button', { name: common.nav.continue, exact: true }).click();
        const t = await page.evaluate(() => window.__tap);
        taps.push({
          question,
          ms: t.painted - t.clicked,
          toDomChange: t.changed - t.clicked,
          toFrame: t.frame - t.clicked,
        });
      }
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    }
    const values = taps.map((t) => t.ms);
    return { taps, median: median(values), max: Math.max(...values) };
  } finally {
    cleanups.splice(cleanups.indexOf(stop), 1);
    await stop();
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  console.log('━━━ Build ' + '━'.repeat(68));
  await run(path.join(root, 'node_modules', '.bin', 'vite'), ['build']);

  console.log('\n━━━ Bundle (gzip = zlib level 9; budgets.json) ' + '━'.repeat(31));
  const measurement = measureBuild(dist);
  const budgets = checkBudgets(readBudgets(), measurement.files);
  for (const line of formatReport(measurement, budgets)) console.log(line);
  const total = (filter) => measurement.files.filter(filter).reduce((sum, f) => sum + f.gzip, 0);
  const sizes = {
    initialJsGzip: total((f) => f.kind === 'js' && f.initial),
    laterJsGzip: total((f) => f.kind === 'js' && !f.initial),
    initialCssGzip: total((f) => f.kind === 'css' && f.initial),
    // The locale files (.json data, fetched when a page needs them), both languages.
    wordsGzip: total((f) => f.kind === 'words'),
    budgets,
    files: measurement.files,
  };

  console.log('\n━━━ Lighthouse (mobile, simulated throttling) ' + '━'.repeat(32));
  const app = await serveNginx({ root: dist, port: 0 });
  cleanups.push(() => app.close());
  const pagesDir = mkdtempSync(path.join(tmpdir(), 'perf-static-'));
  cleanups.push(() => rmSync(pagesDir, { recursive: true, force: true }));
  const lighthouseByLanguage = {};
  for (const language of LANGUAGES) {
    const dir = path.join(pagesDir, language.lang);
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'index.html'), staticPage(language.lang));
    const plain = await serveNginx({ root: dir, port: 0 });
    cleanups.push(() => plain.close());
    console.log(
      `${language.locale}: app ${app.url} · static ${plain.url} · nginx with deploy/nginx.conf · chromium ${CHROMIUM_PATH}`,
    );
    const pages = { app: app.url, static: plain.url };
    const runs = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
    for (let i = 1; i <= RUNS; i += 1) {
      // Alternating, so a busy moment of the machine spreads over both pages; the order swaps
      // every round (app, plain; plain, app; …), so neither page is always the first of a pair.
      const order = Object.entries(pages);
      if (i % 2 === 0) order.reverse();
      for (const [name, url] of order) {
        const result = await lighthouseRun(url, language, { track });
        runs[name].push(result);
        console.log(
          `${language.locale} run ${i} ${name.padEnd(7)} LCP ${ms(result.lcp).padStart(7)}  FCP ${ms(result.fcp).padStart(7)}  TBT ${ms(result.tbt).padStart(7)}  CLS ${result.cls.toFixed(3)}  ${CATEGORIES.map((c) => result.scores[c]).join('/')}  (first parse ${result.firstTasks.parse.toFixed(1)} ms, layout ${result.firstTasks.layout.toFixed(1)} ms observed)`,
        );
      }
    }
    const medians = Object.fromEntries(
      Object.entries(runs).map(([name, r]) => [name, medianOf(r)]),
    );
    const lcpRatio = medians.app.lcp / medians.static.lcp;
    const firstMedians = Object.fromEntries(
      Object.entries(runs).map(([name, r]) => [name, medianOf(r.slice(0, FIRST_RUNS))]),
    );
    const firstLcpRatio = firstMedians.app.lcp / firstMedians.static.lcp;
    const verdict = (ratio) => (ratio <= LCP_RATIO_TARGET ? 'met' : 'NOT met');
    console.log('');
    for (const line of lighthouseTable(medians)) console.log(line);
    console.log(
      `${language.locale}: LCP(app) / LCP(static) = ${lcpRatio.toFixed(3)}, median of ${RUNS} (target ≤ ${LCP_RATIO_TARGET}: ${verdict(lcpRatio)}); ${firstLcpRatio.toFixed(3)}, median of runs 1-${FIRST_RUNS} (${ms(firstMedians.app.lcp)} / ${ms(firstMedians.static.lcp)}: ${verdict(firstLcpRatio)}) · LCP element of the app: ${runs.app[0]?.lcpElement ?? 'n/a'}`,
    );
    const flagged = [...new Set(runs.app.flatMap((r) => r.flagged))];
    console.log(
      flagged.length
        ? `Lighthouse flags on the app: ${flagged.join('; ')}`
        : 'Lighthouse flags nothing on the app.',
    );
    console.log('');
    lighthouseByLanguage[language.locale] = {
      app: { median: medians.app, runs: runs.app },
      static: { median: medians.static, runs: runs.static },
      lcpRatio,
      firstRuns: {
        runs: FIRST_RUNS,
        app: firstMedians.app,
        static: firstMedians.static,
        lcpRatio: firstLcpRatio,
      },
    };
  }

  console.log(
    `\n━━━ Tap to next question (${CPU_SLOWDOWN}× CPU slowdown, ${TAPS} taps) ` + '━'.repeat(26),
  );
  const taps = await measureTaps(app.url);
  console.log(
    taps.taps
      .map((t, i) => `${String(i + 1).padStart(2)} ${t.question.padEnd(14)} ${ms(t.ms)}`)
      .join('\n'),
  );
  console.log(`median ${ms(taps.median)}, max ${ms(taps.max)}`);

  const report = {
    date: new Date().toISOString(),
    node: process.version,
    lighthouseVersion: lighthouseByLanguage['ru-RU']?.app.runs[0]?.lighthouseVersion,
    chromium: CHROMIUM_PATH,
    sizes,
    lighthouse: {
      runs: RUNS,
      preset: 'mobile, simulated throttling',
      server: 'nginx, deploy/nginx.conf',
      lcpRatioTarget: LCP_RATIO_TARGET,
      ...lighthouseByLanguage,
    },
    tapToNextQuestion: { cpuSlowdown: CPU_SLOWDOWN, ...taps },
    seconds: Math.round((Date.now() - started) / 1000),
  };
  mkdirSync(path.dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nreport: ${path.relative(root, reportFile)}`);

  const scores = (s) => CATEGORIES.map((c) => s.scores[c]).join('/');
  const overBudget = budgets.filter((b) => !b.ok).map((b) => b.id);
  const perLanguage = Object.entries(lighthouseByLanguage)
    .map(
      ([locale, l]) =>
        `${locale} LCP app ${ms(l.app.median.lcp)} vs static ${ms(l.static.median.lcp)} = ×${l.lcpRatio.toFixed(3)}${l.lcpRatio <= LCP_RATIO_TARGET ? '' : ' (NOT met)'} (runs 1-${FIRST_RUNS}: ×${l.firstRuns.lcpRatio.toFixed(3)}${l.firstRuns.lcpRatio <= LCP_RATIO_TARGET ? '' : ' NOT met'}), CLS ${l.app.median.cls.toFixed(3)}, scores ${scores(l.app.median)}`,
    )
    .join(' · ');
  console.log(
    `perf: initial JS ${(sizes.initialJsGzip / 1000).toFixed(1)} KB gzip, later ${(sizes.laterJsGzip / 1000).toFixed(1)} KB, words ${(sizes.wordsGzip / 1000).toFixed(1)} KB${overBudget.length ? ` (OVER BUDGET: ${overBudget.join(', ')})` : ' (budgets ok)'} · ${perLanguage} (perf/a11y/bp/seo; LCP target ≤ ${LCP_RATIO_TARGET}) · tap→next question median ${ms(taps.median)}, max ${ms(taps.max)} (${CPU_SLOWDOWN}× CPU)`,
  );
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
