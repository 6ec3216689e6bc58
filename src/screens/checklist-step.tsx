import type { ChecklistStep as Step } from '@machines/index';
import { useText } from '@/app/use-text';
import { StepCard } from '@/components/step-card';
import { StepBody } from './step-body';

/**
 * One step of a checklist (a family's, or a teacher's own steps): its title and body from the
 * locale files, a tick box unless the answers already did it. Shared by the checklist and the
 * teacher's result page.
 */
export function ChecklistStep({
  step,
  subjectLabel,
  ticked,
  onTick,
}: {
  step: Step;
  subjectLabel?: string | undefined;
  ticked: boolean;
  onTick: (done: boolean) => void;
}) {
  const { t, text } = useText();
  return (
    <StepCard
      id={step.id.replace('.', '-')}
      title={text(`checklist:steps.${step.content}.title`)}
      subjectLabel={subjectLabel}
      doneByAnswers={step.status === 'done'}
      ticked={ticked}
      labels={{
        tick: t('checklist.stepDone'),
        doneByAnswers: t('checklist.doneByAnswers'),
        show: t('checklist.show'),
      }}
      onTick={onTick}
    >
      <StepBody step={step} />
    </StepCard>
  );
}
