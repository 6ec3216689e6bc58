/**
 * The one-page A4 notice for a notice board or a parents' meeting: a title, three lines on what
 * the helper does, the QR code large and the link beneath it. It lives outside the app's root
 * (a portal into <body>), hidden on screen; while it is mounted, printing the page prints only
 * this notice (src/styles/flow.css).
 */
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { QrCode } from '@/components/qr-code';
import { readableLink, type QrImage } from '@/components/qr-image';

/** Set on <html> while a notice is on the page: print shows the notice and nothing else. */
export const PRINT_NOTICE_CLASS = 'has-print-notice';

export function PrintNotice(props: {
  link: string;
  image: QrImage;
  title: string;
  lines: readonly string[];
  qrLabel: string;
}) {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add(PRINT_NOTICE_CLASS);
    return () => root.classList.remove(PRINT_NOTICE_CLASS);
  }, []);
  return createPortal(
    <div className="print-notice" hidden>
      <h2 className="print-notice__title">{props.title}</h2>
      <ul className="print-notice__lines">
        {props.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <QrCode image={props.image} label={props.qrLabel} className="print-notice__qr" />
      <p className="print-notice__link">{readableLink(props.link)}</p>
    </div>,
    document.body,
  );
}
