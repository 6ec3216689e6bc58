/**
 * Writes dist/index.html.gz, the page compressed once at zlib's best level, which nginx sends
 * instead of compressing on the fly at level 6 (`gzip_static on` in deploy/nginx.conf). The page is the one file whose size is counted in round
 * trips: with the response headers it must fit in the first TCP window (budgets.json, "html"), and
 * the best level saves ~120 bytes over nginx's own. Assets are compressed on the fly as before.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const PRECOMPRESSED = ['index.html'];

export function precompressPage(): Plugin {
  let outDir = '';
  let ssr = false;
  return {
    name: 'precompress-page',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      ssr = Boolean(config.build.ssr);
    },
    async closeBundle() {
      if (ssr) return;
      for (const file of PRECOMPRESSED) {
        const source = path.join(outDir, file);
        await writeFile(`${source}.gz`, gzipSync(await readFile(source), { level: 9 }));
      }
    },
  };
}
