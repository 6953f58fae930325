import { describe, expect, it } from 'vitest';
import { pgArray } from './pg-array.js';

describe('pgArray', () => {
  it('binds ids as one array literal and refuses anything else', () => {
    expect(pgArray([])).toBe('{}');
    expect(pgArray(['12', '0b6f5f3e-1111-4a8b-9c1d-2e3f4a5b6c7d'])).toBe('{12,0b6f5f3e-1111-4a8b-9c1d-2e3f4a5b6c7d}');
    expect(() => pgArray(['1}'])).toThrow();
    expect(() => pgArray(["1,2'"])).toThrow();
  });
});
