import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, passwordProblem, usernameProblem } from './password-policy.js';

describe('password policy', () => {
  it('needs at least 12 characters and at most 256, with no composition rules', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    expect(passwordProblem('a'.repeat(11))).toMatch(/at least 12/);
    expect(passwordProblem('correct horse')).toBeNull();
    expect(passwordProblem('x'.repeat(257))).toMatch(/at most 256/);
  });

  it('accepts ordinary usernames only', () => {
    expect(usernameProblem('j.doe@corp')).toBeNull();
    expect(usernameProblem('-dash')).not.toBeNull();
    expect(usernameProblem('with space')).not.toBeNull();
  });
});

describe('password hashes', () => {
  it('are salted scrypt with the parameters stored, and old parameters are flagged for an upgrade', async () => {
    const { hashPassword, needsRehash, verifyPassword } = await import('./secrets.js');
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$65536\$8\$2\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse battery!', a)).toBe(false);
    expect(needsRehash(a)).toBe(false);
    expect(needsRehash('scrypt$32768$8$1$AAAA$BBBB')).toBe(true);
  });
});
