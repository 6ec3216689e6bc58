/**
 * The stylesheets of the pages after the start page, linked when such a page loads and waited for
 * before it shows. The start page's own styles are inlined in dist/index.html (src/styles/global.css);
 * everything else waits here, off the first paint. Waiting matters on a deep link
 * (`?…&s=checklist`): the page's code could otherwise arrive first and show unstyled.
 *
 * Linked rather than imported from JavaScript: the dev server would inject imported CSS as an
 * inline <style>, which the Content-Security-Policy (style-src 'self' and one hash) refuses.
 */
import flowStylesheet from '@/styles/flow.css?url';
import pagesStylesheet from '@/styles/pages.css?url';

/** Every page but the start page: questions, summary, checklist, legal page. */
export const PAGES_STYLESHEET = pagesStylesheet;
/** The question flow's result pages: QR code, teacher's link builder and printed notice. */
export const FLOW_STYLESHEET = flowStylesheet;

const loading = new Map<string, Promise<void>>();

/**
 * Links `href` once and resolves when it has loaded, or failed: a stylesheet that cannot load
 * must not keep the page from showing (it then shows as the browser styles it).
 */
function linkStylesheet(href: string): Promise<void> {
  let done = loading.get(href);
  if (done) return done;
  done = new Promise<void>((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
  loading.set(href, done);
  return done;
}

/** Links the given stylesheets (once each) and resolves when all have loaded or failed. */
export function pageStyles(...hrefs: readonly string[]): Promise<void> {
  if (typeof document === 'undefined') return Promise.resolve();
  return Promise.all(hrefs.map(linkStylesheet)).then(() => undefined);
}
