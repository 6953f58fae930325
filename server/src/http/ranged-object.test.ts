import { describe, expect, it } from 'vitest';
import { requestedRange } from './ranged-object.js';

describe('requestedRange', () => {
  it('reads one range, an open-ended one and a suffix, clamped to the object', () => {
    expect(requestedRange('bytes=100-199', 1000)).toEqual({ start: 100, end: 199 });
    expect(requestedRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(requestedRange('bytes=900-5000', 1000)).toEqual({ start: 900, end: 999 });
    expect(requestedRange('bytes=-50', 1000)).toEqual({ start: 950, end: 999 });
    expect(requestedRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
  });

  it('answers the whole object for no range, several ranges, or one that is not a byte range', () => {
    expect(requestedRange(undefined, 1000)).toBeNull();
    expect(requestedRange('bytes=0-1,5-6', 1000)).toBeNull();
    expect(requestedRange('items=0-1', 1000)).toBeNull();
    expect(requestedRange('bytes=200-100', 1000)).toBeNull();
    expect(requestedRange('bytes=-', 1000)).toBeNull();
  });

  it('refuses a range that starts past the end', () => {
    expect(requestedRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(requestedRange('bytes=-0', 1000)).toBe('unsatisfiable');
    expect(requestedRange('bytes=0-', 0)).toBe('unsatisfiable');
  });
});
