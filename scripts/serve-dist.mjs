#!/usr/bin/env node
// A tiny, dependency-free static server for the production build (dist/), used by the end-to-end
// tests and runnable by hand:
//
//   node scripts/serve-dist.mjs [--root dist] [--port 4173] [--host 127.0.0.1] [--gzip]
//
// It listens on loopback only, serves index.html for "/" (and for any directory), answers 404 for
// anything missing (no SPA fallback: the app keeps its state in the query string, not the path),
// and sends the same security headers on every response, including errors. The end-to-end tests run
// nginx with deploy/nginx.conf instead (scripts/serve-nginx.mjs, same { url, close } interface);
// this server stays for `npm run serve:dist` and quick local checks without nginx.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ENTRY_LOADER_HASH } from './entry-loader.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy':
    `default-src 'self'; script-src 'self' ${ENTRY_LOADER_HASH}; style-src 'self'; ` +
    "img-src 'self' data: blob:; " +
    "font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; " +
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
});

export const CONTENT_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
});

/** The type for a file name; unknown extensions are served as opaque bytes (nosniff applies). */
export function contentTypeOf(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function sendText(req, res, status, text) {
  const body = `${text}\n`;
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...(status === 405 ? { Allow: 'GET, HEAD' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Maps a request URL to a file inside root, or null when it may not be served. */
async function resolveFile(root, requestUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(requestUrl ?? '/', 'http://localhost').pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (pathname.includes('\0')) return null;
  // No dotfiles (.git, .env…), and nothing outside root after normalising "..".
  if (pathname.split('/').some((segment) => segment.startsWith('.'))) return null;
  let file = path.join(root, pathname);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  return info?.isFile() ? { file, size: info.size, info } : null;
}

/** Types nginx compresses (deploy/nginx.conf gzip_types; text/html always), for `gzip: true`. */
const GZIP_TYPES = new Set([
  'text/html',
  'text/css',
  'text/javascript',
  'application/json',
  'application/manifest+json',
  'text/plain',
  'application/xml',
  'image/svg+xml',
]);
const GZIP_MIN_LENGTH = 256;

/** The gzipped body of a file (nginx's gzip_comp_level 6), kept per file and modification time. */
const gzipCache = new Map();
async function gzippedFile(file, info) {
  const key = `${file}\0${info.mtimeMs}`;
  let body = gzipCache.get(key);
  if (!body) {
    // Like nginx's gzip_static: a file.gz the build wrote (dist/index.html.gz) is sent as it is.
    body = await readFile(`${file}.gz`).catch(async () =>
      gzipSync(await readFile(file), { level: 6 }),
    );
    gzipCache.set(key, body);
  }
  return body;
}

/**
 * Serves `root` (default: dist/ of this repository) over HTTP on loopback. With `gzip: true` it
 * compresses text like the production nginx does (npm run perf measures what families download).
 * @param {{ root?: string, port?: number, host?: string, gzip?: boolean }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} url ends with "/"
 */
export async function serveDist({
  root = path.join(repoRoot, 'dist'),
  port = 0,
  host = '127.0.0.1',
  gzip = false,
} = {}) {
  const rootDir = path.resolve(root);
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(req, res, 405, 'Method Not Allowed');
      return;
    }
    resolveFile(rootDir, req.url).then(
      (found) => {
        if (!found) {
          sendText(req, res, 404, 'Not Found');
          return;
        }
        const type = contentTypeOf(found.file);
        const compress =
          gzip &&
          found.size >= GZIP_MIN_LENGTH &&
          GZIP_TYPES.has(type.split(';')[0] ?? '') &&
          /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        if (compress) {
          gzippedFile(found.file, found.info).then(
            (body) => {
              res.writeHead(200, {
                ...SECURITY_HEADERS,
                'Content-Type': type,
                'Content-Length': body.length,
                'Content-Encoding': 'gzip',
                Vary: 'Accept-Encoding',
                'Cache-Control': 'no-cache',
              });
              res.end(req.method === 'HEAD' ? undefined : body);
            },
            () => sendText(req, res, 500, 'Internal Server Error'),
          );
          return;
        }
        res.writeHead(200, {
          ...SECURITY_HEADERS,
          'Content-Type': type,
          'Content-Length': found.size,
          'Cache-Control': 'no-cache',
        });
        if (req.method === 'HEAD') {
          res.end();
          return;
        }
        const stream = createReadStream(found.file);
        stream.on('error', () => res.destroy());
        stream.pipe(res);
      },
      () => sendText(req, res, 500, 'Internal Server Error'),
    );
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });

  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${actualPort}/`;

  const close = () =>
    new Promise((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve(undefined)));
      server.closeAllConnections();
    });

  return { url, close };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: path.join(repoRoot, 'dist') },
      port: { type: 'string', default: '4173' },
      host: { type: 'string', default: '127.0.0.1' },
      gzip: { type: 'boolean', default: false },
    },
  });
  const root = path.resolve(values.root);
  const { url, close } = await serveDist({
    root,
    port: Number(values.port),
    host: values.host,
    gzip: values.gzip,
  });
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'}/ at ${url}  (Ctrl+C to stop)`);
  const stop = () => {
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
