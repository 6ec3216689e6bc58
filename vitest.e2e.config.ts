// End-to-end tests: real Chromium (playwright-core) against the production build in dist/,
// served on loopback by tests/e2e/support/global-setup.ts. Run with `npm run test:e2e`
// (builds first) or as the last stage of `npm test`.
import { defineConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default defineConfig({
  // Same import aliases as the app (@/, @machines/, @locales/), e.g. to build links in a test.
  resolve: viteConfig.resolve,
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // Each file launches its own Chromium; two at a time keeps the machine responsive.
    maxWorkers: 2,
    // tests/e2e/support/browser.ts registers its afterAll per file: keep files isolated.
    isolate: true,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
