/**
 * The QR code of a link as data: the module matrix from `uqr` as one SVG path, the standalone SVG
 * file, and the link as people read it. Apart from qr-code.tsx (the component), so that module
 * exports only components (Fast Refresh) and the tests use these without React.
 */
import { encode } from 'uqr';

/** Four light modules around the code: the quiet zone scanners need (ISO/IEC 18004). */
const QUIET_ZONE = 4;
export const DARK = '#000000';
export const LIGHT = '#ffffff';

export interface QrImage {
  /** Modules per side, quiet zone included. */
  readonly size: number;
  /** One SVG path in module units: every run of dark modules in a row is one rectangle. */
  readonly path: string;
}

/** The QR matrix of `text` as an SVG path (error correction M: survives a crease or a smudge). */
export function qrImage(text: string): QrImage {
  const { size, data } = encode(text, { ecc: 'M', boostEcc: true, border: QUIET_ZONE });
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return { size, path: parts.join('') };
}

/** A standalone SVG file of the code, `pixels` wide (for the download and the PNG). */
export function qrSvgMarkup(image: QrImage, pixels: number): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pixels}" height="${pixels}" ` +
    `viewBox="0 0 ${image.size} ${image.size}" shape-rendering="crispEdges">` +
    `<rect width="${image.size}" height="${image.size}" fill="${LIGHT}"/>` +
    `<path d="${image.path}" fill="${DARK}"/></svg>`
  );
}

/** The link as people read and type it: "for=7Б" rather than "for=7%D0%91". */
export function readableLink(link: string): string {
  try {
    return decodeURI(link);
  } catch {
    return link;
  }
}
