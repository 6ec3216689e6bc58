// THE security headers: the one definition every server and the page itself take them from.
//
//   - deploy/nginx.conf: the add_header lines between its "generated" markers are written from
//     here by `npm run headers` (scripts/write-nginx-headers.mjs); tests/unit/security-headers.test.ts
//     fails, naming that command, when the file and this module differ;
//   - the <meta> policy of every built page and of the dev server: scripts/security-headers-plugin.ts
//     writes CONTENT_SECURITY_POLICY_META into <head> (index.html carries no copy);
//   - `vite preview` (the same plugin) sends SECURITY_HEADERS.
//
// The policy allows no 'unsafe-inline' and no 'unsafe-eval': the two inline blocks of the built
// pages are allowed by their sha256 hashes, computed here from their exact text (the entry loader,
// scripts/entry-loader.mjs, and the inline stylesheet, scripts/inline-style.mjs). Edit either and
// run `npm run headers`.
import { ENTRY_LOADER_HASH } from './entry-loader.mjs';
import { INLINE_STYLE_HASH } from './inline-style.mjs';

/** Directive -> sources. frame-ancestors is dropped from the <meta> copy (a meta cannot carry it). */
const DIRECTIVES = [
  ['default-src', "'self'"],
  ['script-src', `'self' ${ENTRY_LOADER_HASH}`],
  ['style-src', `'self' ${INLINE_STYLE_HASH}`],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  ['worker-src', "'self'"],
  ['frame-ancestors', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['object-src', "'none'"],
];
/** Directives a <meta http-equiv> policy cannot carry (CSP 3, §3.3). */
const NOT_IN_META = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

const serialize = (directives) => directives.map(([name, value]) => `${name} ${value}`).join('; ');

export const CONTENT_SECURITY_POLICY = serialize(DIRECTIVES);
export const CONTENT_SECURITY_POLICY_META = serialize(
  DIRECTIVES.filter(([name]) => !NOT_IN_META.has(name)),
);

export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
});

export const NGINX_BEGIN =
  '    # BEGIN security headers: generated from scripts/security-headers.mjs by `npm run headers`; do not edit';
export const NGINX_END = '    # END security headers';

/** The add_header lines of deploy/nginx.conf, `always` so errors carry them too. */
export function nginxHeaderBlock() {
  const lines = Object.entries(SECURITY_HEADERS).map(
    ([name, value]) => `    add_header ${name} "${value}" always;`,
  );
  return [NGINX_BEGIN, ...lines, NGINX_END].join('\n');
}

/** `config` with its generated block replaced by the current one; throws if the markers are missing. */
export function withNginxHeaders(config) {
  const start = config.indexOf(NGINX_BEGIN);
  const end = config.indexOf(NGINX_END);
  if (start < 0 || end < start) {
    throw new Error(
      `deploy/nginx.conf: the lines "${NGINX_BEGIN.trim()}" … "${NGINX_END.trim()}" are missing`,
    );
  }
  return config.slice(0, start) + nginxHeaderBlock() + config.slice(end + NGINX_END.length);
}
