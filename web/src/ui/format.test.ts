import { describe, expect, it, vi } from 'vitest';
import { formatBytes, formatCount, formatDateTime, formatDuration, formatTotal, localInputToIso } from './format';

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
  it.each([[null], [undefined], ['']])('shows a dash for %j', (value) => {
    expect(formatDateTime(value)).toBe('—');
  });

  it('returns a string that is not a date as it is', () => {
    expect(formatDateTime('yesterday')).toBe('yesterday');
  });

  it('shows an instant in local time with seconds', () => {
    const shown = formatDateTime('2026-11-20T01:14:03Z');
    // The order of day, month and year follows the browser's locale.
    expect(shown).toMatch(/06.44.03/);
    for (const part of ['2026', '11', '20']) expect(shown).toContain(part);
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
