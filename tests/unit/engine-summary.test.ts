// scripts/engine-summary.mjs: the per-engine lines `npm test` prints after the e2e stage.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { engineSummary } from '../../scripts/engine-summary.mjs';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function report(files: object[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'engine-summary-'));
  dirs.push(dir);
  const file = path.join(dir, 'e2e.json');
  writeFileSync(file, JSON.stringify({ testResults: files }));
  return file;
}
const file = (engine: string, statuses: string[], ms: number) => ({
  name: `/repo/tests/e2e/engines/${engine}.e2e.ts`,
  startTime: 1_000,
  endTime: 1_000 + ms,
  assertionResults: statuses.map((status) => ({ status })),
});

describe('engineSummary', () => {
  it('names each engine with its counts and time', () => {
    const lines = engineSummary(
      report([
        file('chromium', ['passed', 'passed'], 75_000),
        file('webkit', ['passed', 'failed'], 92_100),
        file('firefox', ['passed'], 80_000),
      ]),
    );
    expect(lines).toEqual([
      'Chromium: 2 passed, 0 failed in 75.0 s',
      'WebKit (WebKitGTK): 1 passed, 1 failed in 92.1 s',
      'Firefox ESR: 1 passed, 0 failed in 80.0 s',
    ]);
  });

  it('says plainly when an engine did not run', () => {
    const lines = engineSummary(report([file('chromium', ['passed'], 1_000)]));
    expect(lines[1]).toMatch(/^WebKit \(WebKitGTK\): NOT RUN/);
    expect(lines[2]).toMatch(/^Firefox ESR: NOT RUN/);
  });

  it('prints nothing without a report', () => {
    expect(engineSummary('/nonexistent/e2e.json')).toEqual([]);
  });
});
