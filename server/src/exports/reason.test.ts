import { describe, expect, it } from 'vitest';
import { checkReason, visibleLength } from './reason.js';

describe('checkReason', () => {
  it('refuses a missing, blank or invisible reason', () => {
    expect(checkReason(undefined)).toEqual({ ok: false, message: 'A reason is required to export recordings.' });
    expect(checkReason('   \n\t ')).toMatchObject({ ok: false });
    expect(checkReason('\u200b'.repeat(11))).toEqual({ ok: false, message: 'A reason is required to export recordings.' });
  });

  it('counts visible characters after trimming', () => {
    expect(checkReason('  123456789  ')).toEqual({ ok: false, message: 'The reason must have at least 10 visible characters (it has 9).' });
    expect(checkReason('  1234567890  ')).toEqual({ ok: true, reason: '1234567890' });
    expect(checkReason('12345\u200b\u200b\u200b6789')).toEqual({ ok: false, message: 'The reason must have at least 10 visible characters (it has 9).' });
  });

  it('counts an emoji, a flag or an accented letter as one visible character', () => {
    expect(visibleLength('Fraud 🕵️ké')).toBe(8);
    expect(visibleLength('🇫🇷👩‍💻👍🏽e\u0301')).toBe(4);
    expect(checkReason('🕵🕵🕵🕵🕵🕵🕵🕵🕵')).toMatchObject({ ok: false });
  });

  it('refuses more than 2000 characters, counted as stored', () => {
    expect(checkReason('x'.repeat(2000))).toMatchObject({ ok: true });
    expect(checkReason('x'.repeat(2001))).toEqual({ ok: false, message: 'The reason must have at most 2000 characters (it has 2001).' });
    expect(checkReason(`${'x'.repeat(10)}${'\u200b'.repeat(1991)}`)).toEqual({
      ok: false,
      message: 'The reason must have at most 2000 characters (it has 2001).',
    });
  });
});
