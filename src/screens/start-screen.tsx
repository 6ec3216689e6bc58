import { useSyncExternalStore } from 'react';
import { firstUnanswered } from '@machines/applicability';
import { audienceOf } from '@machines/teacher-link';
import { writeLocation } from '@/app/location';
import { lastChecklist } from '@/app/storage';
import { useText } from '@/app/use-text';
import { useWizard, type WizardApi } from '@/app/wizard-context';
import { usePageHeading } from '@/components/use-page-heading';
import { audienceKey, hasStartBanner } from './start-banner';

/** The address of the first question still open, with the answers a teacher's link brought. */
function startHref(wizard: Pick<WizardApi, 'answers' | 'forClass' | 'skipped'>): string {
  const open = firstUnanswered(wizard.answers);
  const step = open && { step: open.question, ...(open.child ? { child: open.child } : {}) };
  return (
    writeLocation({
      page: 'flow',
      answers: wizard.answers,
      forClass: wizard.forClass,
      skipped: wizard.skipped,
      step,
    }) || '?'
  );
}

const noSubscription = () => () => undefined;
const noChecklist = () => undefined;

/** GOV.UK start page: what this does, for whom, how long, what it does not ask. */
export function StartScreen() {
  const { t } = useText();
  const wizard = useWizard();
  const headingRef = usePageHeading(t('start.title'), t('app.name'));
  const audience = audienceOf(wizard.answers);
  // The prerendered page has no resume link: while hydrating, React renders the server snapshot
  // (none) so the markup matches, then the one this device stores.
  const resume = useSyncExternalStore(noSubscription, lastChecklist, noChecklist);
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
      {/* Body size, not .lead: the start page draws three text styles before its first paint
          (src/styles/global.css, .header__name). */}
      <p>{t('start.lead')}</p>
      <p>{t('start.duration')}</p>
      {/* A link, as on GOV.UK: tapped before the app has started (a slow phone), it still opens the
          first question, as a new page; once the app runs, it opens it in place. */}
      <a
        href={startHref(wizard)}
        role="button"
        draggable="false"
        className="button button--start"
        onClick={(event) => {
          event.preventDefault();
          wizard.start();
        }}
        onKeyDown={(event) => {
          // role="button": Space presses it too, as it would a <button>.
          if (event.key !== ' ') return;
          event.preventDefault();
          wizard.start();
        }}
      >
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
      </a>
      {resume ? (
        <div className="resume">
          <a className="button button--secondary" href={`?${resume}`}>
            {t('start.resume')}
          </a>
          <p className="resume__hint">{t('start.resumeHint')}</p>
        </div>
      ) : null}
      {/* Below the button, so «Начать» is on a phone's first screen (360×740) in both languages. */}
      <p>{t('start.forWhom')}</p>
      <p>{t('start.privacy')}</p>
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
