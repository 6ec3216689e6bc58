/**
 * Writes dist/.vite/chunk-modules.json: for every JavaScript chunk of the build, the modules the
 * bundler put into it (Rollup's module ids, relative to the project), the chunks it imports
 * statically and dynamically, its CSS; and for every emitted asset, its source files.
 *
 * Why not Vite's manifest (dist/.vite/manifest.json): the manifest names one source per chunk, the
 * chunk's entry. A module that a chunk merely contains — src/app/service-worker.ts imported
 * statically by src/main.tsx, say — merges into that chunk and disappears from the manifest, so a
 * check "the start page does not load the service worker" would read nothing and pass. The
 * bundler's own list is what the chunk holds. Read by scripts/bundle-size.mjs (budgets.json,
 * tests/e2e/bundle-budget.e2e.ts, npm run perf). Not precached (the service worker skips .vite/).
 */
import path from 'node:path';
import type { Plugin } from 'vite';

export const CHUNK_MODULES_FILE = '.vite/chunk-modules.json';

export function chunkModules(): Plugin {
  let root = '';
  let ssr = false;
  /** A module id as a path inside the project ("src/main.tsx"); virtual modules keep their name. */
  const short = (id: string) => {
    const plain = id.replace(/^\0/, '');
    if (!path.isAbsolute(plain)) return plain;
    const relative = path.relative(root, plain).split(path.sep).join('/');
    // Outside the project: a virtual module with a path-like name ("/@vite-plugin-pwa/…").
    return relative.startsWith('../') ? plain : relative;
  };
  return {
    name: 'chunk-modules',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      ssr = Boolean(config.build.ssr);
    },
    generateBundle(_options, bundle) {
      if (ssr) return;
      const chunks: Record<string, unknown> = {};
      const assets: Record<string, string[]> = {};
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') {
          chunks[output.fileName] = {
            name: output.name,
            isEntry: output.isEntry,
            isDynamicEntry: output.isDynamicEntry,
            facadeModule: output.facadeModuleId ? short(output.facadeModuleId) : null,
            imports: output.imports,
            dynamicImports: output.dynamicImports,
            css: [...(output.viteMetadata?.importedCss ?? [])],
            modules: output.moduleIds.map(short),
          };
        } else {
          assets[output.fileName] = output.originalFileNames.map(short);
        }
      }
      this.emitFile({
        type: 'asset',
        fileName: CHUNK_MODULES_FILE,
        source: `${JSON.stringify({ chunks, assets }, null, 2)}\n`,
      });
    },
  };
}
