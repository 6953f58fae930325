import { describe, expect, it } from 'vitest';
import { checkRange, formatDateTimeInput, isoToInput, parseDateTimeInput, presetRange } from './date-time-input';

const iso = (text: string) => {
  const parsed = parseDateTimeInput(text, 'UTC');
  return parsed.ok ? parsed.date?.toISOString() : parsed.message;
};

describe('typed date-times', () => {
  it('reads YYYY-MM-DD HH:MM, with seconds, a T, or a date alone, in UTC', () => {
    expect(iso('2026-11-20 09:14')).toBe('2026-11-20T09:14:00.000Z');
    expect(iso(' 2026-11-20T09:14:05 ')).toBe('2026-11-20T09:14:05.000Z');
    expect(iso('2026-11-20')).toBe('2026-11-20T00:00:00.000Z');
    expect(iso('2028-02-29 23:59')).toBe('2028-02-29T23:59:00.000Z');
  });

  it('reads local time as the computer’s zone', () => {
    const parsed = parseDateTimeInput('2026-11-20 09:14', 'LOCAL');
    expect(parsed.ok && parsed.date?.getTime()).toBe(new Date(2026, 10, 20, 9, 14).getTime());
  });

  it('takes an empty text as no bound', () => {
    expect(parseDateTimeInput('  ', 'UTC')).toEqual({ ok: true, date: null });
  });

  it('refuses in words what names no instant', () => {
    expect(iso('11/20/2026')).toMatch(/^Write it as YYYY-MM-DD HH:MM/);
    expect(iso('2026-11-20 9:14')).toMatch(/^Write it as/);
    expect(iso('2026-02-30 10:00')).toBe('2026-02-30 is not a date of the calendar.');
    expect(iso('2027-02-29')).toBe('2027-02-29 is not a date of the calendar.');
    expect(iso('2026-13-01')).toMatch(/not a date of the calendar/);
    expect(iso('2026-11-20 24:00')).toBe('The time must be between 00:00 and 23:59.');
    expect(iso('0099-01-01')).toBe('The year must be 1970 or later.');
  });

  it('writes instants back as they are typed, seconds only when there are some', () => {
    expect(formatDateTimeInput(new Date('2026-11-20T09:14:00Z'), 'UTC')).toBe('2026-11-20 09:14');
    expect(formatDateTimeInput(new Date('2026-11-20T09:14:07Z'), 'UTC')).toBe('2026-11-20 09:14:07');
    expect(isoToInput('not a date', 'UTC')).toBe('');
    expect(isoToInput(undefined, 'UTC')).toBe('');
    const local = isoToInput('2026-11-20T09:14:00Z', 'LOCAL');
    const back = parseDateTimeInput(local, 'LOCAL');
    expect(back.ok && back.date?.toISOString()).toBe('2026-11-20T09:14:00.000Z');
  });
});

describe('date-time ranges', () => {
  it('gives both bounds as instants, either one may be open', () => {
    expect(checkRange({ from: '2026-11-20 09:00', to: '2026-11-20 10:00' }, 'UTC')).toEqual({
      ok: true,
      from: '2026-11-20T09:00:00.000Z',
      to: '2026-11-20T10:00:00.000Z',
    });
    expect(checkRange({ from: '', to: '2026-11-20 10:00' }, 'UTC')).toEqual({ ok: true, from: undefined, to: '2026-11-20T10:00:00.000Z' });
  });

  it('refuses a start after the end, saying so', () => {
    const checked = checkRange({ from: '2026-11-21 09:00', to: '2026-11-20 10:00' }, 'UTC');
    expect(checked).toEqual({
      ok: false,
      errors: { range: '"From" (2026-11-21 09:00) is after "to" (2026-11-20 10:00): swap them or change one.' },
    });
  });

  it('names the bound that cannot be read', () => {
    const checked = checkRange({ from: 'yesterday', to: '2026-11-20 10:00' }, 'UTC');
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.errors.from).toMatch(/^Write it as/);
      expect(checked.errors.to).toBeUndefined();
    }
  });

  it('fills presets with whole minutes that include now', () => {
    const now = new Date('2026-11-20T09:14:30Z');
    expect(presetRange('LAST_HOUR', now, 'UTC')).toEqual({ from: '2026-11-20 08:14', to: '2026-11-20 09:15' });
    expect(presetRange('LAST_24_HOURS', now, 'UTC')).toEqual({ from: '2026-11-19 09:14', to: '2026-11-20 09:15' });
    expect(presetRange('LAST_7_DAYS', now, 'UTC').from).toBe('2026-11-13 09:14');
    expect(presetRange('LAST_30_DAYS', now, 'UTC').from).toBe('2026-10-21 09:14');
    // Exactly on a minute, that minute is still included.
    expect(presetRange('LAST_HOUR', new Date('2026-11-20T09:14:00Z'), 'UTC').to).toBe('2026-11-20 09:15');
  });
});
