/**
 * Link previews (Open Graph and Twitter cards) for index.html, written at build time: when a
 * teacher pastes the link into a class chat, the chat shows the app's name, its lead sentence and
 * public/og-image.png (made by scripts/make-og-image.mjs).
 *
 * Absolute URLs come from the school configuration's `publicOrigin`, or from the PUBLIC_ORIGIN
 * environment variable, which overrides it (e.g. a staging copy:
 * PUBLIC_ORIGIN=https://staging.example.ru/wizard/ npm run build). The words come from
 * locales/ru/common.json (app.name, app.tagline, start.lead), so nothing is typed twice.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { schoolConfigPath } from './school-config-plugin.ts';

/** The preview image in public/ (copied to the root of dist/). */
export const OG_IMAGE = { file: 'og-image.png', width: 1200, height: 630 } as const;

/**
 * The site's public address as a base for absolute URLs: https only, no query or fragment, and a
 * path ending in "/" (so "og-image.png" resolves beside index.html).
 */
export function publicBase(value: string, source: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`${source}: "${value}" is not a full address such as https://school.ru/`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`${source}: "${value}" must start with https:// (link previews need https)`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

export interface PreviewText {
  readonly title: string;
  readonly description: string;
  readonly imageAlt: string;
}

/** The <meta> tags of a link preview, with absolute URLs under `base`. */
export function openGraphTags(base: string, text: PreviewText): HtmlTagDescriptor[] {
  const image = new URL(OG_IMAGE.file, base).href;
  const property = (name: string, content: string): HtmlTagDescriptor => ({
    tag: 'meta',
    attrs: { property: name, content },
    injectTo: 'head',
  });
  const named = (name: string, content: string): HtmlTagDescriptor => ({
    tag: 'meta',
    attrs: { name, content },
    injectTo: 'head',
  });
  return [
    property('og:type', 'website'),
    property('og:locale', 'ru_RU'),
    property('og:url', base),
    property('og:title', text.title),
    property('og:description', text.description),
    property('og:image', image),
    property('og:image:type', 'image/png'),
    property('og:image:width', String(OG_IMAGE.width)),
    property('og:image:height', String(OG_IMAGE.height)),
    property('og:image:alt', text.imageAlt),
    // X (Twitter) reads the title, description and image from the og: tags above when its own
    // are missing; it only needs the card type. Every tag is in the first response, so none twice.
    named('twitter:card', 'summary_large_image'),
  ];
}

interface CommonWords {
  app: { name: string; tagline: string };
  start: { lead: string };
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** The preview words from the Russian common namespace. */
export function previewText(root: string): PreviewText {
  const words = readJson(path.join(root, 'locales/ru/common.json')) as CommonWords;
  return {
    title: words.app.name,
    description: words.start.lead,
    imageAlt: `${words.app.name}. ${words.app.tagline}`,
  };
}

/** PUBLIC_ORIGIN when set, else the school configuration's publicOrigin. */
export function publicBaseFor(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.PUBLIC_ORIGIN?.trim();
  if (fromEnv) return publicBase(fromEnv, 'PUBLIC_ORIGIN');
  const file = schoolConfigPath(root, env);
  const config = readJson(file) as { publicOrigin?: unknown };
  if (typeof config.publicOrigin !== 'string') {
    throw new Error(`${path.relative(root, file)}: publicOrigin is missing (or set PUBLIC_ORIGIN)`);
  }
  return publicBase(config.publicOrigin, `${path.relative(root, file)} publicOrigin`);
}

export function openGraph(): Plugin {
  let root = process.cwd();
  return {
    name: 'open-graph',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: () => openGraphTags(publicBaseFor(root), previewText(root)),
  };
}
