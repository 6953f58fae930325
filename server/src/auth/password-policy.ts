import { isCommonPassword } from './common-passwords.js';

// NIST SP 800-63B asks for at least 8 characters and advises allowing long passphrases; 12 is a
// common floor for accounts that reach evidence. No composition rules: they push people to
// predictable patterns. The upper bound only keeps hashing cost bounded.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** Returns why a password is not acceptable, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `The password must have at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (isCommonPassword(password)) {
    return 'This password is among those tried first by attackers (a common password, a word with digits added, a repeated character or a sequence): choose another.';
  }
  return null;
}

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
export function usernameProblem(username: string): string | null {
  return USERNAME.test(username) ? null : 'A username has 1 to 64 letters, digits, dots, dashes, underscores or @, and starts with a letter or digit.';
}
