/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { visualizer } from 'rollup-plugin-visualizer';
import { defineConfig } from 'vite';
import { schoolConfig, schoolConfigPath } from './scripts/school-config-plugin.ts';
import { openGraph } from './scripts/open-graph-plugin.ts';
import { prerenderStartPage } from './scripts/prerender-plugin.ts';
import { deferredEntry } from './scripts/deferred-entry-plugin.ts';
import { precompressPage } from './scripts/precompress-plugin.ts';
import { offline } from './scripts/pwa-plugin.ts';
import { chunkModules } from './scripts/chunk-modules-plugin.ts';
import { chunkName } from './scripts/chunk-names.ts';
import { securityHeaders } from './scripts/security-headers-plugin.ts';

const dir = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** src/school/school.json, or the file named by SCHOOL_CONFIG: validated, then bundled as the school. */
const schoolFile = schoolConfigPath(dir('./'));

export default defineConfig({
  // Relative asset URLs: dist/ works at a host's root or in any sub-folder (publicOrigin may be
  // https://school.ru/wizard/); the app's own URLs are query strings on the page it was opened at.
  base: './',
  // prerenderStartPage: the start page's HTML in dist/index.html; offline: the service worker and
  // web manifest (vite-plugin-pwa), generated after the prerendered index.html is written;
  // deferredEntry: scripts/entry-loader.mjs.
  plugins: [
    schoolConfig(schoolFile),
    // The <meta> policy, the inline stylesheet, and a `vite preview` that answers like nginx.
    ...securityHeaders(),
    react(),
    // dist/.vite/chunk-modules.json: the modules in each chunk, from the bundler (budgets.json).
    chunkModules(),
    openGraph(),
    prerenderStartPage(),
    ...offline(dir('./')),
    // Last: the built page loads its entry, manifest and icon after the first paint.
    deferredEntry(),
    // dist/index.html.gz at the best level, for nginx's gzip_static.
    precompressPage(),
    // `npm run treemap`: which module takes how many bytes of which chunk, drawn as a treemap.
    ...(process.env.TREEMAP
      ? [visualizer({ filename: 'reports/treemap.html', template: 'treemap', gzipSize: true })]
      : []),
  ],
  resolve: {
    alias: {
      '@/': dir('./src/'),
      '@machines/': dir('./machines/'),
      '@locales/': dir('./locales/'),
      '@school-config': schoolFile,
    },
  },
  build: {
    target: 'es2020',
    sourcemap: false,
    // dist/.vite/manifest.json: which chunks the start page loads (budgets.json, npm run perf).
    manifest: true,
    // The locale files stay .json files however small (src/app/i18n.ts fetches them; the CSP
    // allows no fetch of a data: URL); other small assets are inlined as Vite decides.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    rolldownOptions: {
      output: {
        // Honest names: react-dom's chunk is "react-dom", the entry "boot" (scripts/chunk-names.ts).
        entryFileNames: (chunk) => `assets/${chunkName(chunk)}-[hash].js`,
        chunkFileNames: (chunk) => `assets/${chunkName(chunk)}-[hash].js`,
      },
    },
  },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
  },
});
