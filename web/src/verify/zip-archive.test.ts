import { describe, expect, it } from 'vitest';
import { isZipArchive } from './zip-archive';

describe('isZipArchive', () => {
  it('knows an archive by its first local file header, or an empty one by its end record', () => {
    expect(isZipArchive(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00))).toBe(true);
    expect(isZipArchive(Uint8Array.of(0x50, 0x4b, 0x05, 0x06))).toBe(true);
  });

  it('does not take an MP4, a spanned archive marker, a short file or an empty one for an archive', () => {
    // An MP4 starts with the size of its ftyp box, then "ftyp".
    expect(isZipArchive(Uint8Array.of(0x00, 0x00, 0x00, 0x20, 0x66, 0x74, 0x79, 0x70))).toBe(false);
    expect(isZipArchive(Uint8Array.of(0x50, 0x4b, 0x07, 0x08))).toBe(false);
    expect(isZipArchive(Uint8Array.of(0x50, 0x4b, 0x03))).toBe(false);
    expect(isZipArchive(new Uint8Array(0))).toBe(false);
  });
});
