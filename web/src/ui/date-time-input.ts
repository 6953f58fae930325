/**
 * Typed date-times (`YYYY-MM-DD HH:MM`) in the user's chosen zone, read and written without the
 * browser's locale-dependent pickers, and the checks of a range before it reaches the server.
 */

export type TimeZoneChoice = 'UTC' | 'LOCAL';

export const DATE_TIME_FORMAT_HINT = 'YYYY-MM-DD HH:MM';

const INPUT = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export type ParsedDateTime = { ok: true; date: Date | null } | { ok: false; message: string };

/** An empty text is no bound (`date: null`); a text that names no real instant is refused in words. */
export function parseDateTimeInput(text: string, zone: TimeZoneChoice): ParsedDateTime {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, date: null };
  const match = INPUT.exec(trimmed);
  if (!match) return { ok: false, message: `Write it as ${DATE_TIME_FORMAT_HINT}, for example 2026-11-20 09:14.` };
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part))) as number[];
  if (year < 1970) return { ok: false, message: 'The year must be 1970 or later.' };
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    return { ok: false, message: `${trimmed.slice(0, 10)} is not a date of the calendar.` };
  }
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, message: 'The time must be between 00:00 and 23:59.' };
  const date = zone === 'UTC' ? new Date(Date.UTC(year, month - 1, day, hour, minute, second)) : new Date(year, month - 1, day, hour, minute, second);
  return { ok: true, date };
}

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An instant as the inputs show it; seconds only when there are some. */
export function formatDateTimeInput(date: Date, zone: TimeZoneChoice): string {
  const utc = zone === 'UTC';
  const parts = utc
    ? [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()]
    : [date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()];
  const [y, mo, d, h, mi, s] = parts as [number, number, number, number, number, number];
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}${s ? `:${pad(s)}` : ''}`;
}

/** An ISO instant from the URL as the inputs show it, or '' when absent or not an instant. */
export function isoToInput(iso: string | undefined, zone: TimeZoneChoice): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : formatDateTimeInput(date, zone);
}

export interface RangeText {
  from: string;
  to: string;
}

export type CheckedRange = { ok: true; from?: string; to?: string } | { ok: false; errors: { from?: string; to?: string; range?: string } };

/** Both bounds as ISO instants, or what is wrong with them in words. */
export function checkRange(text: RangeText, zone: TimeZoneChoice): CheckedRange {
  const from = parseDateTimeInput(text.from, zone);
  const to = parseDateTimeInput(text.to, zone);
  if (!from.ok || !to.ok) {
    return { ok: false, errors: { from: from.ok ? undefined : from.message, to: to.ok ? undefined : to.message } };
  }
  if (from.date && to.date && from.date.getTime() > to.date.getTime()) {
    return { ok: false, errors: { range: `"From" (${text.from.trim()}) is after "to" (${text.to.trim()}): swap them or change one.` } };
  }
  return { ok: true, from: from.date?.toISOString(), to: to.date?.toISOString() };
}

export type RangePreset = 'LAST_HOUR' | 'LAST_24_HOURS' | 'LAST_7_DAYS' | 'LAST_30_DAYS';

export const RANGE_PRESETS: { preset: RangePreset; label: string; milliseconds: number }[] = [
  { preset: 'LAST_HOUR', label: 'Last hour', milliseconds: 3_600_000 },
  { preset: 'LAST_24_HOURS', label: 'Last 24 h', milliseconds: 86_400_000 },
  { preset: 'LAST_7_DAYS', label: 'Last 7 days', milliseconds: 7 * 86_400_000 },
  { preset: 'LAST_30_DAYS', label: 'Last 30 days', milliseconds: 30 * 86_400_000 },
];

/** The inputs' text for a preset ending now: whole minutes that include the present one. */
export function presetRange(preset: RangePreset, now: Date, zone: TimeZoneChoice): RangeText {
  const span = RANGE_PRESETS.find((p) => p.preset === preset)?.milliseconds ?? 0;
  const minute = 60_000;
  const end = Math.ceil((now.getTime() + 1) / minute) * minute;
  const start = Math.floor((now.getTime() - span) / minute) * minute;
  return { from: formatDateTimeInput(new Date(start), zone), to: formatDateTimeInput(new Date(end), zone) };
}
