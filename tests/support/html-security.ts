/**
 * Checks of an HTML page as shipped (index.html, dist/index.html), shared by the unit and e2e
 * tests: its Content-Security-Policy, inline code, and addresses of other sites. Works on a parsed
 * Document (jsdom, see parseHtml), so attributes and comments are told apart properly.
 */

import { createRequire } from 'node:module';

interface JsdomModule {
  JSDOM: new (html: string) => { window: { document: Document; close: () => void } };
}

/** Parses HTML as a browser would (jsdom, no scripts run), in any test environment. */
export function parseHtml(html: string): Document {
  const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;
  return new JSDOM(html).window.document;
}

/** Directives a <meta http-equiv="Content-Security-Policy"> cannot carry (CSP 3, §3.3). */
export const META_UNSUPPORTED_DIRECTIVES = [
  'frame-ancestors',
  'report-uri',
  'report-to',
  'sandbox',
] as const;

/** Source expressions that would undo the policy's protection against injected code. */
export const FORBIDDEN_SOURCES = [
  "'unsafe-inline'",
  "'unsafe-eval'",
  "'unsafe-hashes'",
  "'wasm-unsafe-eval'",
  '*',
  'http:',
  'https:',
  'data:',
] as const;

export type Directives = ReadonlyMap<string, readonly string[]>;

/** "a b; c d" → Map { a → [b], c → [d] } (names lower-cased, empty parts dropped). */
export function parseCsp(policy: string): Directives {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!directives.has(key)) directives.set(key, values);
  }
  return directives;
}

export const serializeCsp = (directives: Directives): string =>
  [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');

/** The policy a meta tag can carry: the header's, minus what a meta tag ignores. */
export function metaPolicyFor(headerPolicy: string): string {
  const directives = new Map(parseCsp(headerPolicy));
  for (const name of META_UNSUPPORTED_DIRECTIVES) directives.delete(name);
  return serializeCsp(directives);
}

/** Where a policy allows something that would let injected code run (script/style/eval). */
export function weakSpots(policy: string): string[] {
  const problems: string[] = [];
  for (const [name, values] of parseCsp(policy)) {
    for (const value of values) {
      const lower = value.toLowerCase();
      // data: is fine for images only (the header allows img-src data: for inline SVG icons).
      if (lower === 'data:' && name === 'img-src') continue;
      if ((FORBIDDEN_SOURCES as readonly string[]).includes(lower))
        problems.push(`${name} ${value}`);
    }
  }
  for (const needed of ['default-src', 'script-src', 'style-src', 'object-src', 'base-uri'])
    if (!parseCsp(policy).has(needed)) problems.push(`no ${needed}`);
  return problems;
}

export interface HtmlFindings {
  /** content of every <meta http-equiv="Content-Security-Policy">. */
  readonly cspMetas: string[];
  /** Tags (script, link, style) that come before the CSP meta in the document, so it misses them. */
  readonly beforeCspMeta: string[];
  /** <script> elements without src (their text, shortened). */
  readonly inlineScripts: string[];
  /** <style> elements (their text, shortened). */
  readonly inlineStyles: string[];
  /** Elements with a style="" attribute or an on*="" event handler attribute. */
  readonly inlineAttributes: string[];
  /**
   * Absolute or protocol-relative addresses in anything but <a href> and <meta content>: an
   * attribute that loads something (src, srcset, link href, action, poster…), text or a comment.
   */
  readonly externalUrls: string[];
  /** Links (<a href>) to an absolute address, with how they open: checked like the page's links. */
  readonly anchorLinks: { href: string; target: string; rel: string }[];
  /** Addresses inside <meta content> (link previews). */
  readonly metaContentUrls: string[];
}

const URL_PATTERN = /(?:[a-z][a-z0-9+.-]*:)?\/\/[^\s"'<>)]+/gi;

const shorten = (text: string) => text.trim().replace(/\s+/g, ' ').slice(0, 120);

/** Every URL-looking string in a text that names a host (http://x, https://x, //x, ws://x …). */
export function urlsIn(text: string): string[] {
  return [...text.matchAll(URL_PATTERN)].map((m) => m[0]);
}

/** Inspects a parsed page as it would arrive from the server (before any script runs). */
export function inspectHtml(doc: Document): HtmlFindings {
  const all = [...doc.querySelectorAll('*')];
  const cspMetaElements = all.filter(
    (el) =>
      el.tagName === 'META' &&
      (el.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-security-policy',
  );
  const firstCsp = cspMetaElements[0];
  const firstCspIndex = firstCsp ? all.indexOf(firstCsp) : Infinity;
  const loadsCode = (el: Element) =>
    el.tagName === 'SCRIPT' ||
    el.tagName === 'STYLE' ||
    (el.tagName === 'LINK' &&
      /\b(stylesheet|modulepreload|preload)\b/i.test(el.getAttribute('rel') ?? ''));

  const externalUrls: string[] = [];
  const metaContentUrls: string[] = [];
  const anchorLinks: HtmlFindings['anchorLinks'] = [];
  for (const el of all) {
    for (const attr of [...el.attributes]) {
      const found = urlsIn(attr.value);
      if (el.tagName === 'META' && attr.name === 'content') metaContentUrls.push(...found);
      else if (el.tagName === 'A' && attr.name === 'href' && found.length > 0)
        anchorLinks.push({
          href: attr.value,
          target: el.getAttribute('target') ?? '',
          rel: el.getAttribute('rel') ?? '',
        });
      else
        externalUrls.push(
          ...found.map((url) => `<${el.tagName.toLowerCase()} ${attr.name}>: ${url}`),
        );
    }
  }
  // Text and comments too: a URL in a script body or a comment ships to every visitor.
  const walker = doc.createTreeWalker(doc, 0x4 | 0x80 /* SHOW_TEXT | SHOW_COMMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    externalUrls.push(...urlsIn(node.nodeValue ?? '').map((url) => `text: ${url}`));
  }

  return {
    cspMetas: cspMetaElements.map((el) => el.getAttribute('content') ?? ''),
    beforeCspMeta: all
      .slice(0, firstCspIndex === Infinity ? all.length : firstCspIndex)
      .filter(loadsCode)
      .map((el) => el.outerHTML.slice(0, 120)),
    inlineScripts: all
      .filter((el) => el.tagName === 'SCRIPT' && !el.hasAttribute('src'))
      .map((el) => shorten(el.textContent ?? '')),
    inlineStyles: all
      .filter((el) => el.tagName === 'STYLE')
      .map((el) => shorten(el.textContent ?? '')),
    inlineAttributes: all.flatMap((el) =>
      [...el.attributes]
        .filter((a) => a.name === 'style' || /^on/i.test(a.name))
        .map((a) => `<${el.tagName.toLowerCase()} ${a.name}="${shorten(a.value)}">`),
    ),
    externalUrls,
    anchorLinks,
    metaContentUrls,
  };
}
