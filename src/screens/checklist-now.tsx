import type { ChecklistView, ViewItem, ViewRow } from '@machines/index';
import { useText } from '@/app/use-text';
import { rowIds } from './row-ids';

/**
 * The top of the checklist: what to do now (the first step still to do, for whom, what it takes
 * and how long, and the way into its instructions), or that everything is done and what is left
 * to wait for; then «Сделано N из M» over the required steps, the optional ones apart.
 */
export function ChecklistNow(props: {
  view: ChecklistView;
  whoOf: (item: ViewItem) => string | undefined;
  onOpen: (row: ViewRow) => void;
}) {
  const { t, text, has } = useText();
  const { now, required, optional } = props.view;
  const titleOf = (row: ViewRow) => text(`checklist:steps.${row.id}.title`);
  const field = (row: ViewRow, f: 'need' | 'time') => {
    const key = `checklist:steps.${row.id}.${f}`;
    return has(key) ? (
      <div className="now__field">
        <dt>{text(`common:checklist.fields.${f}`)}</dt>
        <dd>{text(key)}</dd>
      </div>
    ) : null;
  };
  return (
    <section className={`now now--${now.kind}`} aria-labelledby="now-title">
      <h2 className="now__title" id="now-title">
        {now.kind === 'next'
          ? text('checklist:view.now.title')
          : now.kind === 'waiting'
            ? text('checklist:view.now.waitingTitle')
            : text('checklist:view.now.allDoneTitle')}
      </h2>
      {now.kind === 'next' ? (
        <>
          <p className="now__step">{titleOf(now.row)}</p>
          {props.whoOf(now.item) ? <p className="now__who">{props.whoOf(now.item)}</p> : null}
          <dl className="now__fields">
            {field(now.row, 'need')}
            {field(now.row, 'time')}
          </dl>
          <a
            className="now__open"
            href={`#${rowIds(now.row).row}`}
            onClick={(event) => {
              event.preventDefault();
              props.onOpen(now.row);
            }}
          >
            {text('checklist:view.now.open')}
          </a>
        </>
      ) : now.kind === 'waiting' ? (
        <>
          <p>{text('checklist:view.now.waitingLead')}</p>
          <ul className="now__waits">
            {now.rows.map((row) => (
              <li key={row.id}>
                <a
                  href={`#${rowIds(row).row}`}
                  onClick={(event) => {
                    event.preventDefault();
                    props.onOpen(row);
                  }}
                >
                  {titleOf(row)}
                </a>
                {row.items
                  .filter((i) => i.status === 'waiting')
                  .map((i) => props.whoOf(i))
                  .filter(Boolean)
                  .map((who) => (
                    <span key={who} className="now__who">
                      {' '}
                      ({who})
                    </span>
                  ))}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{text('checklist:view.now.allDoneLead')}</p>
      )}
      <p className="now__count" role="status">
        {t('checklist.doneCount', { count: required.done, total: required.total })}
      </p>
      {optional.total > optional.done ? (
        <p className="now__optional">
          {text('checklist:view.now.optional', { count: optional.total - optional.done })}
        </p>
      ) : null}
    </section>
  );
}
