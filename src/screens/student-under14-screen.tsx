import { useMemo } from 'react';
import { buildChecklist, encodeLink, parentLinkForStudent } from '@machines/index';
import { OnboardingActor } from '@/app/onboarding-actor';
import { useBack } from '@/app/use-back';
import { useText } from '@/app/use-text';
import { useWizard } from '@/app/wizard-context';
import { BackLink } from '@/components/back-link';
import { CopyButton } from '@/components/copy-button';
import { QrCode } from '@/components/qr-code';
import { qrImage } from '@/components/qr-image';
import { ShareButton } from '@/components/share-button';
import { usePageHeading } from '@/components/use-page-heading';
import { facts } from '@/school';
import { StepBody } from './step-body';

/**
 * A student under 14: a parent registers them. Hand over a link made for the parent: copied,
 * sent through the phone's share sheet, or scanned from this screen with the parent's phone.
 */
export function StudentUnder14Screen() {
  const { t, text } = useText();
  const wizard = useWizard();
  const back = useBack();
  const headingRef = usePageHeading(t('under14.title'), t('app.name'));
  const link = wizard.shareUrl(`?${encodeLink(parentLinkForStudent())}`);
  const image = useMemo(() => qrImage(link), [link]);
  const answers = OnboardingActor.useSelector((s) => s.context.answers);
  const steps = buildChecklist(answers, facts).stages.flatMap((s) => s.steps);
  return (
    <>
      <BackLink label={t('nav.back')} {...back} />
      <h1 className="heading-l" ref={headingRef} tabIndex={-1}>
        {t('under14.title')}
      </h1>
      <p className="lead">{t('under14.body')}</p>
      <p>{t('under14.parentLink')}</p>
      <p className="link-box">
        <a href={link}>{link}</a>
      </p>
      <div className="actions">
        <CopyButton text={link} label={t('under14.copy')} copiedLabel={t('under14.copied')} />
        <ShareButton url={link} title={t('under14.parentLink')} label={t('under14.share')} />
      </div>
      <h2 className="heading-m">{t('under14.qrTitle')}</h2>
      <p className="hint">{t('under14.qrHint')}</p>
      <QrCode image={image} label={t('under14.qrAlt')} />
      {steps.map((step) => (
        <section key={step.id} aria-labelledby={`step-${step.id}`}>
          <h2 className="heading-m" id={`step-${step.id}`}>
            {text(`checklist:steps.${step.content}.title`)}
          </h2>
          <StepBody step={step} />
        </section>
      ))}
    </>
  );
}
