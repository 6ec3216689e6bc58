/**
 * The QR code drawn from uqr's matrix: the SVG path we emit, painted back into pixels here, must
 * decode (jsQR) to exactly the link — for short and long links, Cyrillic class labels included.
 * The browser test (tests/e2e/teacher.e2e.ts) decodes the <svg> as Chromium draws it.
 */
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { encodeLink } from '@machines/link-codec';
import { teacherLink } from '@machines/teacher-link';
import { qrImage, qrSvgMarkup, readableLink, type QrImage } from '@/components/qr-image';

/** Paints the path's rectangles (module units) black on white, `scale` pixels per module. */
function rasterise(image: QrImage, scale: number) {
  const side = image.size * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  const rect = /M(\d+) (\d+)h(\d+)v1h-(\d+)z/g;
  let painted = '';
  for (const m of image.path.matchAll(rect)) {
    painted += m[0];
    const [x, y, w, back] = m.slice(1).map(Number) as [number, number, number, number];
    expect(back).toBe(w);
    for (let py = y * scale; py < (y + 1) * scale; py += 1) {
      for (let px = x * scale; px < (x + w) * scale; px += 1) {
        const i = (py * side + px) * 4;
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
      }
    }
  }
  // Every byte of the path is one of these rectangles: nothing else is drawn.
  expect(painted).toBe(image.path);
  return { pixels, side };
}

const decode = (image: QrImage) => {
  const { pixels, side } = rasterise(image, 4);
  return jsQR(pixels, side, side, { inversionAttempts: 'dontInvert' })?.data;
};

const classLink = (classLabel: string) =>
  `https://gym25.arkh-edu.ru/wizard/?${encodeLink(
    teacherLink({ role: 'teacher', audience: 'under14', classLabel }) ?? { answers: {} },
  )}`;

describe('QR code', () => {
  it.each([
    ['the bare address', 'https://gym25.arkh-edu.ru/wizard/'],
    ['a class link (7Б)', classLink('7Б')],
    ['a class link with a space (10 А)', classLink('10 А')],
    ['a 320-character link', `https://example.org/${'a'.repeat(300)}`],
  ])('decodes back to %s', (_name, link) => {
    expect(decode(qrImage(link))).toBe(link);
  });

  it('keeps a quiet zone of four light modules on every side', () => {
    const image = qrImage(classLink('7Б'));
    const starts = [...image.path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      end: Number(m[1]) + Number(m[3]),
    }));
    expect(Math.min(...starts.map((s) => s.x))).toBe(4);
    expect(Math.min(...starts.map((s) => s.y))).toBe(4);
    expect(Math.max(...starts.map((s) => s.end))).toBe(image.size - 4);
    expect(Math.max(...starts.map((s) => s.y))).toBe(image.size - 5);
  });

  it('is a standalone SVG file for the download', () => {
    const image = qrImage('https://gym25.arkh-edu.ru/wizard/');
    const svg = qrSvgMarkup(image, 250);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="250" height="250"')).toBe(
      true,
    );
    expect(svg).toContain(`viewBox="0 0 ${image.size} ${image.size}"`);
    expect(svg).toContain('<rect');
    expect(svg).toContain(`d="${image.path}"`);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('shows a link as people type it, and leaves a broken one alone', () => {
    expect(readableLink(classLink('7Б'))).toBe(
      'https://gym25.arkh-edu.ru/wizard/?r=p&n=1&a1=y&for=7Б',
    );
    expect(readableLink('https://x.ru/?for=%E0%A4')).toBe('https://x.ru/?for=%E0%A4');
  });
});
