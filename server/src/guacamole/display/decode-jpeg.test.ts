import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeImage } from './decode-image.js';
import { decodeJpeg, jpegSize } from './decode-jpeg.js';

/** A photo-like test picture (gradients and edges), as raw RGB. */
function photo(width: number, height: number): Buffer {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      raw[i] = (x * 5 + y * 3) & 255;
      raw[i + 1] = Math.round(128 + 100 * Math.sin((x + y) / 7));
      raw[i + 2] = (x ^ y) & 255;
    }
  }
  return raw;
}

/** What libvips makes of a JPEG: sRGB with an opaque alpha, as words. */
async function libvipsWords(jpeg: Buffer): Promise<Uint32Array> {
  const { data } = await sharp(jpeg).toColourspace('srgb').ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return new Uint32Array(Uint8Array.from(data).buffer);
}

describe('decodeJpeg', () => {
  for (const [name, options] of [
    ['4:2:0 baseline, as guacd writes', { quality: 75 }],
    ['4:4:4', { quality: 90, chromaSubsampling: '4:4:4' }],
    ['progressive', { quality: 80, progressive: true }],
  ] as const) {
    it(`decodes ${name} exactly as libvips does`, async () => {
      const jpeg = await sharp(photo(61, 37), { raw: { width: 61, height: 37, channels: 3 } })
        .jpeg(options)
        .toBuffer();
      expect(jpegSize(jpeg)).toEqual({ width: 61, height: 37 });
      const decoded = await decodeJpeg(jpeg, 1 << 20);
      expect(decoded).toMatchObject({ width: 61, height: 37, opaque: true });
      expect(decoded!.words).toEqual(await libvipsWords(jpeg));
    });
  }

  it('decodes pictures wider than the shared canvas, and small ones after them, as libvips does', async () => {
    for (const [width, height] of [
      [1100, 12],
      [9, 7],
    ] as const) {
      const jpeg = await sharp(photo(width, height), { raw: { width, height, channels: 3 } })
        .jpeg()
        .toBuffer();
      expect((await decodeJpeg(jpeg, 1 << 20))!.words).toEqual(await libvipsWords(jpeg));
    }
  });

  it('decodes grey JPEG as libvips does', async () => {
    const jpeg = await sharp(photo(20, 10), { raw: { width: 20, height: 10, channels: 3 } })
      .greyscale()
      .jpeg()
      .toBuffer();
    expect((await decodeJpeg(jpeg, 1 << 20))!.words).toEqual(await libvipsWords(jpeg));
  });

  it('leaves JPEGs with Exif or a colour profile to libvips, which still decodes them', async () => {
    const jpeg = await sharp(photo(16, 16), { raw: { width: 16, height: 16, channels: 3 } })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    expect(jpegSize(jpeg)).toBeNull();
    expect(await decodeJpeg(jpeg, 1 << 20)).toBeNull();
    const decoded = await decodeImage(jpeg, 'image/jpeg');
    expect(decoded).toMatchObject({ width: 16, height: 16, opaque: true });
  });

  it('refuses a picture larger than the limit from its header, and bytes that are no JPEG', async () => {
    const jpeg = await sharp(photo(40, 40), { raw: { width: 40, height: 40, channels: 3 } })
      .jpeg()
      .toBuffer();
    expect(await decodeJpeg(jpeg, 100)).toBeNull();
    expect(jpegSize(Buffer.from('not a jpeg'))).toBeNull();
    // A header cut short before the frame header.
    expect(jpegSize(jpeg.subarray(0, 24))).toBeNull();
  });
});
