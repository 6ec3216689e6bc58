// Vitest globalSetup for the end-to-end tests (runs once, in the main process).
// It refuses to run without a browser or a build — an e2e run that silently skips proves nothing —
// then serves dist/ on a free loopback port with nginx and the production server block
// (deploy/nginx.conf, via scripts/serve-nginx.mjs) and hands the URL to the tests via
// `inject('baseUrl')`. No nginx is an error with the install command, never a skip.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveNginx } from '../../../scripts/serve-nginx.mjs';
import { findFirefox, findMiniBrowser, findWebKitDriver, findXvfb } from './engines/executables';
import { startXvfb } from './engines/xvfb';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the served production build, ending with "/". */
    baseUrl: string;
    /** Absolute path of the Chromium executable the tests launch. */
    chromiumPath: string;
    /** The other engines of tests/e2e/engines/ (see support/engines/executables.ts). */
    firefoxPath: string;
    webkitDriverPath: string;
    miniBrowserPath: string;
    /** The Xvfb display MiniBrowser runs on, e.g. ":3". */
    display: string;
  }
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Throws (never skips) when Chromium is missing; returns its path otherwise. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  const chromiumPath = fromEnv || DEFAULT_CHROMIUM_PATH;
  if (isExecutableFile(chromiumPath)) return chromiumPath;
  const where = fromEnv ? `CHROMIUM_PATH=${fromEnv}` : `the default path ${DEFAULT_CHROMIUM_PATH}`;
  throw new Error(
    [
      `End-to-end tests need Chromium, but no executable was found at ${where}.`,
      'Install it (Debian/Ubuntu):',
      '    sudo apt-get install -y chromium',
      'or point CHROMIUM_PATH at an existing Chromium or Chrome executable:',
      '    CHROMIUM_PATH=/path/to/chromium npm test',
      'These tests never skip: a run without a browser would prove nothing.',
    ].join('\n'),
  );
}

/** Throws when there is no production build to serve; returns the dist/ directory otherwise. */
export function findBuild(root = repoRoot): string {
  const dist = path.join(root, 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error(
      `No production build: ${path.join(dist, 'index.html')} does not exist. ` +
        'End-to-end tests run against dist/ — run the build first (`npx vite build`, or `npm test`, which builds before the e2e stage).',
    );
  }
  return dist;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium();
  const firefoxPath = findFirefox();
  const webkitDriverPath = findWebKitDriver();
  const miniBrowserPath = findMiniBrowser();
  const xvfbPath = findXvfb();
  const dist = findBuild();
  const server = await serveNginx({ root: dist, port: 0 });
  const xvfb = await startXvfb(xvfbPath).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  project.provide('firefoxPath', firefoxPath);
  project.provide('webkitDriverPath', webkitDriverPath);
  project.provide('miniBrowserPath', miniBrowserPath);
  project.provide('display', xvfb.display);
  console.log(
    `[e2e] nginx (deploy/nginx.conf) serving ${path.relative(repoRoot, dist)}/ at ${server.url} · chromium: ${chromiumPath} · firefox: ${firefoxPath} · WebKitWebDriver: ${webkitDriverPath} on Xvfb ${xvfb.display}`,
  );
  return async () => {
    await Promise.allSettled([server.close(), xvfb.stop()]);
  };
}
