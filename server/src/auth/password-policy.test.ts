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
