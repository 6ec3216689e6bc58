import { audienceOf } from '@machines/teacher-link';
import { useText } from '@/app/use-text';
import { useWizard, type WizardApi } from '@/app/wizard-context';
import { usePageHeading } from '@/components/use-page-heading';

/** Audience option -> the key of the banner saying whom a link was made for (start page, teacher). */
export const audienceKey = {
  under14: 'parentsUnder14',
  over14: 'parentsOver14',
  students: 'students',
  everyone: 'everyone',
} as const;

/**
 * Whether the start page shows a banner saying whom a teacher's link was made for. The build
 * prerenders the start page without one (src/prerender/), so main.tsx hydrates only when this is
 * false.
 */
export function hasStartBanner(wizard: {
  readonly answers: WizardApi['answers'];
  readonly forClass?: string | undefined;
}): boolean {
  return Boolean(wizard.forClass) || audienceOf(wizard.answers) !== undefined;
}

/** GOV.UK start page: what this does, for whom, how long, what it does not ask. */
export function StartScreen() {
  const { t } = useText();
  const wizard = useWizard();
  const headingRef = usePageHeading(t('start.title'), t('app.name'));
  const audience = audienceOf(wizard.answers);
  const banner = !hasStartBanner(wizard)
    ? undefined
    : wizard.forClass
      ? t(`start.forClass.${audienceKey[audience ?? 'everyone']}`, { classLabel: wizard.forClass })
      : audience
        ? t(`start.forAudience.${audienceKey[audience]}`)
        : undefined;

  return (
    <>
      {banner ? <p className="banner">{banner}</p> : null}
      <h1 className="heading-xl" ref={headingRef} tabIndex={-1}>
        {t('start.title')}
      </h1>
      <p className="lead">{t('start.lead')}</p>
      <p>{t('start.forWhom')}</p>
      <p>{t('start.duration')}</p>
      <p>{t('start.privacy')}</p>
      <button type="button" className="button button--start" onClick={wizard.start}>
        {t('start.button')}
        <svg
          className="button__arrow"
          aria-hidden="true"
          focusable="false"
          width="17"
          height="19"
          viewBox="0 0 33 40"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </button>
      <p>
        <a
          href="?page=legal"
          onClick={(e) => {
            e.preventDefault();
            wizard.showPage('legal');
          }}
        >
          {t('start.legalLink')}
        </a>
      </p>
    </>
  );
}
