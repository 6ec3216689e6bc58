import { useTranslation } from 'react-i18next';
import { useText } from '@/app/use-text';
import { useWizard } from '@/app/wizard-context';
import { BackLink } from '@/components/back-link';
import { usePageHeading } from '@/components/use-page-heading';
import ruLegal from '@locales/ru/legal.json';

const actIds = Object.keys(ruLegal.acts);

/** Why a Gosuslugi account is required, and the acts the school cites. */
export function LegalScreen() {
  const { t } = useTranslation('legal');
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
        {actIds.map((id) => (
          <li key={id}>{text(`legal:acts.${id}`)}</li>
        ))}
      </ul>
    </>
  );
}
