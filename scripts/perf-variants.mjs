#!/usr/bin/env node
// Times what one part of the start page costs: Lighthouse on variants of the built page, side by
// side, the way `npm run perf` runs it (scripts/lighthouse-run.mjs), interleaved.
//
//   npm run build
//   cp -r dist /tmp/without-x   # then edit /tmp/without-x/index.html
//   node scripts/perf-variants.mjs [--runs 10] [--lang ru|en] dist /tmp/without-x [...]
//
// Each directory is served with deploy/nginx.conf by nginx, as itself (scripts/page-variant.mjs):
// its page gets its own CSP hashes (in the <meta> and in a copy of the server block) and a new
// index.html.gz, and the page nginx sends is checked against the file before any run. Both
// mistakes this prevents have each put a wrong figure in the README once.
//
// Prints every run and, per directory, the median and mean of the simulated LCP and the median of
// the first parse and layout tasks as observed (what Lantern multiplies). One page's LCP moves by
// 10–40 ms from run to run on this machine: compare medians of 8 runs or more, and expect a
// difference under ~10 ms to be noise.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { LANGUAGES, lighthouseRun } from './lighthouse-run.mjs';
import { preparePageVariant } from './page-variant.mjs';
import { SERVER_BLOCK, serveNginx } from './serve-nginx.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '10' }, lang: { type: 'string', default: 'ru' } },
});
const runs = Number(values.runs);
const language = LANGUAGES.find((l) => l.lang === values.lang);
if (!language || !Number.isInteger(runs) || runs < 1 || positionals.length === 0) {
  console.error('usage: node scripts/perf-variants.mjs [--runs N] [--lang ru|en] DIR [DIR ...]');
  process.exit(2);
}

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;

const cleanups = [];
const track = (stop) => {
  cleanups.push(stop);
  return () => cleanups.splice(cleanups.indexOf(stop), 1);
};
const stopAll = async () => {
  for (const stop of cleanups.splice(0).reverse()) {
    await Promise.resolve()
      .then(stop)
      .catch(() => undefined);
  }
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => void stopAll().then(() => process.exit(130)));
}
const scratch = mkdtempSync(path.join(tmpdir(), 'perf-variants-'));
cleanups.push(() => rmSync(scratch, { recursive: true, force: true }));

try {
  const pages = [];
  for (const [i, dir] of positionals.entries()) {
    const { html, serverBlock } = preparePageVariant(dir, readFileSync(SERVER_BLOCK, 'utf8'));
    const source = path.join(scratch, `server-${i}.conf`);
    writeFileSync(source, serverBlock);
    const server = await serveNginx({ root: dir, port: 0, source });
    cleanups.push(() => server.close());
    // What a browser gets is the variant: nginx may send the .gz, so ask for it as a browser does.
    const response = await fetch(server.url, { headers: { 'accept-encoding': 'gzip' } });
    const body = Buffer.from(await response.arrayBuffer());
    const sent =
      response.headers.get('content-encoding') === 'gzip' && body[0] === 0x1f
        ? gunzipSync(body).toString('utf8')
        : body.toString('utf8');
    if (sent !== html) throw new Error(`${dir}: nginx does not send the page in ${dir}/index.html`);
    pages.push({ dir, url: server.url, results: [] });
    console.log(`${dir}: ${server.url}`);
  }
  for (let round = 0; round < runs; round += 1) {
    const order = round % 2 ? [...pages].reverse() : pages;
    for (const page of order) {
      const r = await lighthouseRun(page.url, language, { categories: ['performance'], track });
      page.results.push(r);
      console.log(
        `${language.locale} run ${round + 1} ${page.dir}: LCP ${Math.round(r.lcp)} ms, first parse ${r.firstTasks.parse.toFixed(1)} ms, layout ${r.firstTasks.layout.toFixed(1)} ms`,
      );
    }
  }
  console.log('');
  for (const { dir, results } of pages) {
    const lcp = results.map((r) => r.lcp);
    console.log(
      `${dir}: LCP median ${Math.round(median(lcp))} ms, mean ${Math.round(mean(lcp))} ms (${results.length} runs) · first parse ${median(results.map((r) => r.firstTasks.parse)).toFixed(1)} ms, layout ${median(results.map((r) => r.firstTasks.layout)).toFixed(1)} ms (medians, observed)`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await stopAll();
}
