import { useEffect, useMemo, useState } from 'react';
import {
  buildChecklist,
  childCountOf,
  encodeLink,
  initiallyOpen,
  viewChecklist,
  type ViewItem,
  type ViewRow,
} from '@machines/index';
import { OnboardingActor } from '@/app/onboarding-actor';
import { rememberChecklist } from '@/app/storage';
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
import { ChecklistNow } from './checklist-now';
import { ChecklistRow } from './checklist-row';
import { rowIds, rowKeys } from './row-ids';

/** A stage's intro in the set of open disclosures, beside the rows' step ids. */
const stageKey = (id: string) => `stage:${id}`;

/**
 * The family's checklist on a phone: what to do now at the top, then the compact list (one row per
 * step, a tick per child, details one tap away), then print, share and start again. What is next,
 * the statuses and the counts come from viewChecklist (machines/checklist/checklist-view.ts).
 */
export function ChecklistScreen() {
  const { t, text } = useText();
  const wizard = useWizard();
  const answers = OnboardingActor.useSelector((s) => s.context.answers);
  const headingRef = usePageHeading(t('checklist.title'), t('app.name'));
  const back = useBack();
  const { ticked, toggle } = useTicks(answers);
  const [checklist] = useState(() => buildChecklist(answers, facts));
  const view = useMemo(() => viewChecklist(checklist, ticked), [checklist, ticked]);
  // Open rows by step id, and stage intros by stageKey.
  const [open, setOpen] = useState<ReadonlySet<string>>(() => initiallyOpen(view));
  const search = `?${encodeLink({ answers, step: { step: 'checklist' } })}`;
  const shareUrl = wizard.shareUrl(search);
  useEffect(() => rememberChecklist(search.slice(1)), [search]);

  const several = childCountOf(answers) > 1;
  const whoOf = (item: ViewItem) =>
    several && item.step.subject.kind === 'child'
      ? text(`common:children.label.${item.step.subject.age}.${item.step.subject.child}`)
      : undefined;
  /** For a family of several, the short «Первый ребёнок» on a row: the row reads the same for every age. */
  const captionOf = (item: ViewItem) =>
    several && item.step.subject.kind === 'child'
      ? text(`common:children.caption.${item.step.subject.child}`)
      : undefined;
  const rows = view.stages.flatMap((s) => s.rows);
  // «Показать всё» opens every row, the folds inside them and the stage intros; it reads
  // «Скрыть всё» once every row and intro is open (a fold is a detail inside a row).
  const everything = [
    ...rows.flatMap((r) => Object.values(rowKeys(r))),
    ...view.stages.map((s) => stageKey(s.id)),
  ];
  const allOpen = [
    ...rows.map((r) => rowKeys(r).details),
    ...view.stages.map((s) => stageKey(s.id)),
  ].every((id) => open.has(id));
  const setRow = (id: string, isOpen: boolean) =>
    setOpen((current) => {
      const next = new Set(current);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });
  /** From "what to do now": open the step and take focus (and the eye) to its title. */
  const openRow = (row: ViewRow) => {
    setRow(row.id, true);
    window.requestAnimationFrame(() => {
      const title = document.getElementById(rowIds(row).title);
      title?.focus();
      title?.scrollIntoView({ block: 'start' });
    });
  };

  return (
    <>
      <BackLink label={t('checklist.changeAnswers')} {...back} />
      <h1 className="heading-l checklist-title" ref={headingRef} tabIndex={-1}>
        {t('checklist.title')}
      </h1>
      <p className="print-only">{t('checklist.linkBack', { url: shareUrl })}</p>
      <ChecklistNow view={view} whoOf={whoOf} onOpen={openRow} />
      <div className="list-head">
        <h2 className="list-head__title">{text('checklist:view.listTitle')}</h2>
        <button
          type="button"
          className="disclosure disclosure--all no-print"
          aria-expanded={allOpen}
          onClick={() => setOpen(allOpen ? new Set() : new Set(everything))}
        >
          {allOpen ? text('checklist:view.hideAll') : text('checklist:view.showAll')}
        </button>
      </div>
      <p className="list-lead">{t('checklist.lead')}</p>
      <ol className="checklist-stages">
        {view.stages.map((stage) => (
          <li className="checklist-stage" key={stage.id}>
            <div className="checklist-stage__head">
              <h2 className="checklist-stage__title">
                {text(`checklist:stages.${stage.id}.title`)}
                {stage.optional ? (
                  <span className="tag tag--optional">{text('checklist:view.optional')}</span>
                ) : null}
              </h2>
              <button
                type="button"
                className="disclosure disclosure--about no-print"
                aria-expanded={open.has(stageKey(stage.id))}
                aria-controls={`stage-${stage.id}-intro`}
                onClick={() => setRow(stageKey(stage.id), !open.has(stageKey(stage.id)))}
              >
                {text('checklist:view.aboutStage')}
                <span className="visually-hidden">
                  : {text(`checklist:stages.${stage.id}.title`)}
                </span>
              </button>
            </div>
            <p
              className="checklist-stage__intro"
              id={`stage-${stage.id}-intro`}
              hidden={!open.has(stageKey(stage.id))}
            >
              {text(`checklist:stages.${stage.id}.intro`)}
            </p>
            <ul className="rows">
              {stage.rows.map((row) => (
                <ChecklistRow
                  key={row.id}
                  row={row}
                  openKeys={open}
                  setOpen={setRow}
                  captionOf={captionOf}
                  onTick={(stepId, done) => {
                    toggle(stepId, done);
                    // A step ticked for everyone it is for folds away; «Показать» opens it again.
                    const others = row.items.filter((i) => i.step.id !== stepId);
                    if (
                      done &&
                      others.every((i) => i.status === 'doneByAnswers' || i.status === 'ticked')
                    )
                      setRow(row.id, false);
                  }}
                  reminderUrl={shareUrl}
                />
              ))}
            </ul>
          </li>
        ))}
      </ol>
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
      <StartAgain />
    </>
  );
}
