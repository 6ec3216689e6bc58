/**
 * A QR code of a link, drawn as inline SVG from the `uqr` module matrix (./qr-image.ts) (no network, no canvas
 * needed to show it), with downloads as SVG and PNG made in the browser. Only the teacher's
 * builder and the under-14 outcome use it, so it (and uqr) load with the question flow, never
 * with the start page.
 */
import { useId } from 'react';
import { DARK, LIGHT, qrSvgMarkup, type QrImage } from './qr-image';
import { downloadFile } from './download-file';

/** The PNG download is at least this many pixels wide: sharp on paper and on a projector. */
const PNG_MIN_PIXELS = 1000;
/** The code on the page: black on white in every colour scheme, so any phone can read it. */
export function QrCode(props: { image: QrImage; label: string; className?: string }) {
  const titleId = useId();
  const { size, path } = props.image;
  return (
    <svg
      className={`qr-code${props.className ? ` ${props.className}` : ''}`}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      role="img"
      aria-labelledby={titleId}
      focusable="false"
    >
      <title id={titleId}>{props.label}</title>
      <rect width={size} height={size} fill={LIGHT} />
      <path d={path} fill={DARK} />
    </svg>
  );
}

/** Draws the SVG onto a canvas and encodes it as PNG (all in the browser, nothing is sent). */
async function pngOf(image: QrImage): Promise<Blob> {
  const pixels = Math.ceil(PNG_MIN_PIXELS / image.size) * image.size;
  const svg = new Blob([qrSvgMarkup(image, pixels)], { type: 'image/svg+xml' });
  const url = URL.createObjectURL(svg);
  try {
    const picture = new Image(pixels, pixels);
    picture.src = url;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = pixels;
    canvas.height = pixels;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.imageSmoothingEnabled = false;
    context.fillStyle = LIGHT;
    context.fillRect(0, 0, pixels, pixels);
    context.drawImage(picture, 0, 0, pixels, pixels);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** "Download as SVG" and "Download as PNG" buttons; `fileName` has no extension. */
export function QrDownloads(props: {
  image: QrImage;
  fileName: string;
  labels: { svg: string; png: string };
}) {
  const { image, fileName } = props;
  const saveSvg = () => {
    const pixels = image.size * 10;
    downloadFile(
      new Blob([qrSvgMarkup(image, pixels)], { type: 'image/svg+xml' }),
      `${fileName}.svg`,
    );
  };
  const savePng = () => {
    pngOf(image).then(
      (blob) => downloadFile(blob, `${fileName}.png`),
      () => {
        // A browser without canvas export: the SVG button beside this one still works.
      },
    );
  };
  return (
    <>
      <button type="button" className="button button--secondary no-print" onClick={saveSvg}>
        {props.labels.svg}
      </button>
      <button type="button" className="button button--secondary no-print" onClick={savePng}>
        {props.labels.png}
      </button>
    </>
  );
}
