/**
 * A reminder as an iCalendar file (RFC 5545), made on the device: one all-day event on the day to
 * come back, with the step's title, what to check and the link back to the family's checklist, and
 * an alarm at 9:00 that day. Nothing is sent anywhere; the file is handed to the browser as a
 * download (downloadCalendarFile) and the phone's calendar imports it.
 */
import { downloadFile } from '@/components/download-file';

export interface Reminder {
  /** Unique per file: calendars merge events by UID. */
  readonly uid: string;
  /** When the file was made (DTSTAMP). */
  readonly made: Date;
  readonly day: { readonly y: number; readonly m: number; readonly d: number };
  readonly title: string;
  readonly description: string;
  readonly url: string;
  /** The alarm's text. */
  readonly alarm: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dateValue = (day: Reminder['day']) => `${pad(day.y, 4)}${pad(day.m)}${pad(day.d)}`;
const utcStamp = (date: Date) =>
  `${dateValue({ y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() })}T` +
  `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
const escapeText = (value: string) =>
  value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();

/**
 * Lines longer than 75 octets are folded (§3.1): a CRLF and a space. Octets, not characters — a
 * Cyrillic letter is two in UTF-8 — and never inside a character.
 */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // a continuation line starts with the space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function calendarFile(r: Reminder): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//gosuslugi-school-wizard//reminder//RU',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${r.uid}`,
    `DTSTAMP:${utcStamp(r.made)}`,
    `DTSTART;VALUE=DATE:${dateValue(r.day)}`,
    `SUMMARY:${escapeText(r.title)}`,
    `DESCRIPTION:${escapeText(`${r.description}\n${r.url}`)}`,
    `URL:${r.url}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(r.alarm)}`,
    'TRIGGER:PT9H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** Hands the calendar file to the browser as a plain download. */
export function downloadCalendarFile(fileName: string, contents: string): void {
  downloadFile(new Blob([contents], { type: 'text/calendar;charset=utf-8' }), fileName);
}
