import { useState } from 'react';
import { reminderDay, reminderDays, type ViewRow } from '@machines/index';
import { calendarFile, downloadCalendarFile } from '@/app/calendar-file';
import { useText } from '@/app/use-text';

const isoDay = (d: { y: number; m: number; d: number }) =>
  `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;

/**
 * For a step that leaves the family waiting: a calendar file with a reminder, made here and
 * downloaded (nothing is sent anywhere), with the step's title and the link back to this list.
 */
export function ReminderButton(props: { row: ViewRow; title: string; url: string }) {
  const { text } = useText();
  const [made, setMade] = useState(false);
  const kind = props.row.wait;
  if (!kind) return null;
  const hintId = `reminder-${props.row.id}-hint`;
  const download = () => {
    const now = new Date();
    const day = reminderDay(kind, {
      y: now.getFullYear(),
      m: now.getMonth() + 1,
      d: now.getDate(),
    });
    const random = Math.random().toString(36).slice(2, 10);
    const contents = calendarFile({
      uid: `${props.row.id}-${isoDay(day)}-${random}@${window.location.host || 'localhost'}`,
      made: now,
      day,
      title: props.title,
      description: text(`checklist:view.reminder.${kind}`),
      url: props.url,
      alarm: text('checklist:view.reminder.alarm'),
    });
    downloadCalendarFile(text('checklist:view.reminder.fileName', { date: isoDay(day) }), contents);
    setMade(true);
  };
  return (
    <div className="reminder no-print">
      <button
        type="button"
        className="button button--secondary reminder__button"
        aria-describedby={hintId}
        onClick={download}
      >
        {text('checklist:view.reminder.button')}
      </button>
      <p className="reminder__hint" id={hintId}>
        {text('checklist:view.reminder.hint', { count: reminderDays[kind] })}
      </p>
      <p className="reminder__made" role="status">
        {made ? text('checklist:view.reminder.made') : ''}
      </p>
    </div>
  );
}
