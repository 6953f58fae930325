import { describe, expect, it } from 'vitest';
import { checkReason } from './reason.js';

describe('checkReason', () => {
  it('refuses a missing or blank reason', () => {
    expect(checkReason(undefined)).toEqual({ ok: false, message: 'A reason is required to export recordings.' });
    expect(checkReason('   \n\t ')).toMatchObject({ ok: false });
  });

  it('counts characters after trimming', () => {
    expect(checkReason('  123456789  ')).toEqual({ ok: false, message: 'The reason must have at least 10 characters (it has 9).' });
    expect(checkReason('  1234567890  ')).toEqual({ ok: true, reason: '1234567890' });
  });

  it('counts emoji and accented letters as one character each', () => {
    expect(checkReason('Fraud 🕵️ké')).toMatchObject({ ok: true });
    expect(checkReason('🕵🕵🕵🕵🕵🕵🕵🕵🕵')).toMatchObject({ ok: false });
  });

  it('refuses more than 2000 characters', () => {
    expect(checkReason('x'.repeat(2000))).toMatchObject({ ok: true });
    expect(checkReason('x'.repeat(2001))).toEqual({ ok: false, message: 'The reason must have at most 2000 characters (it has 2001).' });
  });
});
