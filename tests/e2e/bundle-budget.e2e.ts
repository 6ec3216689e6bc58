// SIZE BUDGETS of the production build (budgets.json), after `vite build`: gzip bytes (zlib level
// 9) of the page, the start page's JavaScript, all JavaScript, the words (locale .json files),
// everything a Russian-speaking family can load and the service worker — with the per-file table
// printed, so a failure shows what grew. Chunks are classified, and their modules read, from the
// bundler's own chunk list (dist/.vite/chunk-modules.json, scripts/chunk-modules-plugin.ts): a
// module merged into the start page's chunks is seen there, where Vite's manifest would hide it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  checkBudgets,
  classifyChunks,
  formatReport,
  gzipSize,
  measureBuild,
  readBudgets,
  readChunkModules,
  type ChunkModules,
  type MeasuredFile,
} from '../../scripts/bundle-size.mjs';

const dist = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../dist/${file}`, import.meta.url)));

// Gzip only: brotli at quality 11 would take seconds (npm run perf prints it).
const measure = () => measureBuild(undefined, undefined, { brotli: false });
const measurement = measure();
const budgets = readBudgets();
const results = checkBudgets(budgets, measurement.files);

/** The one locale file bundled as code: the start page needs the Russian common words at once. */
const BUNDLED_WORDS = 'locales/ru/common.json';
/** Modules that must never be on the start page's path (each is loaded on demand). */
const LATER_MODULES = [
  'src/app/flow-host.tsx',
  'src/app/service-worker.ts',
  'node_modules/workbox-window/',
];

/** Locale words held as code: a module of a locale file, not its ?url address. */
const wordsAsCode = (sources: string[]) =>
  sources.filter((s) => s.startsWith('locales/') && !s.includes('?') && s !== BUNDLED_WORDS);

/** What the start page's JavaScript holds that it must not: each as "file: module". */
function startPageProblems(files: readonly MeasuredFile[]): string[] {
  const initial = files.filter((f) => f.kind === 'js' && f.initial);
  return initial.flatMap((f) =>
    [
      ...wordsAsCode(f.sources),
      ...f.sources.filter((s) => LATER_MODULES.some((m) => s === m || s.startsWith(m))),
    ].map((s) => `${f.file}: ${s}`),
  );
}

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

  it('the start page loads neither the question flow, nor the service worker, nor other words', () => {
    const initial = measurement.files.filter((f) => f.kind === 'js' && f.initial);
    const sources = initial.flatMap((f) => f.sources);
    // The scan sees modules, not only each chunk's entry: the app and the Russian common are there.
    expect(sources).toContain('src/main.tsx');
    expect(sources).toContain('src/app/app.tsx');
    expect(sources).toContain(BUNDLED_WORDS);
    expect(startPageProblems(measurement.files)).toEqual([]);
    // … and each of those modules is in the build, loaded later.
    const later = measurement.files.filter((f) => f.kind === 'js' && !f.initial);
    for (const m of ['src/app/flow-host.tsx', 'src/app/service-worker.ts'])
      expect(later.flatMap((f) => f.sources)).toContain(m);
  });

  it('ships the words as .json data, not as JavaScript (only the Russian common is bundled)', () => {
    const words = measurement.files.filter((f) => f.kind === 'words').flatMap((f) => f.sources);
    for (const lang of ['ru', 'en'])
      for (const ns of ['questions', 'checklist', 'troubles', 'legal', 'teacher'])
        expect(words).toContain(`locales/${lang}/${ns}.json`);
    expect(words).toContain('locales/en/common.json');
    const inJs = measurement.files
      .filter((f) => f.kind === 'js')
      .flatMap((f) => wordsAsCode(f.sources).map((src) => `${f.file}: ${src}`));
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

describe('mutation: the service worker imported statically by src/main.tsx', () => {
  // The mutation the check exists for, applied to a copy of this build's chunk list in memory (no
  // second build): with a static import the bundler moves the service-worker modules into the
  // chunk of src/main.tsx, which the start page loads at once.
  const data = readChunkModules();
  const holding = (module: string) =>
    Object.keys(data.chunks).find((file) => data.chunks[file]?.modules.includes(module));
  const mainFile = holding('src/main.tsx');
  const swFile = holding('src/app/service-worker.ts');

  function staticImport(): ChunkModules {
    const copy = structuredClone(data);
    const main = mainFile ? copy.chunks[mainFile] : undefined;
    const sw = swFile ? copy.chunks[swFile] : undefined;
    if (!main || !sw || !swFile) throw new Error('the build has no main or service-worker chunk');
    main.modules.push(...sw.modules);
    main.dynamicImports = main.dynamicImports.filter((f) => f !== swFile);
    main.imports.push(...sw.imports.filter((f) => f !== mainFile));
    return {
      ...copy,
      chunks: Object.fromEntries(Object.entries(copy.chunks).filter(([file]) => file !== swFile)),
    };
  }
  const reclassify = (copy: ChunkModules) => {
    const { initial, sources } = classifyChunks(copy, ['src/main.tsx']);
    return measurement.files.map((f) => ({
      ...f,
      initial: initial.has(f.file),
      sources: sources.get(f.file) ?? [],
    }));
  };

  it('the service worker is its own later chunk in the real build', () => {
    expect(swFile).toBeDefined();
    expect(swFile).not.toBe(mainFile);
    expect(startPageProblems(reclassify(data))).toEqual([]);
  });

  it('is caught: the start page would hold src/app/service-worker.ts', () => {
    expect(startPageProblems(reclassify(staticImport()))).toContain(
      `${mainFile}: src/app/service-worker.ts`,
    );
  });
});
