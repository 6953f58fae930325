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
    const { PasswordHasher, verifyPassword } = await import('./password-hash.js');
    const hasher = new PasswordHasher(1 << 16);
    const a = await hasher.hash('correct horse battery');
    const b = await hasher.hash('correct horse battery');
    expect(a).toMatch(/^scrypt\$65536\$8\$2\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse battery!', a)).toBe(false);
    expect(hasher.needsRehash(a)).toBe(false);
    expect(hasher.needsRehash('scrypt$32768$8$1$AAAA$BBBB')).toBe(true);
    expect(await verifyPassword('correct horse battery', hasher.unknownUserHash)).toBe(false);
  });

  it('follow the configured cost either way, and verify whatever cost a hash was made with', async () => {
    const { PasswordHasher, verifyPassword } = await import('./password-hash.js');
    const cheap = new PasswordHasher(1 << 14);
    const stored = await cheap.hash('correct horse battery');
    expect(stored).toMatch(/^scrypt\$16384\$8\$2\$/);
    expect(cheap.unknownUserHash).toMatch(/^scrypt\$16384\$8\$2\$/);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    // Raised or lowered, the next sign-in brings the hash to the configured cost.
    expect(new PasswordHasher(1 << 16).needsRehash(stored)).toBe(true);
    expect(cheap.needsRehash(await new PasswordHasher(1 << 15).hash('correct horse battery'))).toBe(true);
  });
});
