// A strict Content-Security-Policy travels with the page itself: every page gets, in a <meta>
// written by scripts/security-headers-plugin.ts, the same policy the server sends as a header
// (scripts/security-headers.mjs) minus the directives a meta tag cannot carry, so a static host
// that cannot set headers still blocks injected script and style. index.html has no copy of its own.
// The built page is checked in tests/e2e/csp.e2e.ts (meta present, no inline code, enforced alone).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withPolicyMeta } from '../../scripts/security-headers-plugin';
import { SECURITY_HEADERS } from '../../scripts/security-headers.mjs';
import {
  inspectHtml,
  metaPolicyFor,
  META_UNSUPPORTED_DIRECTIVES,
  parseCsp,
  parseHtml,
  weakSpots,
} from '../support/html-security';

const sourceHtml = readFileSync(
  fileURLToPath(new URL('../../index.html', import.meta.url)),
  'utf8',
);
const doc = parseHtml(withPolicyMeta(sourceHtml));
const findings = inspectHtml(doc);
const headerPolicy = SECURITY_HEADERS['Content-Security-Policy'] ?? '';

describe('the Content-Security-Policy <meta> of index.html', () => {
  it('is not written in index.html itself (one definition), and the plugin refuses a copy', () => {
    expect(sourceHtml).not.toMatch(/http-equiv="Content-Security-Policy"/i);
    expect(() => withPolicyMeta(withPolicyMeta(sourceHtml))).toThrow(/must not carry/);
  });

  it('the server sends a policy that denies framing (so the meta copy has something to drop)', () => {
    expect(parseCsp(headerPolicy).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is present exactly once, as the header policy minus frame-ancestors / report-uri / sandbox', () => {
    expect(findings.cspMetas).toHaveLength(1);
    const meta = findings.cspMetas[0] ?? '';
    expect(parseCsp(meta)).toEqual(parseCsp(metaPolicyFor(headerPolicy)));
    for (const name of META_UNSUPPORTED_DIRECTIVES) expect(parseCsp(meta).has(name)).toBe(false);
  });

  it('neither copy allows inline code, eval or other sites', () => {
    expect(weakSpots(headerPolicy)).toEqual([]);
    expect(weakSpots(findings.cspMetas[0] ?? '')).toEqual([]);
    expect(`${headerPolicy} ${findings.cspMetas.join(' ')}`).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('comes before every script and stylesheet, so it covers them', () => {
    expect(findings.beforeCspMeta).toEqual([]);
  });

  it('index.html says where it comes from and why it differs from the header (frame-ancestors)', () => {
    const comments: string[] = [];
    const walker = doc.createTreeWalker(doc, 0x80 /* SHOW_COMMENT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      comments.push(node.nodeValue ?? '');
    expect(comments.join('\n')).toMatch(/frame-ancestors/);
  });

  it('index.html has no inline script or style of its own, and no other site’s address', () => {
    expect(findings.inlineScripts).toEqual([]);
    expect(findings.inlineStyles).toEqual([]);
    expect(findings.inlineAttributes).toEqual([]);
    expect(findings.externalUrls).toEqual([]);
    expect(findings.anchorLinks).toEqual([]);
  });
});

describe('negative controls: the checks catch what they should', () => {
  const bad = parseHtml(
    `<!doctype html><html><head>
      <script src="/early.js"></script>
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-inline'">
      <script>alert(1)</script><style>body{}</style>
      <link rel="stylesheet" href="https://cdn.example/x.css">
      <meta property="og:image" content="https://school.example/preview.png">
    </head><body><img src="x" onerror="alert(1)"><p style="color:red">x</p>
      <a href="https://www.gosuslugi.ru/" target="_blank">Госуслуги</a>
      <!-- see //tracker.example/pixel --></body></html>`,
  );
  const found = inspectHtml(bad);

  it('finds inline code, a late meta, foreign URLs; sorts out links and <meta content> previews', () => {
    expect(found.beforeCspMeta).toHaveLength(1);
    expect(found.inlineScripts).toEqual(['alert(1)']);
    expect(found.inlineStyles).toEqual(['body{}']);
    expect(found.inlineAttributes).toHaveLength(2);
    expect(found.externalUrls).toEqual([
      '<link href>: https://cdn.example/x.css',
      'text: //tracker.example/pixel',
    ]);
    expect(found.anchorLinks).toEqual([
      { href: 'https://www.gosuslugi.ru/', target: '_blank', rel: '' },
    ]);
    expect(found.metaContentUrls).toEqual(['https://school.example/preview.png']);
  });

  it('flags unsafe sources and a missing script-src', () => {
    expect(weakSpots(found.cspMetas[0] ?? '')).toEqual([
      "script-src 'unsafe-inline'",
      'no style-src',
      'no object-src',
      'no base-uri',
    ]);
    expect(weakSpots("default-src *; script-src 'self' 'unsafe-eval'")).toContain(
      "script-src 'unsafe-eval'",
    );
  });

  it('a meta copy that kept frame-ancestors would not equal the expected one', () => {
    expect(parseCsp(headerPolicy)).not.toEqual(parseCsp(metaPolicyFor(headerPolicy)));
  });
});
