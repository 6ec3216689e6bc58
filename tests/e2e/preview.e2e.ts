// `vite preview` behaves like the production server (deploy/nginx.conf): the security headers of
// scripts/security-headers.mjs on every response, errors included; 404 for a path with no file
// (no SPA fallback: the app's state is in the query string); nothing outside dist/, no dotfiles.
// That is scripts/security-headers-plugin.ts (configurePreviewServer).
import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import { SECURITY_HEADERS } from '../../scripts/security-headers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let server: PreviewServer;
let baseUrl = '';

beforeAll(async () => {
  server = await preview({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  baseUrl = server.resolvedUrls?.local[0] ?? '';
  expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
});

afterAll(async () => {
  await server?.close();
});

/** A GET with the path sent exactly as written (fetch would normalise ".."). */
function get(path: string): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(baseUrl);
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, headers: res.headers });
    });
    req.on('error', reject);
    req.end();
  });
}

function expectSecurityHeaders(headers: Record<string, unknown>, what: string) {
  const sent = Object.fromEntries(
    Object.keys(SECURITY_HEADERS).map((name) => [name, headers[name.toLowerCase()]]),
  );
  expect(sent, what).toEqual(SECURITY_HEADERS);
  expect(headers['access-control-allow-origin'], `${what}: no CORS, as nginx`).toBeUndefined();
}

describe('vite preview, like production', () => {
  it('serves the pages and assets with the security headers', async () => {
    const js = readdirSync(fileURLToPath(new URL('../../dist/assets/', import.meta.url))).find(
      (name) => name.endsWith('.js'),
    );
    for (const path of ['/', '/?r=p&s=checklist', '/guide.html', `/assets/${js}`, '/sw.js']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expectSecurityHeaders(response.headers, path);
    }
  });

  it('answers 404, with the security headers, for paths with no file (no SPA fallback)', async () => {
    for (const path of [
      '/no-such-page',
      '/checklist',
      '/assets/no-such.js',
      '/.vite/manifest.json',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expectSecurityHeaders(response.headers, path);
    }
  });

  it('never serves files outside dist/', async () => {
    for (const path of ['/../package.json', '/..%2fpackage.json', '/%2e%2e/package.json']) {
      expect((await get(path)).status, path).not.toBe(200);
    }
  });
});
