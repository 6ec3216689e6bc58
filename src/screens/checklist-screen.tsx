import { useEffect, useState } from 'react';
import { buildChecklist, childCountOf, encodeLink, type ChecklistStep } from '@machines/index';
import { OnboardingActor } from '@/app/onboarding-actor';
import { useBack } from '@/app/use-back';
import { useText } from '@/app/use-text';
import { useTicks } from '@/app/use-ticks';
import { useWizard } from '@/app/wizard-context';
import { facts, school } from '@/school';
import { BackLink } from '@/components/back-link';
import { CopyButton } from '@/components/copy-button';
import { ShareButton } from '@/components/share-button';
import { StepCard } from '@/components/step-card';
import { usePageHeading } from '@/components/use-page-heading';
import { StartAgain } from './start-again';

const fields = ['need', 'clicks', 'trap', 'time', 'fail'] as const;

/** Opens every step while printing, so the paper copy has everything. */
function usePrintExpanded() {
  useEffect(() => {
    const opened: HTMLDetailsElement[] = [];
    const before = () => {
      document.querySelectorAll('details:not([open])').forEach((d) => {
        (d as HTMLDetailsElement).open = true;
        opened.push(d as HTMLDetailsElement);
      });
    };
    const after = () => opened.splice(0).forEach((d) => (d.open = false));
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}

function StepBody({ step }: { step: ChecklistStep }) {
  const { t, text, has, lang } = useText();
  const base = `checklist:steps.${step.content}`;
  const note = (id: string) => {
    const own = school.notes?.[id as keyof NonNullable<typeof school.notes>];
    return own ? own[lang === 'en' ? 'en' : 'ru'] : text(`checklist:notes.${id}`);
  };
  return (
    <>
      <dl className="step-fields">
        {fields
          .filter((f) => has(`${base}.${f}`))
          .map((f) => (
            <div key={f} className={`step-field step-field--${f}`}>
              <dt>{text(`common:checklist.fields.${f}`)}</dt>
              <dd>{text(`${base}.${f}`)}</dd>
            </div>
          ))}
      </dl>
      {step.facts.includes('inn') ? (
        <p className="fact">
          {t('checklist.innLabel')} <strong className="fact__value">{facts.inn}</strong>{' '}
          <CopyButton
            text={facts.inn}
            label={t('checklist.copyInn')}
            copiedLabel={t('checklist.copied')}
          />
        </p>
      ) : null}
      {step.facts.includes('office') ? <p className="fact">{t('checklist.office')}</p> : null}
      {step.links.length > 0 ? (
        <ul className="step-links">
          {step.links.map((link) => (
            <li key={link.id}>
              <a href={link.href} target="_blank" rel="noopener noreferrer">
                {text(`checklist:links.${link.id}`)}
                <span className="visually-hidden"> {t('checklist.newTab')}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {step.troubles.map((id) => (
        <div className="trouble" key={id}>
          <h4 className="trouble__title">{text(`troubles:${id}.title`)}</h4>
          <p>{text(`troubles:${id}.symptom`)}</p>
          <p>{text(`troubles:${id}.fix`)}</p>
        </div>
      ))}
      {step.notes.map((id) => (
        <p className="note" key={id}>
          <strong>{t('checklist.fields.note')}</strong> {note(id)}
        </p>
      ))}
    </>
  );
}

export function ChecklistScreen() {
  const { t, text } = useText();
  const wizard = useWizard();
  const answers = OnboardingActor.useSelector((s) => s.context.answers);
  const headingRef = usePageHeading(t('checklist.title'), t('app.name'));
  const back = useBack();
  const { ticked, toggle } = useTicks(answers);
  usePrintExpanded();
  const [checklist] = useState(() => buildChecklist(answers, facts));
  const steps = checklist.stages.flatMap((s) => s.steps);
  const doneCount = steps.filter((s) => s.status === 'done' || ticked.has(s.id)).length;
  const several = childCountOf(answers) > 1;
  const shareUrl = wizard.shareUrl(`?${encodeLink({ answers, step: { step: 'checklist' } })}`);

  return (
    <>
      <BackLink label={t('checklist.changeAnswers')} {...back} />
      <h1 className="heading-l" ref={headingRef} tabIndex={-1}>
        {t('checklist.title')}
      </h1>
      <p className="lead">{t('checklist.lead')}</p>
      <p className="progress" role="status">
        {t('checklist.doneCount', { count: doneCount, total: steps.length })}
      </p>
      <div className="actions no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('checklist.print')}
        </button>
        <ShareButton
          url={shareUrl}
          title={t('checklist.title')}
          label={t('checklist.shareSystem')}
        />
        <CopyButton
          text={shareUrl}
          label={t('checklist.share')}
          copiedLabel={t('checklist.shareCopied')}
        />
      </div>
      <ol className="stages">
        {checklist.stages.map((stage) => (
          <li className="stage" key={stage.id}>
            <h2 className="heading-m stage__title">{text(`checklist:stages.${stage.id}.title`)}</h2>
            <p className="stage__intro">{text(`checklist:stages.${stage.id}.intro`)}</p>
            <ul className="steps">
              {stage.steps.map((step) => (
                <StepCard
                  key={step.id}
                  id={step.id.replace('.', '-')}
                  title={text(`checklist:steps.${step.content}.title`)}
                  subjectLabel={
                    several && step.subject.kind === 'child'
                      ? text(`common:children.label.${step.subject.age}.${step.subject.child}`)
                      : undefined
                  }
                  doneByAnswers={step.status === 'done'}
                  ticked={ticked.has(step.id)}
                  labels={{
                    tick: t('checklist.stepDone'),
                    doneByAnswers: t('checklist.doneByAnswers'),
                    show: t('checklist.show'),
                  }}
                  onTick={(done) => toggle(step.id, done)}
                >
                  <StepBody step={step} />
                </StepCard>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <p className="print-only">{t('checklist.linkBack', { url: shareUrl })}</p>
      <StartAgain />
    </>
  );
}
