import { buildChecklist, encodeLink, teacherLink } from '@machines/index';
import { OnboardingActor } from '@/app/onboarding-actor';
import { useBack } from '@/app/use-back';
import { useText } from '@/app/use-text';
import { useTicks } from '@/app/use-ticks';
import { useWizard } from '@/app/wizard-context';
import { facts } from '@/school';
import { BackLink } from '@/components/back-link';
import { CopyButton } from '@/components/copy-button';
import { StepCard } from '@/components/step-card';
import { usePageHeading } from '@/components/use-page-heading';
import { StartAgain } from './start-again';
import { StepBody } from './step-body';

/** The teacher's link builder result: the link, a ready chat message, their own steps. */
export function TeacherResultScreen() {
  const { t, text } = useText();
  const wizard = useWizard();
  const back = useBack();
  const answers = OnboardingActor.useSelector((s) => s.context.answers);
  const headingRef = usePageHeading(text('teacher:result.title'), t('app.name'));
  const state = teacherLink(answers);
  const query = state ? encodeLink(state) : '';
  const link = wizard.shareUrl(query ? `?${query}` : '');
  const audience = answers.audience ?? 'everyone';
  const message = text(`teacher:message.${audience}${state?.forClass ? 'WithClass' : ''}`, {
    link,
    classLabel: state?.forClass,
  });
  const ownSteps = buildChecklist(answers, facts).stages.flatMap((s) => s.steps);
  const { ticked, toggle } = useTicks(answers);

  return (
    <>
      <BackLink label={t('nav.back')} {...back} />
      <h1 className="heading-l" ref={headingRef} tabIndex={-1}>
        {text('teacher:result.title')}
      </h1>
      <p className="lead">{text('teacher:result.lead')}</p>
      <h2 className="heading-m">{text('teacher:result.linkLabel')}</h2>
      <p className="link-box">
        <a href={link}>{link}</a>
      </p>
      <CopyButton
        text={link}
        label={text('teacher:result.copyLink')}
        copiedLabel={text('teacher:result.copied')}
      />
      <h2 className="heading-m">{text('teacher:result.messageTitle')}</h2>
      <p className="message-box">{message}</p>
      <CopyButton
        text={message}
        label={text('teacher:result.copyMessage')}
        copiedLabel={text('teacher:result.copied')}
      />
      <h2 className="heading-m">{text('teacher:ownSteps.title')}</h2>
      <ul className="steps">
        {ownSteps.map((step) => (
          <StepCard
            key={step.id}
            id={step.id}
            title={text(`checklist:steps.${step.content}.title`)}
            doneByAnswers={false}
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
      <StartAgain />
    </>
  );
}
