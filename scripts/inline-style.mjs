// The start page's stylesheet, inlined into the built pages' <head> as one <style>: the first paint
// then waits for nothing but the HTML (README "Performance"; a linked stylesheet cost one more
// round trip, ×1.08–1.18 on LCP). It is src/styles/global.css, minified here with Lightning CSS
// for the same browsers as the build (vite.config.ts build.target es2020), NOT by Vite: the text,
// and so its CSP hash, must be known without a build, for scripts/security-headers.mjs and the
// nginx configuration generated from it. It holds only the start page's rules (every byte is in the
// first response and is parsed before the first paint); the other pages' styles
// (src/styles/pages.css, src/styles/flow.css) load with those pages (src/app/page-styles.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'lightningcss';

export const INLINE_STYLE_SOURCE = 'src/styles/global.css';

/** es2020 as Vite maps it to browsers (chrome80 edge80 firefox80 opera67 safari14.1 ios14.5). */
const version = (major, minor = 0) => (major << 16) | (minor << 8);
const TARGETS = {
  chrome: version(80),
  edge: version(80),
  firefox: version(80),
  opera: version(67),
  safari: version(14, 1),
  ios_saf: version(14, 5),
};

const file = fileURLToPath(new URL(`../${INLINE_STYLE_SOURCE}`, import.meta.url));

/** The exact text of the inline <style> (no trailing newline: the hash covers every byte). */
export const INLINE_STYLE = new TextDecoder()
  .decode(
    transform({
      filename: file,
      code: readFileSync(file),
      minify: true,
      targets: TARGETS,
    }).code,
  )
  .trim();

/** The CSP source that allows exactly INLINE_STYLE: 'sha256-…'. */
export const INLINE_STYLE_HASH = `'sha256-${createHash('sha256').update(INLINE_STYLE, 'utf8').digest('base64')}'`;
