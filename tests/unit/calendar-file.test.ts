/**
 * The reminder file read back by a real iCalendar parser (ical.js, Mozilla's, dev only): what a
 * phone's calendar would import.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile, type Reminder } from '@/app/calendar-file';

const reminder: Reminder = {
  uid: 'myschoolWaitConfirmation.1-20261208-abc@example.test',
  made: new Date(Date.UTC(2026, 11, 1, 19, 5, 7)),
  day: { y: 2026, m: 12, d: 8 },
  title: 'Дождитесь, пока администратор школы подтвердит ребёнка на «Моей школе»',
  description:
    'Проверьте, подтвердила ли школа; если нет — кабинет 54, 2 этаж; ИНН 2901030910, школа; класс.',
  url: 'https://school.example/?r=p&pa=c&n=1&s=checklist',
  alarm: 'Проверьте свой список шагов',
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('calendarFile', () => {
  it('is one all-day event on the reminder day with the title, what to check and the link', () => {
    const { calendar, vevent, event } = parse(calendarFile(reminder));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(event.uid).toBe(reminder.uid);
    expect(event.summary).toBe(reminder.title);
    expect(event.description).toBe(`${reminder.description}\n${reminder.url}`);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-12-08');
    expect(String(vevent.getFirstPropertyValue('url'))).toBe(reminder.url);
    expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2026-12-01T19:05:07Z');
    const alarm = vevent.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm?.getFirstPropertyValue('description')).toBe(reminder.alarm);
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('PT9H');
  });

  it('folds long lines at 75 octets without splitting a letter, and ends lines with CRLF', () => {
    const text = calendarFile({ ...reminder, title: 'Ж'.repeat(200) });
    const lines = text.split('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(parse(text).event.summary).toBe('Ж'.repeat(200));
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    const title = 'a, b; c \\ d\ne';
    expect(parse(calendarFile({ ...reminder, title })).event.summary).toBe(title);
  });
});
