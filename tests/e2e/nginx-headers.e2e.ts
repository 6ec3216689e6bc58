// The production server, for real: nginx running deploy/nginx.conf (started by the global setup)
// sends exactly the security headers of scripts/security-headers.mjs on every response, caches hashed
// assets for a year and revalidates everything else, and compresses text.
import { readdirSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { SECURITY_HEADERS } from '../../scripts/security-headers.mjs';

const baseUrl = inject('baseUrl');

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A request sent exactly as written: no automatic Accept-Encoding, no decompression. */
function raw(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function expectSecurityHeaders(response: RawResponse, what: string): void {
  const sent = Object.fromEntries(
    Object.keys(SECURITY_HEADERS).map((name) => [name, response.headers[name.toLowerCase()]]),
  );
  expect(sent, `security headers on ${what}`).toEqual(SECURITY_HEADERS);
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
let hashedJs = '';
let hashedCss = '';

beforeAll(async () => {
  const html = (await raw('/')).body.toString('utf8');
  // index.html sits at the root here, so its relative ./assets/… URLs are /assets/….
  // The entry is named by the inline loader (data-entry, scripts/entry-loader.mjs).
  hashedJs = /(?:src|data-entry)="\.?(\/assets\/[^"]+-[\w-]{8,}\.js)"/.exec(html)?.[1] ?? '';
  // The start page's stylesheet is inline (scripts/inline-style.mjs); the flow's is a hashed file.
  const assets = readdirSync(fileURLToPath(new URL('../../dist/assets/', import.meta.url)));
  const css = assets.find((name) => /-[\w-]{8,}\.css$/.test(name));
  hashedCss = css ? `/assets/${css}` : '';
  expect(hashedJs, 'index.html references a hashed script in /assets/').not.toBe('');
  expect(hashedCss, 'the build has a hashed stylesheet in /assets/').not.toBe('');
});

describe('nginx with deploy/nginx.conf', () => {
  it('is what the end-to-end tests run against', async () => {
    expect((await raw('/')).headers.server).toBe('nginx'); // server_tokens off: no version
  });

  it('sends the security headers of security-headers.mjs on pages, assets, errors and 304s', async () => {
    const paths = [
      '/',
      '/index.html',
      '/?r=p&s=checklist',
      () => hashedJs,
      () => hashedCss,
      '/favicon.svg',
      '/no-such-file.js',
      '/assets/no-such-file-12345678.js',
      '/.env',
    ];
    for (const entry of paths) {
      const path = typeof entry === 'string' ? entry : entry();
      expectSecurityHeaders(await raw(path), path);
    }
    const head = await raw('/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expectSecurityHeaders(head, 'HEAD /');
    const etag = (await raw('/')).headers.etag ?? '';
    const notModified = await raw('/', { 'If-None-Match': etag });
    expect(notModified.status).toBe(304);
    expectSecurityHeaders(notModified, '304 for /');
  });

  it('answers 404 for missing files and dotfiles, never index.html', async () => {
    for (const path of ['/no-such-file.js', '/checklist', '/assets/nope.css', '/.env']) {
      const response = await raw(path);
      expect(response.status, path).toBe(404);
      expect(response.body.toString('utf8'), path).not.toMatch(/<div id="root">/);
    }
  });

  it('lets browsers keep hashed assets for a year', async () => {
    for (const path of [hashedJs, hashedCss]) {
      const response = await raw(path);
      expect(response.status, path).toBe(200);
      expect(response.headers['cache-control'], path).toBe(IMMUTABLE);
    }
  });

  it('revalidates index.html and every other unhashed file; never stores an error', async () => {
    for (const path of ['/', '/index.html', '/?r=p&s=checklist', '/favicon.svg']) {
      expect((await raw(path)).headers['cache-control'], path).toBe('no-cache');
    }
    // A missing hashed file must not be cached as immutable (a CDN would keep the 404 for a year).
    expect((await raw('/assets/no-such-file-12345678.js')).headers['cache-control']).toBe(
      'no-store',
    );
  });

  it('compresses HTML, JavaScript and CSS with gzip when the browser accepts it', async () => {
    for (const path of ['/', hashedJs, hashedCss]) {
      const plain = await raw(path);
      expect(plain.headers['content-encoding'], `${path} without Accept-Encoding`).toBeUndefined();

      const zipped = await raw(path, { 'Accept-Encoding': 'gzip' });
      expect(zipped.status, path).toBe(200);
      expect(zipped.headers['content-encoding'], path).toBe('gzip');
      expect(zipped.headers.vary, path).toMatch(/Accept-Encoding/i);
      expect(gunzipSync(zipped.body).equals(plain.body), `${path} decompresses to the file`).toBe(
        true,
      );
      expect(zipped.body.length, path).toBeLessThan(plain.body.length);
      expectSecurityHeaders(zipped, `gzip ${path}`);
    }
  });

  it('serves text with its charset and the right types', async () => {
    expect((await raw('/')).headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await raw(hashedJs)).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await raw(hashedCss)).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await raw('/favicon.svg')).headers['content-type']).toBe('image/svg+xml');
  });
});
