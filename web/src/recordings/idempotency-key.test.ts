import { afterEach, describe, expect, it, vi } from 'vitest';
import { newIdempotencyKey } from './idempotency-key';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('newIdempotencyKey', () => {
  it('is a random UUID, new each time', () => {
    const keys = Array.from({ length: 100 }, newIdempotencyKey);
    for (const key of keys) expect(key).toMatch(UUID_V4);
    expect(new Set(keys).size).toBe(keys.length);
  });

  describe('outside a secure context, without crypto.randomUUID', () => {
    const withRandomBytes = (fill: (bytes: Uint8Array) => void) =>
      vi.stubGlobal('crypto', {
        getRandomValues(bytes: Uint8Array) {
          fill(bytes);
          return bytes;
        },
      });

    it('still makes version 4 UUIDs from random bytes', () => {
      const real = globalThis.crypto;
      withRandomBytes((bytes) => real.getRandomValues(bytes));
      const keys = Array.from({ length: 100 }, newIdempotencyKey);
      for (const key of keys) expect(key).toMatch(UUID_V4);
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('sets the version and variant bits whatever the random bytes are', () => {
      withRandomBytes((bytes) => bytes.fill(0x00));
      expect(newIdempotencyKey()).toBe('00000000-0000-4000-8000-000000000000');
      withRandomBytes((bytes) => bytes.fill(0xff));
      expect(newIdempotencyKey()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    });

    it('keeps the random bytes in order', () => {
      withRandomBytes((bytes) => {
        for (let i = 0; i < bytes.length; i++) bytes[i] = i;
      });
      expect(newIdempotencyKey()).toBe('00010203-0405-4607-8809-0a0b0c0d0e0f');
    });
  });
});
