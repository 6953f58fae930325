import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatBytes, formatCount, formatDateTime, formatDuration, formatTotal, localInputToIso, setShownTimeZone } from './format';

// Local time is India's (UTC+5:30, no daylight saving), set before the import above runs (vi.hoisted
// goes first) and so before format.ts builds its formatter: a mix-up of local time and UTC fails.
vi.hoisted(() => {
  process.env.TZ = 'Asia/Kolkata';
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00:00'],
    [59.4, '0:00:59'],
    [59.6, '0:01:00'],
    [3600, '1:00:00'],
    [90061, '25:01:01'],
    [-5, '0:00:00'],
  ])('shows %d seconds as %s', (seconds, shown) => {
    expect(formatDuration(seconds)).toBe(shown);
  });
});

describe('formatBytes', () => {
  it.each([
    [null, '—'],
    [undefined, '—'],
    [0, '0 B'],
    [999, '999 B'],
    [1000, '1.0 KB'],
    [1500, '1.5 KB'],
    [123_456, '123 KB'],
    // Rounded within its unit, not carried into the next one.
    [999_999, '1.0 MB'],
    [1e12, '1.0 TB'],
    // TB is the largest unit.
    [5e15, '5000 TB'],
  ])('shows %s bytes as %s', (bytes, shown) => {
    expect(formatBytes(bytes)).toBe(shown);
  });
});

describe('localInputToIso', () => {
  it.each([[''], ['not a date'], ['2026-13-40T25:61']])('gives nothing for %j', (value) => {
    expect(localInputToIso(value)).toBeUndefined();
  });

  it('reads the input as local time', () => {
    expect(localInputToIso('2026-11-20T09:14')).toBe('2026-11-20T03:44:00.000Z');
  });

  it('round-trips to the same local instant', () => {
    const iso = localInputToIso('2026-01-01T00:30:15')!;
    expect(new Date(iso).getTime()).toBe(new Date(2026, 0, 1, 0, 30, 15).getTime());
  });
});

describe('formatDateTime', () => {
  afterEach(() => setShownTimeZone('UTC'));

  it.each([[null], [undefined], ['']])('shows a dash for %j', (value) => {
    expect(formatDateTime(value)).toBe('—');
  });

  it.each([['yesterday'], ['2026-13-45T99:00:00Z']])('returns %j, which is no instant, as it is', (value) => {
    expect(formatDateTime(value)).toBe(value);
    expect(formatDateTime(value, 'LOCAL')).toBe(value);
  });

  it('shows UTC by default, in ISO 8601 order with a 24-hour clock, seconds cut off', () => {
    expect(formatDateTime('2026-11-27T00:11:55.987Z')).toBe('2026-11-27 00:11:55 UTC');
    expect(formatDateTime('2026-11-26T19:11:55-05:00')).toBe('2026-11-27 00:11:55 UTC');
    expect(formatDateTime('2026-06-30T23:59:59Z', 'UTC')).toBe('2026-06-30 23:59:59 UTC');
  });

  it("shows a zone's wall clock with the offset it had at that instant", () => {
    // New York: EST (-05:00) in winter, EDT (-04:00) from 2026-03-08 07:00 UTC to 2026-11-01 06:00 UTC.
    expect(formatDateTime('2026-11-27T00:11:55Z', 'America/New_York')).toBe('2026-11-26 19:11:55 UTC-05:00');
    expect(formatDateTime('2026-07-04T16:00:00Z', 'America/New_York')).toBe('2026-07-04 12:00:00 UTC-04:00');
    expect(formatDateTime('2026-03-08T06:59:59Z', 'America/New_York')).toBe('2026-03-08 01:59:59 UTC-05:00');
    expect(formatDateTime('2026-03-08T07:00:00Z', 'America/New_York')).toBe('2026-03-08 03:00:00 UTC-04:00');
    // The repeated hour when clocks go back: the same wall clock twice, told apart by the offset.
    expect(formatDateTime('2026-11-01T05:30:00Z', 'America/New_York')).toBe('2026-11-01 01:30:00 UTC-04:00');
    expect(formatDateTime('2026-11-01T06:30:00Z', 'America/New_York')).toBe('2026-11-01 01:30:00 UTC-05:00');
  });

  it('shows offsets east of UTC, of half hours, and a zero offset as an offset', () => {
    expect(formatDateTime('2026-11-27T00:11:55Z', 'Asia/Kolkata')).toBe('2026-11-27 05:41:55 UTC+05:30');
    expect(formatDateTime('2026-11-27T00:11:55Z', 'Asia/Kathmandu')).toBe('2026-11-27 05:56:55 UTC+05:45');
    expect(formatDateTime('2026-01-15T12:00:00Z', 'Europe/London')).toBe('2026-01-15 12:00:00 UTC+00:00');
    expect(formatDateTime('2026-07-15T12:00:00Z', 'Europe/Berlin')).toBe('2026-07-15 14:00:00 UTC+02:00');
    expect(formatDateTime('2026-12-31T23:30:00Z', 'Pacific/Kiritimati')).toBe('2027-01-01 13:30:00 UTC+14:00');
  });

  it("follows the user's choice; LOCAL is this machine's zone", () => {
    const here = Intl.DateTimeFormat().resolvedOptions().timeZone;
    setShownTimeZone('LOCAL');
    expect(formatDateTime('2026-11-27T00:11:55Z')).toBe(formatDateTime('2026-11-27T00:11:55Z', here));
    expect(formatDateTime('2026-11-27T00:11:55Z')).toMatch(/^2026-11-2[67] \d{2}:\d{2}:55 UTC[+-]\d{2}:\d{2}$/);
    setShownTimeZone('UTC');
    expect(formatDateTime('2026-11-27T00:11:55Z')).toBe('2026-11-27 00:11:55 UTC');
  });
});

describe('formatCount', () => {
  it('shows every digit of a count', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1_234_567).replace(/\D/g, '')).toBe('1234567');
  });
});

describe('formatTotal', () => {
  it('shows a counted total in full', () => {
    expect(formatTotal(987, true)).toBe(formatCount(987));
    expect(formatTotal(1_234_567, true).replace(/\D/g, '')).toBe('1234567');
  });

  it('says an estimate is one, rounded to two significant digits', () => {
    expect(formatTotal(1_234_567, false)).toBe(`about ${(1.2).toLocaleString()} million`);
    expect(formatTotal(10_400_000, false)).toBe('about 10 million');
    expect(formatTotal(2_100_000_000, false)).toBe(`about ${(2.1).toLocaleString()} billion`);
    expect(formatTotal(12_345, false)).toBe(`about ${(12_000).toLocaleString()}`);
    expect(formatTotal(1_001, false)).toBe(`about ${(1_000).toLocaleString()}`);
  });
});
