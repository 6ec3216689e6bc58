import type { ViewItem, ViewRow } from '@machines/index';
import { rowIds, rowKeys } from './row-ids';
import { useText } from '@/app/use-text';
import { ReminderButton } from './reminder-button';
import { StepBody } from './step-body';

/**
 * One step of the compact list: its title, one line per person it is for (status and tick box),
 * a disclosure that says what it will do (Показать / Скрыть) and exposes its state
 * (aria-expanded), and the details, hidden until opened. The details are always in the page, so
 * printing and find-in-page reach every word.
 */
export function ChecklistRow(props: {
  row: ViewRow;
  /** The checklist's open disclosures (rowKeys), and how to open or close one. */
  openKeys: ReadonlySet<string>;
  setOpen: (key: string, open: boolean) => void;
  /** For a family of several, the child's short name: by its box, or beside the status of a row for one child. */
  captionOf: (item: ViewItem) => string | undefined;
  onTick: (stepId: string, done: boolean) => void;
  reminderUrl: string;
}) {
  const { t, text } = useText();
  const { row } = props;
  const ids = rowIds(row);
  const keys = rowKeys(row);
  const open = props.openKeys.has(keys.details);
  const title = text(`checklist:steps.${row.id}.title`);
  const first = row.items[0];
  if (!first) return null;
  // One person: the box beside the title, and who (for a family of several) with the status.
  const single = row.items.length === 1 ? first : undefined;
  const singleWho = single ? props.captionOf(single) : undefined;
  const disclosure = (
    <button
      type="button"
      className="disclosure row__toggle no-print"
      aria-expanded={open}
      aria-controls={ids.body}
      onClick={() => props.setOpen(keys.details, !open)}
    >
      {open ? text('checklist:view.hide') : t('checklist.show')}
      <span className="visually-hidden">: {title}</span>
    </button>
  );
  return (
    <li className={`row row--${row.status}${single ? ' row--single' : ''}`} id={ids.row}>
      {single ? (
        <Tick
          item={single}
          title={title}
          who={singleWho}
          whoVisible={false}
          onTick={(done) => props.onTick(single.step.id, done)}
        />
      ) : null}
      <h3 className="row__title" id={ids.title} tabIndex={-1}>
        {title}
      </h3>
      {single ? (
        <p className="row__meta">
          <span className="row__state">
            {singleWho ? <span className="row__who">{singleWho}</span> : null}
            <Status item={single} />
          </span>
          {disclosure}
        </p>
      ) : (
        <>
          <ul className="row__items">
            {row.items.map((item) => (
              <li className="item" key={item.step.id}>
                <Tick
                  item={item}
                  title={title}
                  who={props.captionOf(item)}
                  onTick={(done) => props.onTick(item.step.id, done)}
                />
                <Status item={item} />
              </li>
            ))}
          </ul>
          <p className="row__meta">{disclosure}</p>
        </>
      )}
      <div className="row__body" id={ids.body} hidden={!open}>
        <StepBody
          step={first.step}
          folds={{
            idPrefix: ids.body,
            isOpen: (key) => props.openKeys.has(keys[key]),
            toggle: (key, isOpen) => props.setOpen(keys[key], isOpen),
          }}
        />
        {row.wait && row.status !== 'done' ? (
          <ReminderButton row={row} title={title} url={props.reminderUrl} />
        ) : null}
      </div>
    </li>
  );
}

/** Done by the answers (a mark, no box), ticked, to do or waiting: said in words. */
function Status({ item }: { item: ViewItem }) {
  const { t, text } = useText();
  return item.status === 'doneByAnswers' ? (
    <span className="status status--done">{t('checklist.doneByAnswers')}</span>
  ) : (
    <span className={`status status--${item.status}`}>
      {text(`checklist:view.status.${item.status}`)}
    </span>
  );
}

/**
 * The tick box of one item; none for a step the answers already did (its status says so). Its
 * name says which step, and for a child which child.
 */
function Tick(props: {
  item: ViewItem;
  title: string;
  who?: string | undefined;
  /** False where who is already written beside the status (a row for one child of several). */
  whoVisible?: boolean;
  onTick: (done: boolean) => void;
}) {
  const { t, text } = useText();
  const { item, who } = props;
  const whoVisible = props.whoVisible ?? true;
  if (item.status === 'doneByAnswers')
    return (
      <span className="tick tick--done">
        <span className="tick-done" aria-hidden="true" />
        {who && whoVisible ? <span className="tick__who">{who}</span> : null}
      </span>
    );
  const tickId = `tick-${item.step.id.replace('.', '-')}`;
  return (
    <span className="tick">
      <input
        className="tick__input"
        type="checkbox"
        id={tickId}
        checked={item.status === 'ticked'}
        onChange={(event) => props.onTick(event.target.checked)}
      />
      <label className="tick__label" htmlFor={tickId}>
        {who && !whoVisible ? (
          <span className="visually-hidden">
            {text('checklist:view.tickFor', { step: props.title })} {who}
          </span>
        ) : who ? (
          <>
            <span className="visually-hidden">
              {text('checklist:view.tickFor', { step: props.title })}{' '}
            </span>
            <span className="tick__who">{who}</span>
          </>
        ) : (
          <span className="visually-hidden">{`${t('checklist.stepDone')}: ${props.title}`}</span>
        )}
      </label>
    </span>
  );
}
