import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  it('drops undefined members and writes dates as ISO strings', () => {
    expect(canonicalJson({ a: undefined, at: new Date('2026-11-24T10:00:00Z') })).toBe('{"at":"2026-11-24T10:00:00.000Z"}');
  });

  it('escapes strings as JSON does', () => {
    expect(canonicalJson({ s: 'quote " and \u0001 and é' })).toBe('{"s":"quote \\" and \\u0001 and é"}');
  });

  it('refuses values JSON cannot carry exactly', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
  });
});
