import { Fragment } from 'react';
import type { ChecklistStep } from '@machines/index';
import { useText } from '@/app/use-text';
import { facts, school } from '@/school';
import { CopyButton } from '@/components/copy-button';
import { StepFold } from './step-fold';

const fields = ['need', 'clicks', 'trap', 'time', 'fail'] as const;

/** The click path: one action per item, numbered, the screen's labels exactly as the locale has them. */
function ClickPath({ items, plain = false }: { items: readonly string[]; plain?: boolean }) {
  // The guide without JavaScript travels in the page's budgeted first response: no class there.
  return (
    <ol className={plain ? undefined : 'click-path'}>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ol>
  );
}

/** The two folds of an opened step on the checklist: what to do if it fails, and dated notes. */
export type FoldKey = 'fail' | 'notes';
export interface Folds {
  readonly isOpen: (key: FoldKey) => boolean;
  readonly toggle: (key: FoldKey, open: boolean) => void;
  /** Prefix for the folds' element ids (one per row). */
  readonly idPrefix: string;
}

/**
 * A step's details: what to have, where to click, the trap, links, troubles and dated notes.
 * `staticPage` is for the guide for browsers without JavaScript (src/prerender/static-guide.tsx):
 * no copy buttons (they could do nothing), links that open in the same tab, and the lightest
 * markup (dist/guide.html is one long page of every case). With `folds` (the checklist on a
 * phone), «Если не получилось» with its troubles, and the dated notes, sit in folds under the
 * instructions: every word stays, and the next step's instructions fit a screen or two.
 */
export function StepBody({
  step,
  staticPage = false,
  folds,
}: {
  step: ChecklistStep;
  staticPage?: boolean;
  folds?: Folds | undefined;
}) {
  const { t, text, list, has, lang } = useText();
  const base = `checklist:steps.${step.content}`;
  const value = (f: (typeof fields)[number]) => {
    if (f !== 'clicks') return <dd>{text(`${base}.${f}`)}</dd>;
    return (
      <dd>
        <ClickPath items={list(`${base}.clicks`)} plain={staticPage} />
      </dd>
    );
  };
  const note = (id: string) => {
    const own = school.notes?.[id as keyof NonNullable<typeof school.notes>];
    return own ? own[lang === 'en' ? 'en' : 'ru'] : text(`checklist:notes.${id}`);
  };
  const folded = folds !== undefined && !staticPage;
  const troubles = step.troubles.map((id) => (
    <div className="trouble" key={id}>
      <h4 className="trouble__title">{text(`troubles:${id}.title`)}</h4>
      <p>{text(`troubles:${id}.symptom`)}</p>
      <p>{text(`troubles:${id}.fix`)}</p>
    </div>
  ));
  const notes = step.notes.map((id) => (
    <p className="note" key={id}>
      <strong>{t('checklist.fields.note')}</strong> {note(id)}
    </p>
  ));
  const hasFail = has(`${base}.fail`);
  return (
    <>
      <dl className="step-fields">
        {fields
          .filter((f) => has(`${base}.${f}`) && !(folded && f === 'fail'))
          .map((f) => {
            const term = <dt>{text(`common:checklist.fields.${f}`)}</dt>;
            return staticPage ? (
              <Fragment key={f}>
                {term}
                {value(f)}
              </Fragment>
            ) : (
              <div key={f} className={`step-field step-field--${f}`}>
                {term}
                {value(f)}
              </div>
            );
          })}
      </dl>
      {step.facts.includes('inn') ? (
        <p className="fact">
          {t('checklist.innLabel')} <strong className="fact__value">{facts.inn}</strong>{' '}
          {!staticPage ? (
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
              {staticPage ? (
                <a href={link.href} rel="noreferrer">
                  {text(`checklist:links.${link.id}`)}
                </a>
              ) : (
                <a href={link.href} target="_blank" rel="noopener noreferrer">
                  {text(`checklist:links.${link.id}`)}
                  <span className="visually-hidden"> {t('checklist.newTab')}</span>
                </a>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {!folded ? (
        <>
          {troubles}
          {notes}
        </>
      ) : (
        <>
          {hasFail || troubles.length > 0 ? (
            <StepFold
              id={`${folds.idPrefix}-fail`}
              label={text('common:checklist.fields.fail')}
              open={folds.isOpen('fail')}
              onToggle={(open) => folds.toggle('fail', open)}
            >
              {hasFail ? <p>{text(`${base}.fail`)}</p> : null}
              {troubles}
            </StepFold>
          ) : null}
          {notes.length > 0 ? (
            <StepFold
              id={`${folds.idPrefix}-notes`}
              label={text('checklist:view.notesFold')}
              open={folds.isOpen('notes')}
              onToggle={(open) => folds.toggle('notes', open)}
            >
              {notes}
            </StepFold>
          ) : null}
        </>
      )}
    </>
  );
}
