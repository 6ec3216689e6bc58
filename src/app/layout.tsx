import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from './language';

/** Header with the service name and language switch; main content; footer. */
export function Layout(props: { onLanguage: (lang: Language) => void; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  // Marks the moment React owns the page (the prerendered start page is no longer alone): tests and
  // scripts wait for it instead of guessing from the first <h1> they see.
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="header">
        <div className="container header__inner">
          <span className="header__name">{t('app.name')}</span>
          <nav className="lang-switch" aria-label={t('lang.label')}>
            {languages.map((lang) =>
              lang === i18n.language ? (
                <span key={lang} className="lang-switch__current" aria-current="true" lang={lang}>
                  {t(`lang.${lang}`)}
                </span>
              ) : (
                <a
                  key={lang}
                  href={`?lang=${lang}`}
                  lang={lang}
                  hrefLang={lang}
                  onClick={(event) => {
                    event.preventDefault();
                    props.onLanguage(lang);
                  }}
                >
                  {t(`lang.${lang}`)}
                </a>
              ),
            )}
          </nav>
        </div>
      </header>
      <div className="container">
        <main id="main" className="main" tabIndex={-1}>
          {props.children}
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
