/**
 * The built page loads its JavaScript, web manifest and icon only after the first contentful
 * paint: this plugin (build only, after every other index.html transform, vite-plugin-pwa's
 * manifest link included) takes the entry <script type="module">, the manifest <link> and the
 * icon <link> out of dist/index.html and puts the inline loader of scripts/entry-loader.mjs before
 * </body>, with their addresses as data-* attributes. Why: see entry-loader.mjs.
 *
 * The dev server (npm start) keeps index.html as written: the entry loads at once there.
 */
import type { Plugin } from 'vite';
import { ENTRY_LOADER, ENTRY_LOADER_HASH } from './entry-loader.mjs';

const ENTRY_SCRIPT = /[ \t]*<script type="module" crossorigin src="([^"]+)"><\/script>\n?/g;
const MANIFEST_LINK = /[ \t]*<link rel="manifest" href="([^"]+)"[^>]*>\n?/g;
const ICON_LINK = /[ \t]*<link rel="icon" href="([^"]+)" type="image\/svg\+xml"[^>]*>\n?/g;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Removes the one tag `pattern` matches and returns its address; fails the build otherwise. */
function takeOne(html: string, pattern: RegExp, what: string): [string, string] {
  const found = [...html.matchAll(pattern)];
  if (found.length !== 1 || found[0]?.[1] === undefined) {
    throw new Error(
      `deferred-entry: expected exactly one ${what} in the built index.html, found ${found.length}`,
    );
  }
  return [html.replace(pattern, ''), found[0][1]];
}

/** dist/index.html with the entry, manifest and icon handed to the inline loader. */
export function deferEntry(html: string): string {
  if (!html.includes(ENTRY_LOADER_HASH)) {
    throw new Error(
      `deferred-entry: the Content-Security-Policy <meta> in index.html must allow the loader: add ${ENTRY_LOADER_HASH} to script-src (and to deploy/nginx.conf)`,
    );
  }
  const [withoutEntry, entry] = takeOne(html, ENTRY_SCRIPT, 'entry <script type="module">');
  const [withoutManifest, manifest] = takeOne(withoutEntry, MANIFEST_LINK, 'manifest <link>');
  const [page, icon] = takeOne(withoutManifest, ICON_LINK, 'SVG icon <link>');
  const data = { entry, manifest, icon };
  const attributes = Object.entries(data)
    .map(([name, value]) => ` data-${name}="${escapeAttribute(value)}"`)
    .join('');
  // Until the loader adds the real icon, an empty one: otherwise the browser asks for /favicon.ico.
  return page
    .replace('</head>', '<link rel="icon" href="data:,"></head>')
    .replace('</body>', () => `<script${attributes}>${ENTRY_LOADER}</script>\n  </body>`);
}

export function deferredEntry(): Plugin {
  let ssr = false;
  return {
    name: 'deferred-entry',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      ssr = Boolean(config.build.ssr);
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => (ssr ? html : deferEntry(html)),
    },
  };
}
