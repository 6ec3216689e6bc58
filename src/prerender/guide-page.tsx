/**
 * dist/guide.html, the page for browsers without JavaScript (linked from the start page's
 * <noscript>): the app's name, linking back to the start page, and the complete static guide.
 * Rendered at build time only (src/prerender/render.tsx); its own page, so the start page's first
 * response stays small (README, "Performance").
 */
import { useText } from '@/app/use-text';
import { StaticGuide } from './static-guide';

export function GuidePage() {
  const { t } = useText();
  return (
    <>
      <header className="header">
        <div className="container header__inner">
          <a className="header__name" href="./">
            {t('app.name')}
          </a>
        </div>
      </header>
      <div className="container">
        <main id="main" className="main">
          <h1 className="heading-xl">{t('start.title')}</h1>
          <StaticGuide />
        </main>
      </div>
      <footer className="footer">
        <div className="container">
          <p>{t('app.tagline')}</p>
        </div>
      </footer>
    </>
  );
}

/** What the start page's <noscript> shows: why there is no list, and the way to the guide. */
export function GuideLink() {
  const { t } = useText();
  return (
    <section className="static-guide">
      <h2 className="heading-l">{t('noscript.title')}</h2>
      <p>
        <a href="guide.html">{t('noscript.link')}</a>
      </p>
    </section>
  );
}
