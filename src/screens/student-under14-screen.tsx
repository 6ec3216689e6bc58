import { encodeLink, parentLinkForStudent } from '@machines/index';
import { useBack } from '@/app/use-back';
import { useText } from '@/app/use-text';
import { useWizard } from '@/app/wizard-context';
import { BackLink } from '@/components/back-link';
import { CopyButton } from '@/components/copy-button';
import { usePageHeading } from '@/components/use-page-heading';

/** A student under 14: a parent registers them. Hand over a link made for the parent. */
export function StudentUnder14Screen() {
  const { t } = useText();
  const wizard = useWizard();
  const back = useBack();
  const headingRef = usePageHeading(t('under14.title'), t('app.name'));
  const link = wizard.shareUrl(`?${encodeLink(parentLinkForStudent())}`);
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
      <CopyButton text={link} label={t('under14.copy')} copiedLabel={t('under14.copied')} />
    </>
  );
}
