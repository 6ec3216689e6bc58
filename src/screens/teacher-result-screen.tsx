import { useEffect, useMemo, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  buildChecklist,
  encodeLink,
  initiallyOpen,
  teacherLink,
  viewChecklist,
  type Audience,
} from '@machines/index';
import { loadBundle } from '@/app/i18n';
import type { Language } from '@/app/language';
import { OnboardingActor } from '@/app/onboarding-actor';
import { useBack } from '@/app/use-back';
import { useText } from '@/app/use-text';
import { useTicks } from '@/app/use-ticks';
import { useWizard } from '@/app/wizard-context';
import { facts } from '@/school';
import { BackLink } from '@/components/back-link';
import { CopyButton } from '@/components/copy-button';
import { QrCode, QrDownloads } from '@/components/qr-code';
import { qrImage, readableLink } from '@/components/qr-image';
import { usePageHeading } from '@/components/use-page-heading';
import { PrintNotice } from './print-notice';
import { StartAgain } from './start-again';
import { audienceKey } from './start-banner';
import { ChecklistRow } from './checklist-row';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The chat message for this link, in the given language's words. */
const messageOf = (
  translate: Translate,
  audience: Audience,
  link: string,
  forClass: string | undefined,
) =>
  translate(`teacher:message.${audience}${forClass ? 'WithClass' : ''}`, {
    link,
    classLabel: forClass,
  });

/**
 * The other language's words for the message (a class with families who read English, or a
 * teacher working in English for Russian-speaking families). Loaded on demand.
 */
function useOtherLanguage(): { lang: Language; translate: Translate | undefined } {
  const { i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'ru' : 'en';
  const [, loaded] = useReducer((n: number) => n + 1, 0);
  const ready = i18n.hasResourceBundle(lang, 'teacher');
  useEffect(() => {
    if (ready) return;
    loadBundle(i18n, lang, 'teacher').then(loaded, () => {
      // Offline after the flow loaded: the message in the current language is still there.
    });
  }, [i18n, lang, ready]);
  return {
    lang,
    translate: ready ? (i18n.getFixedT(lang) as unknown as Translate) : undefined,
  };
}

/**
 * The teacher's link builder result: for whom the link is, the link, its QR code (downloads and
 * a printable A4 notice), a ready chat message in both languages, and the teacher's own steps.
 */
export function TeacherResultScreen() {
  const { t, text } = useText();
  const wizard = useWizard();
  const back = useBack();
  const answers = OnboardingActor.useSelector((s) => s.context.answers);
  const headingRef = usePageHeading(text('teacher:result.title'), t('app.name'));
  const state = teacherLink(answers);
  const forClass = state?.forClass;
  const query = state ? encodeLink(state) : '';
  const link = wizard.shareUrl(query ? `?${query}` : '');
  const image = useMemo(() => qrImage(link), [link]);
  const audience: Audience = (answers.audience as Audience | undefined) ?? 'everyone';
  const forWhom = forClass
    ? t(`start.forClass.${audienceKey[audience]}`, { classLabel: forClass })
    : t(`start.forAudience.${audienceKey[audience]}`);
  const message = messageOf(text, audience, link, forClass);
  const other = useOtherLanguage();
  const otherMessage = other.translate && messageOf(other.translate, audience, link, forClass);
  const { ticked, toggle } = useTicks(answers);
  // The teacher's own steps, in the family checklist's rows: the next one open, the rest one tap away.
  const [own] = useState(() => buildChecklist(answers, facts));
  const ownRows = viewChecklist(own, ticked).stages.flatMap((s) => s.rows);
  const [open, setOpen] = useState<ReadonlySet<string>>(() =>
    initiallyOpen(viewChecklist(own, ticked)),
  );
  const qrLabel = text('teacher:result.qrAlt');

  return (
    <>
      <BackLink label={t('nav.back')} {...back} />
      <h1 className="heading-l" ref={headingRef} tabIndex={-1}>
        {text('teacher:result.title')}
      </h1>
      <p className="banner for-whom">{forWhom}</p>
      <p className="lead">{text('teacher:result.lead')}</p>

      <h2 className="heading-m">{text('teacher:result.linkLabel')}</h2>
      <p className="link-box">
        <a href={link}>{readableLink(link)}</a>
      </p>
      <CopyButton
        text={link}
        label={text('teacher:result.copyLink')}
        copiedLabel={text('teacher:result.copied')}
      />

      <h2 className="heading-m">{text('teacher:result.qrTitle')}</h2>
      <QrCode image={image} label={qrLabel} />
      <div className="actions no-print">
        <QrDownloads
          image={image}
          fileName={`qr-${forClass ?? audience}`}
          labels={{
            svg: text('teacher:result.downloadSvg'),
            png: text('teacher:result.downloadPng'),
          }}
        />
        <button type="button" className="button" onClick={() => window.print()}>
          {text('teacher:result.print')}
        </button>
      </div>

      <h2 className="heading-m">{text('teacher:result.messageTitle')}</h2>
      <p className="message-box">{message}</p>
      <CopyButton
        text={message}
        label={text('teacher:result.copyMessage')}
        copiedLabel={text('teacher:result.copied')}
      />
      {otherMessage !== undefined ? (
        <details className="details other-message">
          <summary className="details__summary">{text('teacher:result.otherMessageTitle')}</summary>
          <div className="details__text">
            <p className="other-message__text" lang={other.lang}>
              {otherMessage}
            </p>
            <CopyButton
              text={otherMessage}
              label={text('teacher:result.copyOtherMessage')}
              copiedLabel={text('teacher:result.copied')}
            />
          </div>
        </details>
      ) : null}

      <h2 className="heading-m">{text('teacher:ownSteps.title')}</h2>
      <ul className="rows">
        {ownRows.map((row) => (
          <ChecklistRow
            key={row.id}
            row={row}
            openKeys={open}
            setOpen={(key, isOpen) =>
              setOpen((current) => {
                const next = new Set(current);
                if (isOpen) next.add(key);
                else next.delete(key);
                return next;
              })
            }
            captionOf={() => undefined}
            onTick={toggle}
            reminderUrl={link}
          />
        ))}
      </ul>
      <StartAgain />
      <PrintNotice
        link={link}
        image={image}
        title={text('teacher:notice.title')}
        lines={[
          text('teacher:notice.line1'),
          text('teacher:notice.line2'),
          text('teacher:notice.line3'),
        ]}
        qrLabel={qrLabel}
      />
    </>
  );
}
