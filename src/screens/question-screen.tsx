import { useCallback, useState } from 'react';
import {
  answerFormSchema,
  answerKey,
  childCountOf,
  isPerChild,
  optionsOf,
  progressOf,
  type ChoiceQuestionId,
  type QuestionId,
} from '@machines/index';
import { OnboardingActor } from '@/app/onboarding-actor';
import { useText } from '@/app/use-text';
import { useBack } from '@/app/use-back';
import { AnswerForm } from '@/components/answer-form';
import { BackLink } from '@/components/back-link';
import { RadioGroup } from '@/components/radio-group';
import { TextField } from '@/components/text-field';
import { usePageHeading } from '@/components/use-page-heading';

/** Every question page: the machine says which question, the locale files say the words. */
export function QuestionScreen({ question }: { question: QuestionId }) {
  const { text, has, t } = useText();
  const actor = OnboardingActor.useActorRef();
  const child = OnboardingActor.useSelector((s) => s.context.child);
  const answers = OnboardingActor.useSelector((s) => s.context.answers);
  const skipped = OnboardingActor.useSelector((s) => s.context.skipped);
  const [hasError, setHasError] = useState(false);

  const key = answerKey({ question, child });
  const title = text(`questions:${question}.title`);
  const errorPrefix = useCallback((full: string) => t('errors.titlePrefix', { title: full }), [t]);
  const headingRef = usePageHeading(title, t('app.name'), hasError ? errorPrefix : undefined);

  const caption =
    isPerChild(question) && childCountOf(answers) > 1
      ? text(`common:children.caption.${child}`)
      : undefined;
  const hintKey = `questions:${question}.hint`;
  const hint = has(hintKey) ? text(hintKey) : undefined;
  const progress = progressOf(answers, key, skipped);

  const back = useBack();

  const dontKnowKey = `questions:${question}.dontKnowHelp`;

  return (
    <>
      <BackLink label={t('nav.back')} {...back} />
      {progress ? (
        <p className="progress">
          {t('progress', { current: progress.current, total: progress.total })}
        </p>
      ) : null}
      <AnswerForm
        key={key}
        schema={answerFormSchema(question)}
        defaultValue={answers[key]}
        fieldId={`q-${question}`}
        labels={{ errorSummary: t('errors.summaryTitle'), continue: t('nav.continue') }}
        translate={(messageKey) => text(messageKey)}
        onAnswer={(value) => actor.send({ type: 'answer', value })}
        onErrorChange={setHasError}
      >
        {({ register, error }) =>
          question === 'classLabel' ? (
            <TextField
              name={`q-${question}`}
              title={title}
              headingRef={headingRef}
              hint={hint}
              error={error}
              errorPrefix={t('errors.prefix')}
              register={register}
            />
          ) : (
            <RadioGroup
              name={`q-${question}`}
              title={title}
              headingRef={headingRef}
              caption={caption}
              hint={hint}
              error={error}
              errorPrefix={t('errors.prefix')}
              register={register}
              options={optionsOf(question as ChoiceQuestionId).map((value) => {
                const optionHint = `questions:${question}.optionHints.${value}`;
                return {
                  value,
                  label: text(`questions:${question}.options.${value}`),
                  hint: has(optionHint) ? text(optionHint) : undefined,
                };
              })}
            />
          )
        }
      </AnswerForm>
      {has(dontKnowKey) ? (
        <details className="details">
          <summary className="details__summary">{t('nav.howToFindOut')}</summary>
          <p className="details__text">{text(dontKnowKey)}</p>
        </details>
      ) : null}
    </>
  );
}
