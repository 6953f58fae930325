/** How values are shown across the app. */

const dateTime = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
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
