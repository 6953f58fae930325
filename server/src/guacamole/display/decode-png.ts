import { inflateSync } from 'node:zlib';
import type { Pixels } from './surface.js';

/**
 * A PNG decoder for the PNGs guacd writes: 8-bit grey, RGB, RGBA and palettes of 1 to 8 bits,
 * not interlaced. guacd sends thousands of small PNGs (glyph runs, dirty tiles); for those a
 * native decoder's per-image set-up costs more than the pixels, while zlib (native) plus
 * un-filtering here takes a few nanoseconds a pixel on the drawing thread. Anything else
 * (16-bit, interlaced, transparency keys on grey or RGB) returns null and goes to libvips.
 * Corrupt data throws; nothing here reads outside the buffers.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** The largest output chunk asked of zlib at once. */
const INFLATE_CHUNK_BYTES = 1024 * 1024;

export class PngError extends Error {}

export function decodePng(bytes: Buffer, maxPixels: number): Pixels | null {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(SIGNATURE)) throw new PngError('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let depth = 0;
  let colorType = -1;
  let palette: Uint32Array | null = null;
  let paletteAlpha: Buffer | null = null;
  const data: Buffer[] = [];
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const start = offset + 8;
    const end = start + length;
    if (end > bytes.length) throw new PngError(`the ${type} chunk runs past the end of the image`);
    const chunk = bytes.subarray(start, end);
    if (type === 'IHDR') {
      if (length < 13) throw new PngError('the header is too short');
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      depth = chunk[8]!;
      colorType = chunk[9]!;
      if (chunk[12] !== 0) return null; // interlaced
    } else if (type === 'PLTE') {
      palette = new Uint32Array(256).fill(0xff000000);
      for (let i = 0; i < Math.min(256, Math.floor(length / 3)); i++)
        palette[i] = (chunk[i * 3]! | (chunk[i * 3 + 1]! << 8) | (chunk[i * 3 + 2]! << 16) | 0xff000000) >>> 0;
    } else if (type === 'tRNS') {
      if (colorType !== 3) return null;
      paletteAlpha = chunk;
    } else if (type === 'IDAT') data.push(chunk);
    else if (type === 'IEND') break;
    offset = end + 4;
  }
  const channels = CHANNELS[colorType];
  if (channels === undefined || width === 0 || height === 0) throw new PngError('the header is missing or names no known colour type');
  if (width * height > maxPixels) throw new PngError(`the image is ${width}x${height}, more than ${maxPixels} pixels`);
  if (depth !== 8 && !(depth < 8 && (colorType === 3 || colorType === 0) && [1, 2, 4].includes(depth))) return null;
  if (colorType === 3 && !palette) throw new PngError('a palette image without a palette');
  const bitsPerPixel = channels * depth;
  const rowBytes = Math.ceil((width * bitsPerPixel) / 8);
  const stride = rowBytes + 1;
  // One output chunk of the size a tile needs (zlib's minimum is 64 bytes): the default of 16 KB
  // makes zlib allocate and join a dozen buffers for a 256x64 RGB tile. Capped, so that a small
  // file claiming a huge image does not get its memory before inflating shows what it holds.
  const expected = stride * height + 1;
  const chunkSize = Math.max(64, Math.min(expected, INFLATE_CHUNK_BYTES));
  const raw = inflateSync(data.length === 1 ? data[0]! : Buffer.concat(data), { maxOutputLength: expected, chunkSize });
  if (raw.length < stride * height) throw new PngError('the image data is cut short');
  unfilter(raw, rowBytes, height, Math.max(1, bitsPerPixel >> 3));

  let opaque = true;
  if (palette && paletteAlpha) {
    for (let i = 0; i < Math.min(256, paletteAlpha.length); i++) {
      const a = paletteAlpha[i]!;
      if (a === 255) continue;
      const p = palette[i]!;
      palette[i] = premultiplied(p & 0xff, (p >>> 8) & 0xff, (p >>> 16) & 0xff, a);
    }
  }
  const words = new Uint32Array(width * height);
  for (let y = 0; y < height; y++) {
    const row = y * stride + 1;
    const out = y * width;
    switch (colorType) {
      case 3: {
        const pal = palette!;
        if (depth === 8) for (let x = 0; x < width; x++) words[out + x] = pal[raw[row + x]!]!;
        else {
          const perByte = 8 / depth;
          const mask = (1 << depth) - 1;
          for (let x = 0; x < width; x++) {
            const byte = raw[row + Math.floor(x / perByte)]!;
            const shift = 8 - depth * ((x % perByte) + 1);
            words[out + x] = pal[(byte >> shift) & mask]!;
          }
        }
        break;
      }
      case 2:
        for (let x = 0, i = row; x < width; x++, i += 3) words[out + x] = (raw[i]! | (raw[i + 1]! << 8) | (raw[i + 2]! << 16) | 0xff000000) >>> 0;
        break;
      case 6:
        for (let x = 0, i = row; x < width; x++, i += 4) {
          const a = raw[i + 3]!;
          words[out + x] =
            a === 255 ? (raw[i]! | (raw[i + 1]! << 8) | (raw[i + 2]! << 16) | 0xff000000) >>> 0 : premultiplied(raw[i]!, raw[i + 1]!, raw[i + 2]!, a);
          if (a !== 255) opaque = false;
        }
        break;
      case 4:
        for (let x = 0, i = row; x < width; x++, i += 2) {
          const a = raw[i + 1]!;
          words[out + x] = premultiplied(raw[i]!, raw[i]!, raw[i]!, a);
          if (a !== 255) opaque = false;
        }
        break;
      case 0: {
        const scale = 255 / ((1 << depth) - 1);
        const perByte = 8 / depth;
        const mask = (1 << depth) - 1;
        for (let x = 0; x < width; x++) {
          const v = depth === 8 ? raw[row + x]! : Math.round(((raw[row + Math.floor(x / perByte)]! >> (8 - depth * ((x % perByte) + 1))) & mask) * scale);
          words[out + x] = (v | (v << 8) | (v << 16) | 0xff000000) >>> 0;
        }
        break;
      }
    }
  }
  if (colorType === 3 && paletteAlpha) opaque = words.every((w) => w >>> 24 === 255);
  return { width, height, words, opaque };
}

function premultiplied(r: number, g: number, b: number, a: number): number {
  if (a === 0) return 0;
  return (Math.round((r * a) / 255) | (Math.round((g * a) / 255) << 8) | (Math.round((b * a) / 255) << 16) | (a << 24)) >>> 0;
}

/** Undoes PNG's per-row filters in place; `bpp` is bytes per whole pixel (at least 1). */
function unfilter(raw: Buffer, rowBytes: number, height: number, bpp: number): void {
  const stride = rowBytes + 1;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * stride]!;
    const row = y * stride + 1;
    const prior = row - stride;
    const hasPrior = y > 0;
    switch (filter) {
      case 0:
        break;
      case 1:
        for (let i = bpp; i < rowBytes; i++) raw[row + i] = (raw[row + i]! + raw[row + i - bpp]!) & 255;
        break;
      case 2:
        if (hasPrior) for (let i = 0; i < rowBytes; i++) raw[row + i] = (raw[row + i]! + raw[prior + i]!) & 255;
        break;
      case 3:
        for (let i = 0; i < rowBytes; i++) {
          const left = i >= bpp ? raw[row + i - bpp]! : 0;
          const up = hasPrior ? raw[prior + i]! : 0;
          raw[row + i] = (raw[row + i]! + ((left + up) >> 1)) & 255;
        }
        break;
      case 4:
        for (let i = 0; i < rowBytes; i++) {
          const a = i >= bpp ? raw[row + i - bpp]! : 0;
          const b = hasPrior ? raw[prior + i]! : 0;
          const c = i >= bpp && hasPrior ? raw[prior + i - bpp]! : 0;
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          raw[row + i] = (raw[row + i]! + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)) & 255;
        }
        break;
      default:
        throw new PngError(`row ${y} has an unknown filter ${filter}`);
    }
  }
}
