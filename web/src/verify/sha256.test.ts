import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Sha256, sha256OfFile } from './sha256';

const ascii = (text: string) => new TextEncoder().encode(text);
const sha256 = (...chunks: Uint8Array[]) => chunks.reduce((hash, chunk) => hash.update(chunk), new Sha256()).hex();
const nodeSha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Seeded (xorshift32), so a failing case can be replayed from the seed in its name. */
function pseudoRandom(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

function pseudoRandomBytes(length: number, seed: number): Uint8Array<ArrayBuffer> {
  const next = pseudoRandom(seed);
  return Uint8Array.from({ length }, () => Math.floor(next() * 256));
}

describe('Sha256 against the FIPS 180-4 / NIST test vectors', () => {
  it.each([
    ['the empty message', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['"abc"', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['the 448-bit message', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    [
      'the 896-bit message',
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('hashes %s', (_name, message, expected) => {
    expect(sha256(ascii(message))).toBe(expected);
  });

  it('hashes one million "a" fed in chunks that do not divide a block', () => {
    const hash = new Sha256();
    const chunk = ascii('a'.repeat(1000 - 3));
    let fed = 0;
    for (; fed + chunk.length <= 1_000_000; fed += chunk.length) hash.update(chunk);
    hash.update(ascii('a'.repeat(1_000_000 - fed)));
    expect(hash.hex()).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });
});

describe('Sha256 across chunk and block boundaries', () => {
  // 55 bytes leave room for the padding in the last block, 56 do not; 64, 120 and 128 end or
  // straddle blocks of the message itself.
  const boundaries = [55, 56, 63, 64, 65, 119, 120, 128];
  const lengthsNearBoundaries = [...new Set(boundaries.flatMap((b) => [b - 2, b - 1, b, b + 1, b + 2]))];

  it('agrees with node:crypto for every length from 0 to 200 bytes', () => {
    const bytes = pseudoRandomBytes(200, 1);
    for (let length = 0; length <= bytes.length; length++) {
      const message = bytes.subarray(0, length);
      expect(sha256(message), `${length} bytes`).toBe(nodeSha256(message));
    }
  });

  it.each(lengthsNearBoundaries)('gives the same hash for %i bytes split at any offset', (length) => {
    const message = pseudoRandomBytes(length, length);
    const whole = nodeSha256(message);
    for (let at = 0; at <= length; at++) {
      expect(sha256(message.subarray(0, at), message.subarray(at)), `split at ${at}`).toBe(whole);
    }
  });

  it('gives the same hash for 300 bytes split twice around the block boundaries', () => {
    const message = pseudoRandomBytes(300, 2);
    const whole = nodeSha256(message);
    const offsets = boundaries.flatMap((b) => [b - 1, b, b + 1]);
    for (const first of offsets) {
      for (const second of offsets.filter((o) => o >= first)) {
        const parts = [message.subarray(0, first), message.subarray(first, second), message.subarray(second)];
        expect(sha256(...parts), `split at ${first} and ${second}`).toBe(whole);
      }
    }
  });

  it('gives the same hash fed one byte at a time', () => {
    const message = pseudoRandomBytes(257, 3);
    const hash = new Sha256();
    for (let i = 0; i < message.length; i++) hash.update(message.subarray(i, i + 1));
    expect(hash.hex()).toBe(nodeSha256(message));
  });

  it.each([11, 12, 13, 14, 15, 16, 17, 18, 19, 20])('agrees with node:crypto on random data cut at random (seed %i)', (seed) => {
    const next = pseudoRandom(seed);
    const message = pseudoRandomBytes(1 + Math.floor(next() * 20_000), seed);
    const hash = new Sha256();
    // Chunks of 0 to 300 bytes: empty updates, partial blocks and several blocks at once.
    for (let offset = 0; offset < message.length; ) {
      const size = Math.floor(next() * 301);
      hash.update(message.subarray(offset, offset + size));
      offset += size;
    }
    expect(hash.hex()).toBe(nodeSha256(message));
  });
});

describe('Sha256 once finished', () => {
  it('returns the same digest when asked again', () => {
    const hash = new Sha256().update(ascii('abc'));
    expect(hash.hex()).toBe(hash.hex());
  });

  it('refuses more data', () => {
    const hash = new Sha256().update(ascii('abc'));
    hash.hex();
    expect(() => hash.update(ascii('d'))).toThrow('already finished');
  });
});

describe('sha256OfFile', () => {
  const MiB = 1024 * 1024;
  // Larger than two 4 MiB chunks, and not a multiple of one, so the last chunk is short.
  const bytes = pseudoRandomBytes(9 * MiB + 1234, 4);
  const file = new Blob([bytes]);

  it('hashes a file larger than its chunk as node:crypto does, reporting progress up to 1', async () => {
    const progress: number[] = [];
    const hex = await sha256OfFile(file, (fraction) => progress.push(fraction));
    expect(hex).toBe(nodeSha256(bytes));
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress[0]).toBeCloseTo((4 * MiB) / file.size);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('hashes an empty file', async () => {
    const progress: number[] = [];
    expect(await sha256OfFile(new Blob([]), (fraction) => progress.push(fraction))).toBe(nodeSha256(new Uint8Array(0)));
    expect(progress).toEqual([1]);
  });

  it('does not start when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const progress: number[] = [];
    await expect(sha256OfFile(file, (fraction) => progress.push(fraction), controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(progress).toEqual([]);
  });

  it('stops between chunks when the signal is aborted while hashing', async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const hashing = sha256OfFile(
      file,
      (fraction) => {
        progress.push(fraction);
        controller.abort();
      },
      controller.signal,
    );
    await expect(hashing).rejects.toMatchObject({ name: 'AbortError' });
    expect(progress).toHaveLength(1);
    expect(progress[0]).toBeLessThan(1);
  });
});
