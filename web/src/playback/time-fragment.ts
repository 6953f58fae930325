/**
 * The time a recording's page opens at: the URL fragment `#t=90`, `#t=1:30` or `#t=1:02:03`
 * (seconds, minutes:seconds, hours:minutes:seconds; fractions of a second allowed at the end),
 * as the W3C media fragment and most video sites write it.
 */

// Longer than any recording: a larger value is a typing error, not a time.
const MAX_SECONDS = 10 * 24 * 3600;

/** The time a fragment names, in seconds, or null when it names none or cannot be read. */
export function parseTimeFragment(hash: string): number | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get('t');
  return value === null ? null : parseClockTime(value);
}

/** `90`, `1:30`, `1:02:03`, `90.5`: seconds, or null when it is not such a time. */
export function parseClockTime(text: string): number | null {
  const match = /^(?:(?:(\d{1,3}):)?(\d{1,2}):)?(\d+(?:\.\d+)?)$/.exec(text.trim());
  if (!match) return null;
  const [, hours, minutes, seconds] = match;
  // Within a clock time, seconds and minutes stay below 60; alone, seconds may be any number.
  if (minutes !== undefined && (Number(seconds) >= 60 || (hours !== undefined && Number(minutes) >= 60))) return null;
  const total = Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds);
  return Number.isFinite(total) && total <= MAX_SECONDS ? total : null;
}

/** The fragment for a time, in whole seconds: `#t=1:30`, `#t=1:02:03`, `#t=0:05`. */
export function timeFragment(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `#t=${h}:${String(m).padStart(2, '0')}:${s}` : `#t=${m}:${s}`;
}
