#!/usr/bin/env node
// `npm test`: every check this project has, in order, each one run even when an earlier one failed.
//
//   1. type check   tsc -p tsconfig.json --noEmit
//   2. lint         eslint --max-warnings=0 .  then  prettier --check .
//   3. audit        npm audit --omit=dev --audit-level=high  (scripts/npm-audit.mjs): a high or
//                   critical advisory for a runtime dependency fails; when the registry does not
//                   answer the audit request (offline, or a mirror without the audit endpoint) it
//                   prints a warning and counts neither as passed nor as failed
//   4. unit + component tests   vitest run  (vite.config.ts)
//   5. build        vite build
//   6. end-to-end tests         vitest run --config vitest.e2e.config.ts  (needs the build)
//
// The last line printed is the summary, alone on its line: "N passed, N failed". It counts every
// test of both Vitest runs plus one per type-check / lint / audit / build stage. The exit code is
// non-zero when anything failed.
//
// For developers only (CI never sets them): SKIP_E2E=1 stops after the build; E2E_ONLY=1 runs just
// the build and the end-to-end tests.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { engineSummary } from './engine-summary.mjs';
import { runAudit } from './npm-audit.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = path.join(root, 'test-results');
const flag = (name) => ['1', 'true', 'yes'].includes((process.env[name] ?? '').toLowerCase());
const e2eOnly = flag('E2E_ONLY');
const skipE2e = flag('SKIP_E2E');

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (text) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text);
const bold = paint('1');
const green = paint('32');
const red = paint('31');
const yellow = paint('33');
const dim = paint('2');

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

/** Runs a command with inherited stdio; resolves with its exit code (never rejects). */
function run(command, args) {
  console.log(dim(`$ ${path.basename(command)} ${args.join(' ')}`));
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: process.env });
    child.on('error', (error) => {
      console.error(red(`could not start ${command}: ${error.message}`));
      resolve(127);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

const STAGES = 6;
let stageNumber = 0;
function header(title) {
  stageNumber += 1;
  const line = `━━━ [${stageNumber}/${STAGES}] ${title} `;
  console.log(`\n${bold(line.padEnd(78, '━'))}`);
}

/** @type {{ title: string, passed: number, failed: number, skipped: number, ms: number, note: string, warning: boolean }[]} */
const results = [];

function record(title, started, counts, note = '', warning = false) {
  const entry = {
    title,
    passed: 0,
    failed: 0,
    skipped: 0,
    ...counts,
    ms: Date.now() - started,
    note,
    warning,
  };
  results.push(entry);
  const mark = entry.failed > 0 ? red('✘ FAILED') : warning ? yellow('! warning') : green('✔ ok');
  console.log(`${mark} ${title} ${dim(`(${seconds(entry.ms)})`)}${note ? `  ${note}` : ''}`);
  return entry;
}

function skip(title, why) {
  header(title);
  console.log(yellow(`skipped: ${why}`));
  results.push({
    title,
    passed: 0,
    failed: 0,
    skipped: 0,
    ms: 0,
    note: `skipped (${why})`,
    warning: false,
  });
}

/** A stage that is one check: it counts as 1 passed or 1 failed. */
async function commandStage(title, commands) {
  header(title);
  const started = Date.now();
  const failures = [];
  for (const [command, args] of commands) {
    const code = await run(bin(command), args);
    if (code !== 0) failures.push(`${command} exited with ${code}`);
  }
  return record(
    title,
    started,
    failures.length ? { failed: 1 } : { passed: 1 },
    failures.join('; '),
  );
}

/** A Vitest run: counts its tests from the JSON report; a crash without failed tests counts 1. */
async function vitestStage(title, reportName, extraArgs = []) {
  header(title);
  const started = Date.now();
  const report = path.join(resultsDir, reportName);
  rmSync(report, { force: true });
  const code = await run(bin('vitest'), [
    'run',
    ...extraArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${path.relative(root, report)}`,
  ]);

  let json;
  try {
    json = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    json = undefined;
  }
  if (!json) {
    return record(title, started, { failed: 1 }, `vitest exited with ${code} and wrote no report`);
  }
  const passed = json.numPassedTests ?? 0;
  const skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  let failed = json.numFailedTests ?? 0;
  // A file that failed to load (syntax error, failing import) has no failed tests of its own.
  const brokenFiles = (json.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  );
  failed += brokenFiles.length;
  const notes = [`${passed} passed / ${failed} failed / ${skipped} skipped tests`];
  for (const file of brokenFiles) notes.push(`file failed: ${path.relative(root, file.name)}`);
  if (code !== 0 && failed === 0) {
    failed = 1; // e.g. an unhandled error, a failing global setup, or no test files found
    notes.push(`vitest exited with ${code}`);
  }
  return record(title, started, { passed, failed, skipped }, notes.join('; '));
}

/** npm audit: 1 passed or 1 failed when the registry answers; a warning, uncounted, when it does not. */
async function auditStage(title) {
  header(title);
  const started = Date.now();
  console.log(dim('$ npm audit --omit=dev --audit-level=high --json'));
  const outcome = await runAudit({ cwd: root });
  if (outcome.status === 'unavailable') {
    console.log(
      yellow(
        `warning: dependencies NOT audited — ${outcome.summary}. Run \`npm run audit\` where the registry answers.`,
      ),
    );
    return record(title, started, {}, `warning: not audited (${outcome.summary})`, true);
  }
  if (outcome.status === 'failed') console.log(red(outcome.summary));
  return record(
    title,
    started,
    outcome.status === 'failed' ? { failed: 1 } : { passed: 1 },
    outcome.summary,
  );
}

const startedAll = Date.now();
mkdirSync(resultsDir, { recursive: true });

if (e2eOnly) {
  console.log(yellow('E2E_ONLY is set: skipping type check, lint and unit tests (CI runs all).'));
  for (const title of ['Type check', 'Lint', 'Dependency audit', 'Unit + component tests'])
    skip(title, 'E2E_ONLY');
} else {
  await commandStage('Type check', [['tsc', ['-p', 'tsconfig.json', '--noEmit']]]);
  await commandStage('Lint', [
    ['eslint', ['--max-warnings=0', '.']],
    ['prettier', ['--check', '.']],
  ]);
  await auditStage('Dependency audit');
  await vitestStage('Unit + component tests', 'unit.json');
}

const build = await commandStage('Build', [['vite', ['build']]]);
/** @type {string[]} */
const engineLines = [];

if (skipE2e && !e2eOnly) {
  console.log(yellow('SKIP_E2E is set: skipping the end-to-end tests (CI runs them).'));
  skip('End-to-end tests', 'SKIP_E2E');
} else if (build.failed > 0) {
  header('End-to-end tests');
  console.log(red('not run: the build failed, and the end-to-end tests run against dist/'));
  record('End-to-end tests', Date.now(), { failed: 1 }, 'not run: the build failed');
} else {
  if (!existsSync(path.join(root, 'dist', 'index.html'))) {
    console.log(yellow('warning: the build succeeded but dist/index.html is missing'));
  }
  await vitestStage('End-to-end tests', 'e2e.json', ['--config', 'vitest.e2e.config.ts']);
  // Each engine by name, so a run shows at once which ones ran and how long each took.
  engineLines.push(...engineSummary(path.join(resultsDir, 'e2e.json')));
  for (const line of engineLines) console.log(`  ${line}`);
}

const passed = results.reduce((sum, entry) => sum + entry.passed, 0);
const failed = results.reduce((sum, entry) => sum + entry.failed, 0);

console.log(`\n${bold('━━━ Recap '.padEnd(78, '━'))}`);
for (const entry of results) {
  const skippedStage = entry.note.startsWith('skipped');
  const mark = skippedStage
    ? yellow('-')
    : entry.failed > 0
      ? red('✘')
      : entry.warning
        ? yellow('!')
        : green('✔');
  const time = skippedStage ? '' : seconds(entry.ms);
  const note = entry.note ? `  ${dim(entry.note)}` : '';
  console.log(`  ${mark} ${entry.title.padEnd(24)} ${time.padStart(6)}${note}`);
}
for (const line of engineLines) console.log(`      ${line}`);
console.log(dim(`  total ${seconds(Date.now() - startedAll)}`));
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
