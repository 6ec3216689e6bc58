#!/usr/bin/env node
// Draws the app's icons for the web app manifest (scripts/pwa-plugin.ts) into public/icons/:
//
//   icon-192.png, icon-512.png   purpose "any": a rounded blue tile with a white checklist
//   icon-maskable-512.png        purpose "maskable": the same drawing on a full-bleed tile, kept
//                                inside the central safe circle (radius 40 %) that launchers crop to
//
//   node scripts/make-icons.mjs [--out public/icons]
//
// The drawing is an inline SVG written here (the app's brand blue and success green, the favicon's
// tick) rendered by the Debian Chromium the end-to-end tests use (CHROMIUM_PATH overrides
// /usr/bin/chromium) and screenshotted with a transparent background. No stock assets, no fonts.
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { out: { type: 'string', default: 'public/icons' } } });
const outDir = path.resolve(root, values.out);

const BRAND = '#0b4f9c';
const SUCCESS = '#00703c';
const PALE = '#c9d8ea';

/**
 * The checklist on a 100×100 grid: a white sheet with three rows, the first two ticked in green,
 * each with a bar standing for a line of text.
 */
function checklist() {
  const row = (y, ticked) =>
    (ticked
      ? `<rect x="27" y="${y}" width="12" height="12" rx="2.5" fill="${SUCCESS}"/>
         <path d="M29.6 ${y + 6.3} l2.6 2.6 l4.6 -5.4" fill="none" stroke="#fff" stroke-width="2"
               stroke-linecap="round" stroke-linejoin="round"/>`
      : `<rect x="28" y="${y + 1}" width="10" height="10" rx="2" fill="#fff" stroke="${BRAND}"
               stroke-width="2"/>`) +
    `<rect x="44" y="${y + 3.5}" width="${ticked ? 28 : 22}" height="5" rx="2.5" fill="${PALE}"/>`;
  return `
    <rect x="20" y="16" width="60" height="68" rx="6" fill="#fff"/>
    ${row(28, true)}
    ${row(45, true)}
    ${row(62, false)}`;
}

/** An SVG document of `size` pixels: a rounded tile ("any") or a full-bleed one ("maskable"). */
function svg(size, purpose) {
  // Maskable: the drawing (which spans 20..80 of 100) is scaled to stay inside the safe circle.
  const tile =
    purpose === 'maskable'
      ? `<rect width="100" height="100" fill="${BRAND}"/>
         <g transform="translate(50 50) scale(0.78) translate(-50 -50)">${checklist()}</g>`
      : `<rect width="100" height="100" rx="22" fill="${BRAND}"/>${checklist()}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"
    viewBox="0 0 100 100">${tile}</svg>`;
}

const icons = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
];

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  for (const icon of icons) {
    const page = await browser.newPage({
      viewport: { width: icon.size, height: icon.size },
      deviceScaleFactor: 1,
    });
    await page.route('**/*', (route) => route.abort());
    await page.setContent(
      `<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg{display:block}</style></head><body>${svg(icon.size, icon.purpose)}</body></html>`,
      { waitUntil: 'load' },
    );
    const out = path.join(outDir, icon.file);
    await page.screenshot({ path: out, type: 'png', omitBackground: true });
    await page.close();
    console.log(
      `${path.relative(root, out)}: ${icon.size}×${icon.size} ${icon.purpose}, ${statSync(out).size} bytes`,
    );
  }
} finally {
  await browser.close();
}
