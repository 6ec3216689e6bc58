import { useTranslation } from 'react-i18next';
import { CopyButton } from '@/components/copy-button';

/** Shown by the error boundary: start again (a clean URL), or copy details for the school. */
export function ErrorScreen({ details }: { details: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="heading-l">{t('errorPage.title')}</h1>
      <p className="lead">{t('errorPage.body')}</p>
      <p>
        <a className="button" href={window.location.pathname}>
          {t('errorPage.startAgain')}
        </a>
      </p>
      <CopyButton
        text={`${window.location.href}\n${details}`}
        label={t('errorPage.copyDetails')}
        copiedLabel={t('errorPage.copied')}
      />
    </>
  );
}
