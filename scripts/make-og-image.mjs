#!/usr/bin/env node
// Makes public/og-image.png, the 1200×630 picture chats and social networks show in a link
// preview (the tags come from scripts/open-graph-plugin.ts). Run it again after changing the
// app's name or tagline:
//
//   node scripts/make-og-image.mjs [--out public/og-image.png]
//
// It renders a small HTML page — the app's colours, its name and tagline from
// locales/ru/common.json, and a checklist drawn in inline SVG; no stock images, no web fonts
// (Debian's DejaVu/Liberation, whatever the system sans-serif is) — in the Debian Chromium that
// the end-to-end tests use (CHROMIUM_PATH overrides /usr/bin/chromium) and screenshots it.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { out: { type: 'string', default: 'public/og-image.png' } },
});
const out = path.resolve(root, values.out);

const WIDTH = 1200;
const HEIGHT = 630;
const BRAND = '#0b4f9c';
const BRAND_DARK = '#08386e';
const SUCCESS = '#00703c';

const common = JSON.parse(readFileSync(path.join(root, 'locales/ru/common.json'), 'utf8'));
const escape = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** One row of the drawn checklist: a box (ticked or not) and a bar standing for a line of text. */
function row(y, ticked, barWidth) {
  const box = ticked
    ? `<rect x="0" y="${y}" width="56" height="56" rx="8" fill="${SUCCESS}"/>
       <path d="M13 ${y + 29} l11 11 l20 -23" fill="none" stroke="#fff" stroke-width="8"
             stroke-linecap="round" stroke-linejoin="round"/>`
    : `<rect x="4" y="${y + 4}" width="48" height="48" rx="6" fill="#fff" stroke="${BRAND}"
             stroke-width="6"/>`;
  const bar = `<rect x="84" y="${y + 16}" width="${barWidth}" height="24" rx="12"
                     fill="${ticked ? '#b7d7c6' : '#c9d8ea'}"/>`;
  return box + bar;
}

const checklist = `
  <svg xmlns="http://www.w3.org/2000/svg" width="340" height="372" viewBox="0 0 340 372"
       aria-hidden="true">
    ${row(0, true, 220)}
    ${row(104, true, 250)}
    ${row(208, false, 200)}
    ${row(312, false, 236)}
  </svg>`;

const html = `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<style>
  * { box-sizing: border-box; margin: 0; }
  html, body { width: ${WIDTH}px; height: ${HEIGHT}px; overflow: hidden; }
  body {
    font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif;
    background: #fff;
    color: #0b0c0c;
    display: grid;
    grid-template-rows: 24px 1fr 24px;
  }
  .band { background: ${BRAND}; }
  .band--bottom { background: ${BRAND_DARK}; }
  main {
    display: grid;
    grid-template-columns: 1fr 340px;
    align-items: center;
    gap: 72px;
    padding: 0 88px;
  }
  h1 {
    font-size: 72px;
    line-height: 1.08;
    font-weight: 700;
    color: ${BRAND};
    letter-spacing: -1px;
  }
  p {
    margin-top: 36px;
    font-size: 36px;
    line-height: 1.3;
    color: #2b2c2c;
  }
  .rule { width: 120px; height: 10px; background: ${SUCCESS}; margin-top: 40px; }
</style>
</head>
<body>
  <div class="band"></div>
  <main>
    <div>
      <h1>${escape(common.app.name)}</h1>
      <p>${escape(common.app.tagline)}</p>
      <div class="rule"></div>
    </div>
    ${checklist}
  </main>
  <div class="band band--bottom"></div>
</body>
</html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
});
try {
  const page = await browser.newPage({
    viewport: { width: WIDTH, height: HEIGHT },
    deviceScaleFactor: 1,
  });
  // Nothing may be fetched: the page is self-contained.
  await page.route('**/*', (route) => route.abort());
  await page.setContent(html, { waitUntil: 'load' });
  await page.screenshot({
    path: out,
    type: 'png',
    clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT },
  });
} finally {
  await browser.close();
}
console.log(`${path.relative(root, out)}: ${WIDTH}×${HEIGHT}, ${statSync(out).size} bytes`);
