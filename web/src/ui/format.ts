/** How values are shown across the app. */

import type { TimeZoneChoice } from './date-time-input';

/**
 * Which zone instants are shown in: the signed-in user's `timeZone` preference, set by the
 * preferences provider before the pages draw. UTC until then, as file names, the audit CSV and
 * manifests carry UTC.
 */
let shownZone: TimeZoneChoice = 'UTC';

export function setShownTimeZone(zone: TimeZoneChoice): void {
  shownZone = zone;
}

export function shownTimeZone(): TimeZoneChoice {
  return shownZone;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

// The parts of an instant on the wall clock of a zone (undefined: the browser's), read in a fixed
// locale with the Gregorian calendar and Latin digits whatever the browser's language.
const wallClocks = new Map<string, Intl.DateTimeFormat>();
function wallClock(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = wallClocks.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClocks.set(key, format);
  }
  return format;
}

/**
 * An instant in ISO 8601 order with a 24-hour clock and its zone: `2026-11-27 00:11:55 UTC`, or
 * in the browser's zone with its offset from UTC at that instant (daylight saving time included):
 * `2026-11-26 19:11:55 UTC-05:00`. `zone` defaults to the user's choice; an IANA zone name
 * ("America/New_York") shows that zone's wall clock. Empty values show as a dash; a text that is
 * no instant is shown as it is, so nothing the server sent is hidden.
 */
export function formatDateTime(iso: string | null | undefined, zone: TimeZoneChoice | string = shownZone): string {
  if (!iso) return '—';
  const date = new Date(iso);
  const time = date.getTime();
  if (Number.isNaN(time)) return iso;
  const seconds = Math.floor(time / 1000) * 1000;
  if (zone === 'UTC') {
    return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} UTC`;
  }
  const parts = Object.fromEntries(
    wallClock(zone === 'LOCAL' ? undefined : zone)
      .formatToParts(date)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const offset = Math.round((wall - seconds) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)} ${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)} UTC${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** h:mm:ss, e.g. 1:02:03; hours are not capped at 24. */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

const byteUnits = ['B', 'KB', 'MB', 'GB', 'TB'];

/** Decimal units, e.g. 1.5 MB. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes == null) return '—';
  let value = bytes;
  let unit = 0;
  // Rounding can reach the next unit (999,999 B is "1000 KB" at 0 digits): move up then.
  const digitsFor = (v: number, u: number) => (u === 0 || v >= 100 ? 0 : 1);
  while (unit < byteUnits.length - 1 && Number(value.toFixed(digitsFor(value, unit))) >= 1000) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(digitsFor(value, unit))} ${byteUnits[unit]}`;
}

/** A `datetime-local` input value (local time, no zone) as an ISO instant, or undefined when empty. */
export function localInputToIso(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function formatCount(n: number): string {
  return n.toLocaleString();
}

/**
 * A list's total as the server gave it: every digit when it was counted, otherwise an estimate
 * rounded to two significant digits and said to be one ("about 1.2 million", "about 12,000").
 */
export function formatTotal(count: number, exact: boolean): string {
  if (exact) return formatCount(count);
  for (const [size, word] of [
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (count >= size) return `about ${(count / size).toLocaleString(undefined, { maximumSignificantDigits: 2 })} ${word}`;
  }
  return `about ${Number(count.toPrecision(2)).toLocaleString()}`;
}
