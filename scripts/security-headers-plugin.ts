/**
 * The page's side of scripts/security-headers.mjs, for the dev server, the build and `vite preview`:
 *
 *   - every index.html gets the <meta> Content-Security-Policy (the header's policy minus
 *     frame-ancestors) as the first tag after <meta charset>, so it covers all that follows;
 *     index.html itself carries no copy to drift;
 *   - the build replaces the start page's stylesheet link with the inline <style> of
 *     scripts/inline-style.mjs, whose hash the policy allows (the dev server keeps the link: it
 *     serves the source file, and Vite's hot reload needs it);
 *   - `vite preview` behaves like deploy/nginx.conf: the same security headers on every response,
 *     errors included, and 404 for a path with no file (no SPA fallback: the app's state is in the
 *     query string, never in the path).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { INLINE_STYLE, INLINE_STYLE_SOURCE } from './inline-style.mjs';
import { CONTENT_SECURITY_POLICY_META, SECURITY_HEADERS } from './security-headers.mjs';

const CHARSET = /<meta charset="utf-8"\s*\/?>/i;
const STYLESHEET = new RegExp(
  `[ \\t]*<link rel="stylesheet" href="/${INLINE_STYLE_SOURCE.replace(/[.]/g, '\\.')}"\\s*/?>\\n?`,
);

/** index.html with the <meta> policy after <meta charset>; fails when there is already one. */
export function withPolicyMeta(html: string): string {
  if (/http-equiv="Content-Security-Policy"/i.test(html)) {
    throw new Error(
      'security-headers: index.html must not carry a Content-Security-Policy <meta>: it is generated from scripts/security-headers.mjs',
    );
  }
  if (!CHARSET.test(html))
    throw new Error('security-headers: index.html needs <meta charset="utf-8">');
  return html.replace(
    CHARSET,
    (charset) =>
      `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`,
  );
}

const STYLE_PLACEHOLDER = '<!-- inline-style -->';

/**
 * The built page, step 1 (before Vite reads the HTML): the stylesheet link becomes a placeholder,
 * so Vite neither bundles the file nor rewrites a <style> (which would change its hash).
 */
export function withStylePlaceholder(html: string): string {
  if (!STYLESHEET.test(html)) {
    throw new Error(
      `security-headers: index.html must link /${INLINE_STYLE_SOURCE} (the build inlines it)`,
    );
  }
  return html.replace(STYLESHEET, `    ${STYLE_PLACEHOLDER}\n`);
}

/** Step 2 (after Vite): the placeholder becomes the inline <style> the policy allows. */
export function withInlineStyle(html: string): string {
  if (!html.includes(STYLE_PLACEHOLDER)) {
    throw new Error('security-headers: the inline-style placeholder is missing from the page');
  }
  return html.replace(STYLE_PLACEHOLDER, () => `<style>${INLINE_STYLE}</style>`);
}

/** Whether `pathname` names a file in `root` (a directory: its index.html), as nginx would serve. */
function servable(root: string, pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  if (decoded.includes('\0') || decoded.split('/').some((part) => part.startsWith('.'))) {
    return false;
  }
  const file = path.join(root, decoded);
  if (file !== root && !file.startsWith(root + path.sep)) return false;
  const target =
    existsSync(file) && statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
  return existsSync(target) && statSync(target).isFile();
}

export function securityHeaders(): Plugin[] {
  let build = false;
  let ssr = false;
  const inlineStyle: Plugin = {
    name: 'security-headers:inline-style',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => (ssr ? html : withInlineStyle(html)),
    },
  };
  const main: Plugin = {
    name: 'security-headers',
    config: () => ({
      // nginx sends no CORS header; neither does the preview.
      preview: { cors: false },
    }),
    configResolved(config) {
      build = config.command === 'build';
      ssr = Boolean(config.build.ssr);
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        if (ssr) return html;
        const withMeta = withPolicyMeta(html);
        return build ? withStylePlaceholder(withMeta) : withMeta;
      },
    },
    configurePreviewServer(server) {
      const root = path.resolve(server.config.root, server.config.build.outDir);
      // Before Vite's own middlewares: headers set here stay on every response, 404s included.
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
        const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
        if (servable(root, pathname)) {
          next();
          return;
        }
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end('Not Found\n');
      });
    },
  };
  return [main, inlineStyle];
}
