// The server in front of dist/ (nginx with deploy/nginx.conf, see support/global-setup.ts) must send
// the security headers on every response, the right content types, and 404 for what does not exist.
// Caching and compression: nginx-headers.e2e.ts.
import { request } from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { ENTRY_LOADER_HASH } from '../../scripts/entry-loader.mjs';
import { INLINE_STYLE_HASH } from '../../scripts/inline-style.mjs';

const baseUrl = inject('baseUrl');

// Written out, not imported from security-headers.mjs: an independent copy of the policy (only the
// hashes of the inline loader and stylesheet, which change with their text, come from their modules).
const REQUIRED_HEADERS = {
  'content-security-policy': `default-src 'self'; script-src 'self' ${ENTRY_LOADER_HASH}; style-src 'self' ${INLINE_STYLE_HASH}; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

function expectSecurityHeaders(response: Response): void {
  for (const [name, value] of Object.entries(REQUIRED_HEADERS)) {
    expect(response.headers.get(name), name).toBe(value);
  }
}

/** A GET with the path sent exactly as written (fetch would normalise ".."). */
function rawGet(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(baseUrl);
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static server for dist/', () => {
  it('serves index.html for / (also with a query string) with the security headers', async () => {
    for (const path of ['/', '/?r=p&s=checklist']) {
      const response = await fetch(new URL(path, baseUrl));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expectSecurityHeaders(response);
      expect(await response.text()).toMatch(/<html lang="ru">/);
    }
  });

  it('serves every asset the page references with a matching content type', async () => {
    const html = await (await fetch(baseUrl)).text();
    // Relative (./assets/…, the build's base is './') or absolute; the entry, manifest and icon are
    // named by the inline loader's data-* attributes (scripts/entry-loader.mjs).
    const assets = [
      ...html.matchAll(/(?:src|href|data-entry|data-manifest|data-icon)="(\.?\/[^"]+)"/g),
    ].map((m) => m[1] ?? '');
    expect(assets.length).toBeGreaterThan(0);
    const expected: Record<string, RegExp> = {
      js: /^text\/javascript/,
      css: /^text\/css/,
      svg: /^image\/svg\+xml/,
    };
    for (const asset of assets) {
      const response = await fetch(new URL(asset, baseUrl));
      expect(response.status, asset).toBe(200);
      expectSecurityHeaders(response);
      const type = expected[asset.split('.').pop() ?? ''];
      if (type) expect(response.headers.get('content-type'), asset).toMatch(type);
    }
  });

  it('answers 404, still with the security headers, for missing files', async () => {
    const response = await fetch(new URL('/no-such-file.js', baseUrl));
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
  });

  it('never serves files outside dist/', async () => {
    for (const path of ['/../package.json', '/..%2fpackage.json', '/%2e%2e/package.json']) {
      expect(await rawGet(path), path).not.toBe(200);
    }
  });
});
