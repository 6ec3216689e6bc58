// One line per browser engine after the e2e stage of `npm test` (scripts/test-all.mjs): how many
// cross-engine tests passed and failed in each, and how long its file took — read from Vitest's
// JSON report. The files are tests/e2e/engines/<engine>.e2e.ts (Chromium, WebKit, Firefox).
import { readFileSync } from 'node:fs';
import path from 'node:path';

const NAMES = { chromium: 'Chromium', webkit: 'WebKit (WebKitGTK)', firefox: 'Firefox ESR' };

/**
 * @param {string} reportFile Vitest's --reporter=json output
 * @returns {string[]} e.g. "WebKit (WebKitGTK): 11 passed, 0 failed in 92.1 s"; [] without a report
 */
export function engineSummary(reportFile) {
  let report;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8'));
  } catch {
    return [];
  }
  const lines = [];
  for (const [engine, name] of Object.entries(NAMES)) {
    const file = (report.testResults ?? []).find(
      (result) => path.basename(result.name) === `${engine}.e2e.ts`,
    );
    if (!file) {
      lines.push(`${name}: NOT RUN (no tests/e2e/engines/${engine}.e2e.ts in the report)`);
      continue;
    }
    const tests = file.assertionResults ?? [];
    const passed = tests.filter((test) => test.status === 'passed').length;
    const failed = tests.filter((test) => test.status === 'failed').length;
    const seconds = ((file.endTime - file.startTime) / 1000).toFixed(1);
    lines.push(`${name}: ${passed} passed, ${failed} failed in ${seconds} s`);
  }
  return lines;
}
