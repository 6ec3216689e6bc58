import type { MouseEvent } from 'react';
import {
  answerKey,
  childAge,
  childCountOf,
  isComplete,
  summaryGroups,
  type Answers,
  type QuestionRef,
} from '@machines/index';
import { OnboardingActor } from '@/app/onboarding-actor';
import { useBack } from '@/app/use-back';
import { useText } from '@/app/use-text';
import { useWizard } from '@/app/wizard-context';
import { writeLocation } from '@/app/location';
import { BackLink } from '@/components/back-link';
import { usePageHeading } from '@/components/use-page-heading';

interface Group {
  readonly id: string;
  readonly heading: string | undefined;
  readonly rows: readonly QuestionRef[];
}

/** The groups of machines/summary-rows.ts (asked order), with their headings. */
function groupRows(answers: Answers, text: (k: string) => string): Group[] {
  const several = childCountOf(answers) > 1;
  return summaryGroups(answers).map(({ id, child, afterChildren, rows }) => {
    if (child === undefined)
      return { id, heading: afterChildren ? text('common:summary.moreAboutYou') : undefined, rows };
    const age = childAge(answers, child);
    const heading =
      several || age
        ? text(age ? `common:children.label.${age}.${child}` : `common:children.caption.${child}`)
        : undefined;
    return { id, heading, rows };
  });
}

export function SummaryScreen() {
  const { t, text } = useText();
  const wizard = useWizard();
  const actor = OnboardingActor.useActorRef();
  const answers = OnboardingActor.useSelector((s) => s.context.answers);
  const skipped = OnboardingActor.useSelector((s) => s.context.skipped);
  const headingRef = usePageHeading(t('summary.title'), t('app.name'));
  const back = useBack();
  const complete = isComplete(answers);

  const change = (ref: QuestionRef) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    actor.send({ type: 'change', key: answerKey(ref) });
  };
  const hrefFor = (ref: QuestionRef) =>
    writeLocation({
      page: 'flow',
      answers,
      step: { step: ref.question, child: ref.child },
      forClass: wizard.forClass,
      // The question is shown once opened, so it is no longer pre-filled.
      skipped: skipped.filter((k) => k !== answerKey(ref)),
    });

  return (
    <>
      <BackLink label={t('nav.back')} {...back} />
      <h1 className="heading-l" ref={headingRef} tabIndex={-1}>
        {t('summary.title')}
      </h1>
      <p className="lead">{t('summary.lead')}</p>
      {groupRows(answers, text).map((group) => (
        <section key={group.id} aria-labelledby={group.heading ? `${group.id}-heading` : undefined}>
          {group.heading ? (
            <h2 className="heading-m" id={`${group.id}-heading`}>
              {group.heading}
            </h2>
          ) : null}
          <dl className="summary-list">
            {group.rows.map((ref) => {
              const key = answerKey(ref);
              const question = text(`questions:${ref.question}.title`);
              const value = answers[key] ?? '';
              return (
                <div className="summary-list__row" key={key}>
                  <dt className="summary-list__key">{question}</dt>
                  <dd className="summary-list__value">
                    {ref.question === 'classLabel'
                      ? value
                      : text(`questions:${ref.question}.options.${value}`)}
                  </dd>
                  <dd className="summary-list__actions">
                    <a href={hrefFor(ref)} onClick={change(ref)}>
                      {t('nav.change')}{' '}
                      <span className="visually-hidden">{t('nav.changeHidden', { question })}</span>
                    </a>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
      {complete ? (
        <button type="button" className="button" onClick={() => actor.send({ type: 'confirm' })}>
          {t('summary.confirm')}
        </button>
      ) : null}
    </>
  );
}
