import { useEffect, useState } from 'react';
import { buildChecklist, childCountOf, encodeLink } from '@machines/index';
import { OnboardingActor } from '@/app/onboarding-actor';
import { useBack } from '@/app/use-back';
import { useText } from '@/app/use-text';
import { useTicks } from '@/app/use-ticks';
import { useWizard } from '@/app/wizard-context';
import { facts } from '@/school';
import { BackLink } from '@/components/back-link';
import { CopyButton } from '@/components/copy-button';
import { ShareButton } from '@/components/share-button';
import { usePageHeading } from '@/components/use-page-heading';
import { StartAgain } from './start-again';
import { ChecklistStep } from './checklist-step';

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
                <ChecklistStep
                  key={step.id}
                  step={step}
                  subjectLabel={
                    several && step.subject.kind === 'child'
                      ? text(`common:children.label.${step.subject.age}.${step.subject.child}`)
                      : undefined
                  }
                  ticked={ticked.has(step.id)}
                  onTick={(done) => toggle(step.id, done)}
                />
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
