import { describe, expect, it } from 'vitest';
import { isCommonPassword } from './common-passwords.js';

describe('isCommonPassword', () => {
  it.each([
    'password1234',
    'Password1234',
    'iloveyou1234',
    'Summer2026!!!',
    'qwertyuiop12',
    '123456789012',
    'aaaaaaaaaaaa',
    'abababababab',
    'abcdefghijkl',
    '098765432109',
    'qwertyuiopqw',
  ])('refuses %s', (password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it.each(['investigator-password', 'correct horse battery staple', 'Tr0ub4dor&3-kettle', 'bank-audit-2026-winter-case', 'zq8!Vm2#pL4x'])(
    'accepts %s',
    (password) => {
      expect(isCommonPassword(password)).toBe(false);
    },
  );
});
