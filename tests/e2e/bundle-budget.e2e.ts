// SIZE BUDGETS of the production build (budgets.json), after `vite build`: gzip bytes (zlib level
// 9) of the page, the start page's JavaScript, all JavaScript, the words (locale .json files),
// everything a Russian-speaking family can load and the service worker — with the per-file table
// printed, so a failure shows what grew. Chunks are classified from Vite's build manifest
// (dist/.vite/manifest.json).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  checkBudgets,
  formatReport,
  gzipSize,
  measureBuild,
  readBudgets,
} from '../../scripts/bundle-size.mjs';

const dist = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../dist/${file}`, import.meta.url)));

// Gzip only: brotli at quality 11 would take seconds (npm run perf prints it).
const measure = () => measureBuild(undefined, undefined, { brotli: false });
const measurement = measure();
const budgets = readBudgets();
const results = checkBudgets(budgets, measurement.files);

describe('bundle budgets (budgets.json)', () => {
  it('prints the size of every chunk and the budgets', () => {
    console.log(`\n${formatReport(measurement, results).join('\n')}\n`);
    expect(measurement.files.filter((f) => f.kind === 'js' && f.initial).length).toBeGreaterThan(0);
    expect(results.map((r) => r.id)).toEqual(budgets.budgets.map((b) => b.id));
  });

  for (const result of results) {
    it(`${result.title}: at most ${result.limit} bytes gzip`, () => {
      expect(
        result.gzip,
        `${result.title} is ${result.gzip} bytes gzip, over its budget of ${result.limit} (budgets.json): ${result.files.join(', ')}`,
      ).toBeLessThanOrEqual(result.limit);
    });
  }

  it('the start page loads neither the question flow nor any locale chunk', () => {
    const initial = measurement.files.filter((f) => f.kind === 'js' && f.initial);
    const sources = initial.flatMap((f) => f.sources);
    expect(sources.filter((s) => s.startsWith('locales/'))).toEqual([]);
    expect(sources).not.toContain('src/app/flow-host.tsx');
    expect(sources).not.toContain('src/app/service-worker.ts');
  });

  it('ships the words as .json data, not as JavaScript (only the Russian common is bundled)', () => {
    const words = measurement.files.filter((f) => f.kind === 'words').flatMap((f) => f.sources);
    for (const lang of ['ru', 'en'])
      for (const ns of ['questions', 'checklist', 'troubles', 'legal', 'teacher'])
        expect(words).toContain(`locales/${lang}/${ns}.json`);
    expect(words).toContain('locales/en/common.json');
    const inJs = measurement.files
      .filter((f) => f.kind === 'js')
      .flatMap((f) => f.sources)
      .filter((src) => src.startsWith('locales/'));
    expect(inJs).toEqual([]);
  });

  it('the page nginx sends (index.html.gz, gzip_static) is the measured one, byte for byte', () => {
    const page = dist('index.html');
    const sent = dist('index.html.gz');
    expect(gunzipSync(sent).equals(page)).toBe(true);
    expect(sent.length).toBe(gzipSize(page));
  });

  it('measures the same bytes twice (gzip level 9 is deterministic)', () => {
    const again = measure();
    expect(again.files.map((f) => [f.file, f.gzip])).toEqual(
      measurement.files.map((f) => [f.file, f.gzip]),
    );
  });
});
