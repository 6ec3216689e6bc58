/**
 * Prerenders the start page into dist/index.html at build time, so the first screen is in the
 * HTML itself: it paints as soon as the HTML and the stylesheet arrive, before any JavaScript
 * runs, and a browser without JavaScript can read it (with the static guide in its <noscript>).
 *
 * How: when Vite writes index.html (transformIndexHtml, build only, last), this plugin runs a
 * second, server-side Vite build of src/prerender/render.tsx — the real App, the real i18n setup,
 * the same aliases and school configuration — into node_modules/.cache/, imports it, calls
 * renderStartPage() and puts the markup into <div id="root" data-prerendered="start">. src/main.tsx
 * hydrates that markup when a visit shows exactly this page (Russian, no banner, no notice) and
 * renders afresh otherwise. The service worker is generated after this (vite-plugin-pwa's
 * closeBundle), so its precache revision of index.html is that of the prerendered file.
 */
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { OTHER_START_PAGE_ID, PRERENDERED_LANGUAGE } from './entry-loader.mjs';
import { build, type Alias, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;

export const ROOT_PLACEHOLDER = '<div id="root"></div>';
export const PRERENDER_ENTRY = 'src/prerender/render.tsx';

/** The project's own import aliases (string keys such as '@/'), without Vite's internal ones. */
function ownAliases(config: ResolvedConfig): Alias[] {
  return config.resolve.alias.filter((alias) => typeof alias.find === 'string');
}

export interface PrerenderedMarkup {
  /** The start page's markup in each language. */
  readonly start: { readonly ru: string; readonly en: string };
  /** The guide page's markup (dist/guide.html). */
  readonly guide: string;
}

/** Builds the server entry, renders the start page (both languages) and the guide page. */
export async function renderMarkup(config: ResolvedConfig): Promise<PrerenderedMarkup> {
  // Inside the project, so the built file resolves react, react-dom and i18next from node_modules.
  const outDir = path.join(config.root, 'node_modules', '.cache', 'prerender');
  await build({
    configFile: false,
    root: config.root,
    mode: config.mode,
    logLevel: 'warn',
    resolve: { alias: ownAliases(config) },
    plugins: [react()],
    build: {
      ssr: PRERENDER_ENTRY,
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: false,
      target: 'node20',
      rolldownOptions: { output: { entryFileNames: 'render.mjs' } },
    },
  });
  try {
    const entry = pathToFileURL(path.join(outDir, 'render.mjs')).href;
    const module = (await import(`${entry}?t=${Date.now()}`)) as {
      renderStartPage: (lang: 'ru' | 'en') => Promise<string>;
      renderGuidePage: () => Promise<string>;
    };
    // One after the other: the i18n word source and instances are module state.
    const ru = await module.renderStartPage('ru');
    const en = await module.renderStartPage('en');
    const guide = await module.renderGuidePage();
    return { start: { ru, en }, guide };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/**
 * The built <head>, tightened for the first paint: comments removed (they are for the source file;
 * React's own <!-- --> markers in the body are kept, hydration needs them) and the stylesheet
 * moved before the module scripts, so the browser asks for it first — on the connection that
 * brought the HTML — as it is the one file the first paint waits for.
 */
export function tightenHead(html: string): string {
  const end = html.indexOf('<body');
  if (end < 0) return html;
  let head = html.slice(0, end).replace(/[ \t]*<!--[\s\S]*?-->\n?/g, '');
  const firstScript = head.search(/<script type="module"|<link rel="modulepreload"/);
  if (firstScript >= 0) {
    const stylesheets: string[] = [];
    const before = head.slice(0, firstScript);
    const after = head.slice(firstScript).replace(/<link rel="stylesheet"[^>]*>\n?\s*/g, (tag) => {
      stylesheets.push(tag.trim());
      return '';
    });
    head = `${before}${stylesheets.map((tag) => `${tag}\n    `).join('')}${after}`;
  }
  return head + html.slice(end);
}

export const GUIDE_FILE = 'guide.html';

/**
 * dist/guide.html from the built index.html: the same <head> (policy, inline stylesheet, words),
 * no script at all, and the guide page in place of the start page.
 */
export function guidePageHtml(indexHtml: string, guideMarkup: string): string {
  const start = indexHtml.indexOf(ROOT_PLACEHOLDER);
  const bodyEnd = indexHtml.indexOf('</body>');
  if (start < 0 || bodyEnd < start) throw new Error('prerender-start-page: no root in index.html');
  const head = indexHtml
    .slice(0, start)
    .replace(/[ \t]*<script\b[^>]*>[\s\S]*?<\/script>\n?/g, '')
    .replace(/[ \t]*<link rel="(?:modulepreload|manifest)"[^>]*>\n?/g, '');
  return `${head}<div id="root">${guideMarkup}</div>\n  ${indexHtml.slice(bodyEnd)}`;
}

/** src/styles/pages.css: the guide's own rules (the inline stylesheet has only the start page's). */
export const PAGES_STYLESHEET_SOURCE = 'src/styles/pages.css';

/**
 * The guide page with a link to the built pages.css (its hashed name is known only once the client
 * bundle is written). The guide is read without JavaScript, so a plain, render-blocking link.
 */
export function withPagesStylesheet(html: string, bundle: OutputBundle): string {
  const asset = Object.values(bundle).find(
    (file) =>
      file.type === 'asset' &&
      file.originalFileNames.some((name) => name.endsWith(PAGES_STYLESHEET_SOURCE)),
  );
  if (!asset)
    throw new Error(`prerender-start-page: ${PAGES_STYLESHEET_SOURCE} is not in the build`);
  return html.replace('</head>', () => `<link rel="stylesheet" href="./${asset.fileName}"></head>`);
}

export function prerenderStartPage(): Plugin {
  let config: ResolvedConfig;
  let guide = '';
  return {
    name: 'prerender-start-page',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (config.build.ssr) return html;
        if (!html.includes(ROOT_PLACEHOLDER)) {
          throw new Error(
            `prerender-start-page: index.html must contain ${ROOT_PLACEHOLDER} exactly once (the prerendered start page goes there)`,
          );
        }
        const markup = await renderMarkup(config);
        guide = tightenHead(guidePageHtml(html, markup.guide));
        // A function, so a "$" in the words is never read as a replacement pattern.
        return tightenHead(
          html.replace(
            ROOT_PLACEHOLDER,
            () =>
              `<div id="root" data-prerendered="start" data-lang="${PRERENDERED_LANGUAGE}">${markup.start[PRERENDERED_LANGUAGE]}</div>` +
              // The English page, for the inline loader to swap in (scripts/entry-loader.mjs).
              `<template id="${OTHER_START_PAGE_ID}">${markup.start.en}</template>`,
          ),
        );
      },
    },
    async writeBundle(options, bundle) {
      if (config.build.ssr || !guide) return;
      const outDir = options.dir ?? path.resolve(config.root, config.build.outDir);
      await writeFile(path.join(outDir, GUIDE_FILE), withPagesStylesheet(guide, bundle));
    },
  };
}
