import { Suspense, useCallback, useEffect, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import { school } from '@/school';
import { ErrorScreen } from '@/screens/error-screen';
import { StartScreen } from '@/screens/start-screen';
import { ErrorBoundary } from './error-boundary';
import { setLanguage } from './i18n';
import type { Language } from './language';
import { Layout } from './layout';
import { lazyPages, prefetchFlow } from './lazy-pages';
import type { Page, ReadLocation } from './location';
import { clearStore, loadStore, saveStore } from './storage';
import { UpdateNotice } from './update-notice';
import { useWizard, type Notice } from './wizard-context';
import { WizardProvider, type FlowBridge } from './wizard-provider';

function Notices() {
  const { t } = useTranslation();
  const { notices } = useWizard();
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      {notices.map((n) => (
        <p key={n}>{t(`notice.${n}`)}</p>
      ))}
    </div>
  );
}

/** The start page is in the first download; the rest arrives while the family reads it. */
function renderPage(instance: i18n, page: Page, bridge: FlowBridge, noscript: ReactNode) {
  const { Flow, Legal } = lazyPages(instance);
  if (page === 'start') return <StartPage instance={instance} noscript={noscript} />;
  return (
    <Suspense fallback={<div className="loading" aria-busy="true" />}>
      {page === 'legal' ? <Legal /> : <Flow {...bridge} />}
    </Suspense>
  );
}

/**
 * The start page. `noscript` is given only when the build prerenders this page into
 * dist/index.html (src/prerender/): a browser without JavaScript shows it (the link to the guide
 * page, dist/guide.html), and one with JavaScript never parses it, so the client renders the
 * <noscript> empty and hydration ignores its contents.
 */
function StartPage({ instance, noscript }: { instance: i18n; noscript: ReactNode }) {
  useEffect(() => {
    // Fetch the questions while the family reads the start page (idle, so it never competes with it).
    // A failure here is not shown: "Start" loads the flow again and reports what fails then.
    const id = window.setTimeout(() => void prefetchFlow(instance).catch(() => undefined), 1500);
    return () => window.clearTimeout(id);
  }, [instance]);
  return (
    <>
      <StartScreen />
      <noscript>{noscript}</noscript>
    </>
  );
}

export interface AppProps {
  readonly i18n: i18n;
  readonly initial: ReadLocation;
  readonly notices: readonly Notice[];
  /** Only for the build's prerendering: what the start page shows without JavaScript. */
  readonly noscript?: ReactNode;
}

export function App(props: AppProps) {
  const { i18n: instance } = props;
  const onLanguage = useCallback(
    (lang: Language) => {
      void setLanguage(instance, lang, school).then(() => {
        const { store } = loadStore();
        saveStore({ ...store, lang });
      });
    },
    [instance],
  );
  const onRestart = useCallback(() => {
    clearStore(loadStore().store.lang);
  }, []);
  return (
    <I18nextProvider i18n={instance}>
      <Layout onLanguage={onLanguage}>
        <UpdateNotice />
        <ErrorBoundary fallback={(details) => <ErrorScreen details={details} />}>
          <WizardProvider
            initial={props.initial}
            initialNotices={props.notices}
            onRestart={onRestart}
            renderPage={(page, bridge) => renderPage(instance, page, bridge, props.noscript)}
          >
            <Notices />
          </WizardProvider>
        </ErrorBoundary>
      </Layout>
    </I18nextProvider>
  );
}
