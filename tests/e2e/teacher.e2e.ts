// Teachers and sharing, in Chromium against the production build: a teacher builds a class link
// through the questions; its QR code (decoded here with jsQR) is exactly the link; the SVG and PNG
// downloads are real files; the printed notice is one A4 page; a family opening the link sees
// whom it was made for and starts at the right question; the under-14 student's screen hands a
// parent the link with a QR code; and the built index.html carries link-preview tags.
// Screenshots (and the notice as PDF) go to test-results/screenshots/.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import type { Download, JSHandle, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import ruTeacher from '@locales/ru/teacher.json';
import { encodeLink, parentLinkForStudent, teacherLink } from '@machines/index';
import { baseUrl, expectCleanPage, expectNoAxeViolations } from './support/browser';
import {
  answer,
  button,
  expectQuestion,
  expectScreen,
  expectStartPage,
  fill,
  openWizard,
  PHONE,
  questionTitle,
  ruCommon,
  screenshot,
  start,
} from './support/wizard';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const dist = path.join(repoRoot, 'dist');
const screenshotDir = path.join(repoRoot, 'test-results/screenshots');

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual(PNG_SIGNATURE);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A canvas's pixels as one grey byte each, base64: far quicker out of the page than an array. */
interface Pixels {
  width: number;
  height: number;
  grey: string;
}

function decodePixels({ width, height, grey }: Pixels): string | undefined {
  const bytes = Buffer.from(grey, 'base64');
  const rgba = new Uint8ClampedArray(width * height * 4);
  bytes.forEach((value, i) => {
    rgba.fill(value, i * 4, i * 4 + 3);
    rgba[i * 4 + 3] = 255;
  });
  return jsQR(rgba, width, height)?.data;
}

/** Runs in the page: a canvas's pixels as Pixels (the red channel: the code is black and white). */
function readCanvas(canvas: HTMLCanvasElement): Pixels {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
  let binary = '';
  for (let i = 0; i < data.length; i += 4) binary += String.fromCharCode(data[i] ?? 0);
  return { width, height, grey: btoa(binary) };
}

/** Reads a canvas the page drew and decodes its QR code. */
async function decodeCanvas(canvas: JSHandle<HTMLCanvasElement>): Promise<string | undefined> {
  const pixels = await canvas.evaluate(readCanvas);
  await canvas.dispose();
  return decodePixels(pixels);
}

/**
 * Draws the page's QR <svg> onto a canvas as a scanner would see it printed: 8 px per module, on
 * white, with four more modules of quiet zone around it; returns what jsQR reads.
 */
async function decodeQrSvg(svg: Locator): Promise<string | undefined> {
  const canvas = await svg.evaluateHandle(async (element) => {
    const viewBox = (element as SVGSVGElement).viewBox.baseVal;
    const modules = viewBox.width;
    const scale = 8;
    const margin = 4 * scale;
    const side = modules * scale;
    const copy = element.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('width', String(side));
    copy.setAttribute('height', String(side));
    const markup = new XMLSerializer().serializeToString(copy);
    const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
    try {
      const picture = new Image();
      picture.src = url;
      await picture.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = side + 2 * margin;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no canvas');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(picture, margin, margin, side, side);
      return canvas;
    } finally {
      URL.revokeObjectURL(url);
    }
  });
  return decodeCanvas(canvas);
}

/** Decodes a PNG file's QR code: the page draws it (Chromium decodes PNG), jsQR reads it. */
async function decodeQrPng(page: Page, png: Buffer): Promise<string | undefined> {
  const canvas = await page.evaluateHandle(async (base64) => {
    const picture = new Image();
    picture.src = `data:image/png;base64,${base64}`;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = picture.naturalWidth;
    canvas.height = picture.naturalHeight;
    canvas.getContext('2d')?.drawImage(picture, 0, 0);
    return canvas;
  }, png.toString('base64'));
  return decodeCanvas(canvas);
}

/** Clicks `name` and returns the file the browser downloaded. */
async function download(page: Page, name: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button(page, name).click()]);
  const where = await file.path();
  return { file, bytes: readFileSync(where) };
}

/** The teacher's builder for under-14 parents of 7Б, reached through the questions. */
async function buildClassLink(page: Page): Promise<void> {
  await start(page);
  await answer(page, 'role', 'teacher');
  await answer(page, 'audience', 'under14');
  await expectQuestion(page, 'classLabel');
  await page.getByRole('textbox', { name: questionTitle('classLabel'), exact: true }).fill('7Б');
  await button(page, ruCommon.nav.continue).click();
  await expectScreen(page, ruTeacher.result.title);
}

const qrOnScreen = (page: Page, name: string) =>
  page.getByRole('main').getByRole('img', { name, exact: true });

/** The machine is shared and slow at times: each step below gets a minute. */
const STEP_MS = 60_000;

describe('a teacher builds a class link', () => {
  let page: Page;
  const expected = new URL(
    `?${encodeLink(teacherLink({ role: 'teacher', audience: 'under14', classLabel: '7Б' }) ?? { answers: {} })}`,
    baseUrl,
  ).href;

  beforeAll(async () => {
    page = (await openWizard('/')).page;
    await buildClassLink(page);
  }, 2 * STEP_MS);

  it(
    'says for whom, and hands over an absolute link that carries the class',
    async () => {
      await page
        .getByText(fill(ruCommon.start.forClass.parentsUnder14, { classLabel: '7Б' }), {
          exact: true,
        })
        .waitFor();
      expect(await page.locator('.link-box a').getAttribute('href')).toBe(expected);
      expect(await page.locator('.link-box a').innerText()).toBe(decodeURI(expected));
      expect(await page.locator('.message-box').innerText()).toBe(
        fill(ruTeacher.message.under14WithClass, { classLabel: '7Б', link: expected }),
      );
    },
    STEP_MS,
  );

  it(
    'shows a QR code that is exactly the link',
    async () => {
      const qr = qrOnScreen(page, ruTeacher.result.qrAlt);
      expect(await decodeQrSvg(qr)).toBe(expected);
      await qr.screenshot({ path: path.join(screenshotDir, 'teacher-qr.png') });
    },
    STEP_MS,
  );

  it(
    'has no axe violations, with the other language’s message open too',
    async () => {
      await expectNoAxeViolations(page);
      await page.getByText(ruTeacher.result.otherMessageTitle, { exact: true }).click();
      await expectNoAxeViolations(page);
      await screenshot(page, 'teacher-builder');
    },
    STEP_MS,
  );

  it(
    'downloads the code as an SVG file and as a PNG file',
    async () => {
      const svg = await download(page, ruTeacher.result.downloadSvg);
      expect(svg.file.suggestedFilename()).toBe('qr-7Б.svg');
      expect(svg.bytes.toString('utf8').startsWith('<svg')).toBe(true);
      const png = await download(page, ruTeacher.result.downloadPng);
      expect(png.file.suggestedFilename()).toBe('qr-7Б.png');
      const { width, height } = pngSize(png.bytes);
      expect(width).toBe(height);
      expect(width).toBeGreaterThanOrEqual(1000);
      expect(await decodeQrPng(page, png.bytes)).toBe(expected);
    },
    STEP_MS,
  );

  it(
    'prints the notice alone, on one A4 page',
    async () => {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#root').isVisible()).toBe(false);
      const notice = page.locator('body > .print-notice');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.getByRole('heading', { level: 2 }).innerText()).toBe(
        ruTeacher.notice.title,
      );
      expect(await notice.locator('.print-notice__link').innerText()).toBe(decodeURI(expected));
      expect(await decodeQrSvg(notice.locator('svg'))).toBe(expected);
      await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
      await page.screenshot({ path: path.join(screenshotDir, 'teacher-notice-print.png') });
      // Back to no emulation: page.pdf() prints with print media unless screen is forced.
      await page.emulateMedia({ media: null });
      await page.setViewportSize(PHONE);

      const pdf = await page.pdf({ format: 'A4' });
      mkdirSync(screenshotDir, { recursive: true });
      writeFileSync(path.join(screenshotDir, 'teacher-notice.pdf'), pdf);
      const text = pdf.toString('latin1');
      const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
      expect(pages, 'pages in the printed notice').toHaveLength(1);
      // The page is A4: 595×842 points (210×297 mm; Chromium rounds to whole CSS pixels).
      const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
      expect(Math.abs(Number(box?.[1]) - 595.28)).toBeLessThan(2);
      expect(Math.abs(Number(box?.[2]) - 841.89)).toBeLessThan(2);
    },
    STEP_MS,
  );

  it(
    'the print button opens the browser’s print dialog',
    async () => {
      await page.evaluate(() => {
        const counted = window as { printed?: number };
        counted.printed = 0;
        window.print = () => {
          counted.printed = (counted.printed ?? 0) + 1;
        };
      });
      await button(page, ruTeacher.result.print).click();
      expect(await page.evaluate(() => (window as { printed?: number }).printed)).toBe(1);
      await expectCleanPage(page);
    },
    STEP_MS,
  );

  it(
    'a family opening the link sees the class banner and starts at its first open question',
    async () => {
      const family = (await openWizard(expected)).page;
      await expectStartPage(family);
      await family
        .getByText(fill(ruCommon.start.forClass.parentsUnder14, { classLabel: '7Б' }), {
          exact: true,
        })
        .waitFor({ state: 'visible' });
      await start(family);
      await expectQuestion(family, 'parentAccount');
      await expectCleanPage(family);
    },
    STEP_MS,
  );
});

describe('a student under 14 hands a parent the link', () => {
  it('copy, QR code (the parent’s link), no axe violations', { timeout: STEP_MS }, async () => {
    const { page } = await openWizard('/?r=s&sa=y&s=parent');
    await expectScreen(page, ruCommon.under14.title);
    const expected = new URL(`?${encodeLink(parentLinkForStudent())}`, baseUrl).href;
    expect(await page.locator('.link-box a').getAttribute('href')).toBe(expected);
    await button(page, ruCommon.under14.copy).waitFor();
    const qr = qrOnScreen(page, ruCommon.under14.qrAlt);
    expect(await decodeQrSvg(qr)).toBe(expected);
    await expectNoAxeViolations(page);
    await screenshot(page, 'under14-parent-link');
    await expectCleanPage(page);
  });
});

describe('the build', () => {
  const html = () => readFileSync(path.join(dist, 'index.html'), 'utf8');

  /** property= or name= -> content, for every <meta> in the built page. */
  function metaTags(): Map<string, string> {
    const tags = new Map<string, string>();
    for (const [tag] of html().matchAll(/<meta\b[^>]*>/g)) {
      const key = /\b(?:property|name)="([^"]+)"/.exec(tag)?.[1];
      const content = /\bcontent="([^"]*)"/.exec(tag)?.[1];
      if (key && content !== undefined) tags.set(key, content.replace(/&amp;/g, '&'));
    }
    return tags;
  }

  it('index.html carries the Open Graph tags with absolute https URLs, and the card type X needs', () => {
    const tags = metaTags();
    expect(tags.get('og:type')).toBe('website');
    expect(tags.get('og:locale')).toBe('ru_RU');
    expect(tags.get('og:title')).toBe(ruCommon.app.name);
    expect(tags.get('og:description')).toBe(ruCommon.start.lead);
    expect(tags.get('og:image:width')).toBe('1200');
    expect(tags.get('og:image:height')).toBe('630');
    expect(tags.get('og:image:alt')?.length).toBeGreaterThan(10);
    // X takes title, description and image from the og: tags; it needs only the card type.
    expect(tags.get('twitter:card')).toBe('summary_large_image');
    expect([...tags.keys()].filter((key) => key.startsWith('twitter:'))).toEqual(['twitter:card']);

    const url = tags.get('og:url') ?? '';
    const image = tags.get('og:image') ?? '';
    for (const absolute of [url, image]) {
      expect(absolute).toMatch(/^https:\/\/[^/]+\//);
    }
    expect(image).toBe(new URL('og-image.png', url).href);
  });

  it('the preview image is a 1200×630 PNG under 100 kB', () => {
    const file = path.join(dist, 'og-image.png');
    expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
    expect(statSync(file).size).toBeLessThan(100 * 1024);
  });

  it('the QR code library loads with the question flow, not with the start page', () => {
    const marker = 'uqr only supports encoding';
    const startFiles = [
      ...html().matchAll(/(?:src|href|data-entry)="(?:\.?\/)?(assets\/[^"]+\.js)"/g),
    ].map((m) => m[1] ?? '');
    expect(startFiles.length).toBeGreaterThan(0);
    for (const file of startFiles) {
      expect(readFileSync(path.join(dist, file), 'utf8'), file).not.toContain(marker);
    }
    const withQr = readdirSync(path.join(dist, 'assets')).filter(
      (file) =>
        file.endsWith('.js') &&
        readFileSync(path.join(dist, 'assets', file), 'utf8').includes(marker),
    );
    expect(withQr).toHaveLength(1);
    expect(withQr[0]).toMatch(/^flow-host-.*\.js$/);
  });
});
