import type { ChecklistStep } from '@machines/index';
import { useText } from '@/app/use-text';
import { facts, school } from '@/school';
import { CopyButton } from '@/components/copy-button';

const fields = ['need', 'clicks', 'trap', 'time', 'fail'] as const;

/**
 * A step's details: what to have, where to click, the trap, links, troubles and dated notes.
 * `copyButtons={false}` leaves out the copy buttons (the static guide for browsers without
 * JavaScript, where a button could do nothing).
 */
export function StepBody({
  step,
  copyButtons = true,
}: {
  step: ChecklistStep;
  copyButtons?: boolean;
}) {
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
          {copyButtons ? (
            <CopyButton
              text={facts.inn}
              label={t('checklist.copyInn')}
              copiedLabel={t('checklist.copied')}
            />
          ) : null}
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
