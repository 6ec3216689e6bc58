// Sizes of the production build against budgets.json, shared by tests/e2e/bundle-budget.e2e.ts
// (npm test) and scripts/perf.mjs (npm run perf). Plain Node, no dependencies.
//
// Every file is measured raw, gzip (zlib level 9) and brotli (quality 11); gzip is what the
// budgets count. Node's zlib writes no time or file name into the gzip header, so the numbers are
// the same on every run. Which chunk is "initial", and which modules each chunk holds, comes from
// the bundler itself (dist/.vite/chunk-modules.json, written by scripts/chunk-modules-plugin.ts):
// the entry of index.html and every chunk it imports statically, recursively. Everything else is
// "later": loaded on demand. Not Vite's manifest: it names one source per chunk, so a module merged
// into another chunk (a dynamic import made static) vanishes from it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const BUDGETS_FILE = path.join(repoRoot, 'budgets.json');
export const MANIFEST_PATH = '.vite/manifest.json';
export const CHUNK_MODULES_PATH = '.vite/chunk-modules.json';
export const SERVICE_WORKER = 'sw.js';

export const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;
export const brotliSize = (buffer) =>
  brotliCompressSync(buffer, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length;

export function readBudgets(file = BUDGETS_FILE) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Sources the start page loads at once although they are dynamic imports (budgets.json). */
const alsoInitialSources = () =>
  readBudgets().budgets.find((b) => b.id === 'initialJs')?.alsoInitialSources ?? [];

/**
 * Which output files the start page loads at once, and the source modules of every output file,
 * from the bundler's chunk list (dist/.vite/chunk-modules.json). "Initial" is every entry chunk with
 * its static imports (and their CSS), plus each chunk holding a source in `alsoInitial`
 * (src/main.tsx, which src/boot.ts imports right after the first paint) with its static imports.
 * @param {{ chunks: Record<string, { isEntry: boolean, facadeModule: string | null, imports: string[],
 *   dynamicImports: string[], css: string[], modules: string[] }>, assets: Record<string, string[]> }} data
 * @param {string[]} alsoInitial
 * @returns {{ initial: Set<string>, sources: Map<string, string[]> }}
 */
export function classifyChunks(data, alsoInitial) {
  const { chunks, assets } = data;
  const initial = new Set();
  const visit = (file) => {
    const chunk = chunks[file];
    if (!chunk || initial.has(file)) return;
    initial.add(file);
    for (const css of chunk.css ?? []) initial.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const entries = Object.keys(chunks).filter((file) => chunks[file]?.isEntry);
  if (entries.length === 0) throw new Error(`${CHUNK_MODULES_PATH} names no entry chunk`);
  entries.forEach(visit);
  for (const source of alsoInitial) {
    const holders = Object.keys(chunks).filter((file) => chunks[file]?.modules.includes(source));
    if (holders.length === 0) throw new Error(`${CHUNK_MODULES_PATH}: no chunk holds ${source}`);
    holders.forEach(visit);
  }
  const sources = new Map();
  for (const [file, chunk] of Object.entries(chunks)) sources.set(file, [...chunk.modules]);
  for (const [file, originals] of Object.entries(assets)) sources.set(file, [...originals]);
  return { initial, sources };
}

/** The bundler's chunk list of a build (scripts/chunk-modules-plugin.ts). */
export function readChunkModules(dist = path.join(repoRoot, 'dist')) {
  const file = path.join(dist, CHUNK_MODULES_PATH);
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: build first (npx vite build; scripts/chunk-modules-plugin.ts writes it)`,
    );
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Measures dist/: every .js, .css and .json (locale words) file in assets/, sw.js and index.html
 * (brotli: NaN when `brotli` is false), each marked initial or not and with its source modules
 * (classifyChunks).
 * @returns {{ files: Array<{ file: string, kind: 'js'|'css'|'words'|'sw'|'html', raw: number, gzip: number,
 *   brotli: number, initial: boolean, sources: string[] }> }}
 */
export function measureBuild(
  dist = path.join(repoRoot, 'dist'),
  alsoInitial = alsoInitialSources(),
  { brotli = true } = {},
) {
  const { initial, sources } = classifyChunks(readChunkModules(dist), alsoInitial);

  const measure = (relative, kind) => {
    const buffer = readFileSync(path.join(dist, relative));
    return {
      file: relative,
      kind,
      raw: buffer.length,
      gzip: gzipSize(buffer),
      // Brotli at quality 11 is slow; the budgets count gzip only.
      brotli: brotli ? brotliSize(buffer) : Number.NaN,
      initial: initial.has(relative),
      sources: sources.get(relative) ?? [],
    };
  };
  const assets = readdirSync(path.join(dist, 'assets')).sort();
  const files = [
    ...assets.filter((f) => f.endsWith('.js')).map((f) => measure(`assets/${f}`, 'js')),
    ...assets.filter((f) => f.endsWith('.css')).map((f) => measure(`assets/${f}`, 'css')),
    // The locale files, fetched as data by src/app/i18n.ts (the Russian `common` is in the JS).
    ...assets.filter((f) => f.endsWith('.json')).map((f) => measure(`assets/${f}`, 'words')),
  ];
  if (existsSync(path.join(dist, SERVICE_WORKER))) files.push(measure(SERVICE_WORKER, 'sw'));
  files.push(measure('index.html', 'html'));
  return { files };
}

/** The files a budget counts. */
export function filesOfBudget(budget, files) {
  if (budget.id === 'initialJs') return files.filter((f) => f.kind === 'js' && f.initial);
  if (budget.id === 'serviceWorker') return files.filter((f) => f.kind === 'sw');
  if (budget.id === 'html') return files.filter((f) => f.kind === 'html');
  // Other budgets count the kinds they name (JavaScript unless told), minus the files made only of
  // excluded sources (a chunk holding one excluded module, or its ?url address, stays counted).
  const kinds = budget.kinds ?? ['js'];
  const excluded = (f) =>
    f.sources.length > 0 &&
    f.sources.every(
      (src) =>
        (budget.excludeSources ?? []).some((prefix) => src.startsWith(prefix)) &&
        !(budget.keepSources ?? []).includes(src),
    );
  return files.filter((f) => kinds.includes(f.kind) && !excluded(f));
}

/**
 * Each budget with its measured total.
 * @returns {Array<{ id: string, title: string, limit: number, gzip: number, raw: number,
 *   brotli: number, ok: boolean, files: string[] }>}
 */
export function checkBudgets(budgets, files) {
  return budgets.budgets.map((budget) => {
    const counted = filesOfBudget(budget, files);
    const sum = (key) => counted.reduce((total, f) => total + f[key], 0);
    const gzip = sum('gzip');
    return {
      id: budget.id,
      title: budget.title,
      limit: budget.limit,
      gzip,
      raw: sum('raw'),
      brotli: sum('brotli'),
      ok: gzip <= budget.limit,
      files: counted.map((f) => f.file),
    };
  });
}

const kb = (bytes) => (Number.isNaN(bytes) ? '–' : (bytes / 1000).toFixed(1));

/** The per-file table and the budgets, as lines of text. */
export function formatReport({ files }, results) {
  // What a chunk holds: its source file, the package for one from node_modules.
  const short = (src) => {
    const fromPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(src);
    if (fromPackage) return fromPackage[1];
    return path.isAbsolute(src) ? path.relative(repoRoot, src) : src;
  };
  const name = (f) => {
    const src = f.sources.length === 1 ? short(f.sources[0]) : '';
    return `${f.file}${src && !src.startsWith('_') ? `  (${src})` : ''}`;
  };
  const width = Math.max(40, ...files.map((f) => name(f).length));
  const line = (label, when, raw, gzip, brotli) =>
    `${label.padEnd(width)}  ${when.padEnd(7)} ${raw.padStart(9)} ${gzip.padStart(9)} ${brotli.padStart(9)}`;
  const lines = [line('file', 'loaded', 'raw KB', 'gzip KB', 'brotli KB')];
  const order = { html: 0, js: 1, css: 2, words: 3, sw: 4 };
  const sorted = [...files].sort(
    (a, b) =>
      order[a.kind] - order[b.kind] || Number(b.initial) - Number(a.initial) || b.gzip - a.gzip,
  );
  for (const f of sorted) {
    const when = f.kind === 'sw' ? 'bg' : f.initial || f.kind === 'html' ? 'initial' : 'later';
    lines.push(line(name(f), when, kb(f.raw), kb(f.gzip), kb(f.brotli)));
  }
  lines.push('');
  for (const r of results) {
    const mark = r.ok ? 'ok  ' : 'OVER';
    lines.push(
      `${mark} ${r.title.padEnd(44)} ${kb(r.gzip).padStart(7)} KB gzip of ${kb(r.limit)} KB  (raw ${kb(r.raw)}, brotli ${kb(r.brotli)}, ${r.files.length} files)`,
    );
  }
  return lines;
}
