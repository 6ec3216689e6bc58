// A variant of the built start page, made to time what one part of it costs
// (scripts/perf-variants.mjs), must be served as itself. Two things silently serve something else:
//   - the Content-Security-Policy allows the inline <style> and <script> by their sha256 hashes, in
//     the page's <meta> and in nginx's header: a changed block no longer matches, the browser drops
//     it, and the page measured is unstyled (or has no loader);
//   - nginx's `gzip_static on` sends dist/index.html.gz, the precompressed original, to every browser
//     (they all ask for gzip), whatever index.html now says.
// These pure functions give a variant its own hashes; preparePageVariant also rewrites the .gz.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The CSP hash sources of a page's inline blocks: every <style>, every <script> without src. */
export function inlineHashes(html) {
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]));
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\bsrc\s*=/.test(m[1]))
    .map((m) => sha256(m[2]));
  return { styles, scripts };
}

/** `text` (a policy, a page or an nginx server block) with every script-src and style-src set to
 * 'self' plus the given hashes. Throws when `text` has neither, so a typo cannot pass unnoticed. */
export function withPolicyHashes(text, { styles, scripts }) {
  const set = (name, hashes) => (source) => {
    const directive = new RegExp(`${name} 'self'[^;"]*`, 'g');
    if (!directive.test(source)) throw new Error(`no ${name} 'self' … to rewrite`);
    return source.replace(directive, [`${name} 'self'`, ...hashes].join(' '));
  };
  return set('style-src', styles)(set('script-src', scripts)(text));
}

/**
 * Makes `dir` (a copy of dist/ whose index.html was edited) servable as itself: its <meta> policy
 * gets the page's own hashes, index.html.gz is written again from the page, and the returned
 * server block (deploy/nginx.conf's text with the same hashes) is for serveNginx({ source }).
 */
export function preparePageVariant(dir, serverBlockText) {
  const file = path.join(dir, 'index.html');
  const original = readFileSync(file, 'utf8');
  const hashes = inlineHashes(original);
  const html = withPolicyHashes(original, hashes);
  writeFileSync(file, html);
  writeFileSync(`${file}.gz`, gzipSync(Buffer.from(html, 'utf8'), { level: 9 }));
  return { html, hashes, serverBlock: withPolicyHashes(serverBlockText, hashes) };
}
