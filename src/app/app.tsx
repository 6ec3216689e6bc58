import { useCallback } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import { school } from '@/school';
import { ErrorScreen } from '@/screens/error-screen';
import { LegalScreen } from '@/screens/legal-screen';
import { StartScreen } from '@/screens/start-screen';
import { ErrorBoundary } from './error-boundary';
import { Flow } from './flow';
import { setLanguage } from './i18n';
import type { Language } from './language';
import { Layout } from './layout';
import type { ReadLocation } from './location';
import { clearStore, loadStore, saveStore } from './storage';
import { useWizard, type Notice } from './wizard-context';
import { WizardProvider } from './wizard-provider';

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

function Pages() {
  const { page } = useWizard();
  if (page === 'legal') return <LegalScreen />;
  if (page === 'start') return <StartScreen />;
  return <Flow />;
}

export function App(props: { i18n: i18n; initial: ReadLocation; notices: readonly Notice[] }) {
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
        <ErrorBoundary fallback={(details) => <ErrorScreen details={details} />}>
          <WizardProvider
            initial={props.initial}
            initialNotices={props.notices}
            onRestart={onRestart}
          >
            <Notices />
            <Pages />
          </WizardProvider>
        </ErrorBoundary>
      </Layout>
    </I18nextProvider>
  );
}
