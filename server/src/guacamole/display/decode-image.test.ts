import { deflateSync } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeImage, ImageDecodeError, premultiply } from './decode-image.js';
import { decodePng } from './decode-png.js';

/** A test picture with gradients, flat areas and (optionally) partial transparency. */
async function picture(width: number, height: number, alpha: boolean): Promise<Buffer> {
  const channels = alpha ? 4 : 3;
  const raw = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      raw[i] = (x * 7) & 255;
      raw[i + 1] = (y * 13) & 255;
      raw[i + 2] = x < width / 2 ? 200 : 30;
      if (alpha) raw[i + 3] = x % 5 === 0 ? 0 : x % 3 === 0 ? 128 : 255;
    }
  }
  return sharp(raw, { raw: { width, height, channels } }).png().toBuffer();
}

/** What libvips makes of a PNG, premultiplied like ours. */
async function reference(png: Buffer): Promise<Uint32Array> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const words = new Uint32Array(info.width * info.height);
  for (let i = 0; i < words.length; i++) words[i] = (data[i * 4]! | (data[i * 4 + 1]! << 8) | (data[i * 4 + 2]! << 16) | (data[i * 4 + 3]! << 24)) >>> 0;
  premultiply(words);
  return words;
}

describe('decodePng', () => {
  const cases: [string, (png: Sharp) => Sharp, boolean][] = [
    ['RGB', (s) => s.png({ palette: false }), false],
    ['RGBA', (s) => s.png({ palette: false }), true],
    ['grey', (s) => s.greyscale().png({ palette: false }), false],
    ['grey and alpha', (s) => s.greyscale().png({ palette: false }), true],
    ['palette, 8 bits', (s) => s.png({ palette: true, colours: 200 }), false],
    ['palette, 4 bits', (s) => s.png({ palette: true, colours: 16 }), false],
    ['palette, 2 bits', (s) => s.png({ palette: true, colours: 4 }), false],
    ['palette, 1 bit', (s) => s.png({ palette: true, colours: 2 }), false],
    ['palette with transparency', (s) => s.png({ palette: true, colours: 64 }), true],
  ];
  for (const [name, encode, alpha] of cases) {
    it(`decodes ${name} exactly as libvips does`, async () => {
      const png = await encode(sharp(await picture(37, 23, alpha))).toBuffer();
      const decoded = decodePng(png, 1 << 20);
      expect(decoded).not.toBeNull();
      expect(decoded!.words).toEqual(await reference(png));
      expect(decoded!.opaque).toBe(!alpha);
    });
  }

  it('leaves interlaced and 16-bit images to libvips, which decodes them', async () => {
    const interlaced = await sharp(await picture(9, 9, false))
      .png({ progressive: true })
      .toBuffer();
    expect(decodePng(interlaced, 1 << 20)).toBeNull();
    const decoded = await decodeImage(interlaced, 'image/png');
    expect(decoded.words).toEqual(await reference(interlaced));
  });

  it('refuses images beyond the pixel limit before inflating them, and corrupt data', async () => {
    const png = await picture(40, 40, false);
    expect(() => decodePng(png, 100)).toThrow(/more than 100 pixels/);
    const corrupt = Buffer.from(png);
    corrupt.fill(0x55, 45, 80);
    expect(() => decodePng(corrupt, 1 << 20)).toThrow();
  });

  it('does not inflate more than the image can hold (a deflate bomb)', () => {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(1, 0);
    header.writeUInt32BE(1, 4);
    header[8] = 8;
    header[9] = 2;
    const chunk = (type: string, data: Buffer) => {
      const out = Buffer.alloc(12 + data.length);
      out.writeUInt32BE(data.length, 0);
      out.write(type, 4, 'latin1');
      data.copy(out, 8);
      return out;
    };
    const bomb = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(Buffer.alloc(64 * 1024 * 1024))),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    expect(() => decodePng(bomb, 1 << 20)).toThrow(RangeError);
  });
});

describe('decodeImage', () => {
  it('decodes JPEG and WebP natively, opaque and close to the source', async () => {
    const source = await picture(32, 16, false);
    const expected = await reference(source);
    for (const [type, bytes] of [
      ['image/jpeg', await sharp(source).jpeg({ quality: 95 }).toBuffer()],
      ['image/webp', await sharp(source).webp({ lossless: true }).toBuffer()],
      ['image/webp', await sharp(source).webp({ quality: 95 }).toBuffer()],
    ] as const) {
      const decoded = await decodeImage(bytes, type);
      expect(decoded).toMatchObject({ width: 32, height: 16, opaque: true });
      const worst = Math.max(...Array.from(decoded.words, (w, i) => Math.abs((w & 255) - (expected[i]! & 255))));
      expect(worst).toBeLessThan(40);
    }
  });

  it('decodes translucent WebP premultiplied', async () => {
    const translucent = await sharp({ create: { width: 4, height: 4, channels: 4, background: { r: 200, g: 100, b: 0, alpha: 0.5 } } })
      .webp({ lossless: true })
      .toBuffer();
    const decoded = await decodeImage(translucent, 'image/webp');
    expect(decoded.opaque).toBe(false);
    const word = decoded.words[0]!;
    expect([word & 255, (word >>> 8) & 255, (word >>> 16) & 255, word >>> 24].map((v) => Math.round(v / 4))).toEqual([25, 13, 0, 32]);
  });

  it('refuses other types and undecodable bytes with ImageDecodeError', async () => {
    await expect(decodeImage(Buffer.from('GIF89a'), 'image/gif')).rejects.toThrow(ImageDecodeError);
    await expect(decodeImage(Buffer.from('not a jpeg at all'), 'image/jpeg')).rejects.toThrow(ImageDecodeError);
    await expect(decodeImage(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 garbage garbage garbage', 'latin1'), 'image/webp')).rejects.toThrow(ImageDecodeError);
    await expect(decodeImage(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), 'image/png')).rejects.toThrow(ImageDecodeError);
  });
});
