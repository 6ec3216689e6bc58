import { useTranslation } from 'react-i18next';
import { useText } from '@/app/use-text';
import { useWizard } from '@/app/wizard-context';
import { BackLink } from '@/components/back-link';
import { usePageHeading } from '@/components/use-page-heading';

/**
 * The acts in the Russian words (the source: English has the same keys), read from the loaded
 * bundle, which is always there as the fallback. Importing legal.json instead would bundle the
 * whole Russian file into this chunk as JavaScript, beside the .json file it already fetches.
 */
function actIdsOf(i18n: ReturnType<typeof useTranslation>['i18n']): string[] {
  const acts: unknown = i18n.getResource('ru', 'legal', 'acts');
  return acts !== null && typeof acts === 'object' ? Object.keys(acts) : [];
}

/** Why a Gosuslugi account is required, and the acts the school cites. */
export function LegalScreen() {
  const { t, i18n } = useTranslation('legal');
  const { text } = useText();
  const wizard = useWizard();
  const headingRef = usePageHeading(t('title'), text('common:app.name'));
  return (
    <>
      <BackLink
        label={t('back')}
        href="?"
        onBack={() =>
          window.history.length > 1 ? window.history.back() : wizard.showPage('start')
        }
      />
      <h1 className="heading-l" ref={headingRef} tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="lead">{t('lead')}</p>
      <p>{t('why')}</p>
      <p>{t('rule2024')}</p>
      <p className="note">{t('note2024')}</p>
      <p>{t('minors')}</p>
      <h2 className="heading-m">{t('actsTitle')}</h2>
      <ul className="list list--bullet">
        {actIdsOf(i18n).map((id) => (
          <li key={id}>{text(`legal:acts.${id}`)}</li>
        ))}
      </ul>
    </>
  );
}
