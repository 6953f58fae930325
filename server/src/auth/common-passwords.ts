import { dictionary } from '@zxcvbn-ts/language-common';

// The most used passwords of public breach corpora (zxcvbn's list, about 50,000), lower case.
const COMMON = new Set(dictionary['passwords-common'].map((password) => password.toLowerCase()));
const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'azertyuiop', 'qwertzuiop'];

/**
 * Whether a password is one attackers try first (NIST SP 800-63B, 5.1.1.2): a common password,
 * a common password or word with digits and symbols around it ("password1234", "Summer2026!"),
 * one character repeated, or a run of consecutive characters or keys ("abcdefghijkl", "123456789012").
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return true;
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (core.length >= 4 && COMMON.has(core)) return true;
  return isRepeated(lower) || isSequence(lower);
}

function isRepeated(text: string): boolean {
  return new Set(text).size <= 2;
}

/** Each character one after the other, up or down the alphabet, the digits or a keyboard row. */
function isSequence(text: string): boolean {
  const steps = [...text].slice(1).map((c, i) => c.charCodeAt(0) - text.charCodeAt(i));
  if (steps.every((step) => step === 1 || step === -9) || steps.every((step) => step === -1 || step === 9)) return true;
  return KEYBOARD_ROWS.some((row) => (row + row).includes(text) || [...(row + row)].reverse().join('').includes(text));
}
