import sharp, { type OutputInfo } from 'sharp';
import { decodeJpeg } from './decode-jpeg.js';
import { decodePng } from './decode-png.js';
import { decodeWebp } from './decode-webp.js';
import type { Pixels } from './surface.js';

/** The image types guacd sends (the client's `image` list decides which). */
export const IMAGE_TYPES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/webp']);

/**
 * The largest image decoded, in pixels: a whole display of the largest size accepted. libvips
 * reads the dimensions from the header first, so a small file claiming a huge image is refused
 * before any pixel memory is taken.
 */
export const MAX_IMAGE_PIXELS = 8192 * 8192;

// libvips keeps decoded images in a cache meant for repeated processing; each of ours is used once.
sharp.cache(false);

export class ImageDecodeError extends Error {}

/**
 * Decodes PNG, JPEG or WebP into premultiplied RGBA words: PNG on this thread (see decodeHere),
 * the others on libuv's threads (see decodeOnThreads). What the bytes are is read from the bytes;
 * the mimetype only has to be one of the three.
 */
export async function decodeImage(bytes: Buffer, mimetype: string): Promise<Pixels> {
  return decodeHere(bytes, mimetype) ?? (await decodeOnThreads(bytes, mimetype));
}

/** Whether decodeHere may decode these bytes (it can still decline), from their first bytes. */
export function decodedHere(bytes: Buffer): boolean {
  return bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50;
}

/**
 * guacd's PNGs, decoded synchronously on this thread in TypeScript (decode-png.ts): for its
 * thousands of small tiles a trip to another thread costs more than the decoding itself. Null for
 * what it does not read (decodeOnThreads then decodes or refuses it); throws ImageDecodeError for
 * a PNG that is corrupt.
 */
export function decodeHere(bytes: Buffer, mimetype: string): Pixels | null {
  if (!IMAGE_TYPES.has(mimetype)) throw new ImageDecodeError(`the image type ${JSON.stringify(mimetype.slice(0, 40))} is not PNG, JPEG or WebP`);
  if (!decodedHere(bytes)) return null;
  try {
    return decodePng(bytes, MAX_IMAGE_PIXELS);
  } catch (error) {
    throw new ImageDecodeError(`the PNG image cannot be decoded (${(error as Error).message})`);
  }
}

/**
 * Off this thread: the JPEG and WebP guacd sends by Skia (decode-jpeg.ts, decode-webp.ts), which
 * for small tiles costs half of libvips's per-image pipeline; anything else, and what Skia
 * declines, by libvips, which decodes or refuses it.
 */
export async function decodeOnThreads(bytes: Buffer, mimetype: string): Promise<Pixels> {
  const bySkia =
    bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xd8
      ? await decodeJpeg(bytes, MAX_IMAGE_PIXELS)
      : mimetype === 'image/webp'
        ? await decodeWebp(bytes, MAX_IMAGE_PIXELS)
        : null;
  return bySkia ?? (await decodeWithLibvips(bytes, mimetype));
}

/** Any PNG, JPEG or WebP libvips reads, on libuv's thread pool. */
export async function decodeWithLibvips(bytes: Buffer, mimetype: string): Promise<Pixels> {
  if (!IMAGE_TYPES.has(mimetype)) throw new ImageDecodeError(`the image type ${JSON.stringify(mimetype.slice(0, 40))} is not PNG, JPEG or WebP`);
  const jpeg = bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xd8;
  // JPEG has no alpha: libvips makes it sRGB with an opaque alpha, so that its RGBA bytes are our words as they are.
  let decoded: { data: Buffer; info: OutputInfo };
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error', sequentialRead: true });
    decoded = await (jpeg ? image.toColourspace('srgb').ensureAlpha() : image).raw().toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new ImageDecodeError(`the ${mimetype} image cannot be decoded (${(error as Error).message})`);
  }
  const { data, info } = decoded;
  const count = info.width * info.height;
  if (jpeg && info.channels === 4 && data.byteOffset % 4 === 0 && data.length === count * 4) {
    return { width: info.width, height: info.height, words: new Uint32Array(data.buffer, data.byteOffset, count), opaque: true };
  }
  const words = new Uint32Array(count);
  if (info.channels === 3) {
    for (let i = 0, j = 0; i < count; i++, j += 3) words[i] = (data[j]! | (data[j + 1]! << 8) | (data[j + 2]! << 16) | 0xff000000) >>> 0;
    return { width: info.width, height: info.height, words, opaque: true };
  }
  if (info.channels === 4) {
    for (let i = 0, j = 0; i < count; i++, j += 4) words[i] = (data[j]! | (data[j + 1]! << 8) | (data[j + 2]! << 16) | (data[j + 3]! << 24)) >>> 0;
    return { width: info.width, height: info.height, words, opaque: premultiply(words) };
  }
  if (info.channels === 1 || info.channels === 2) {
    for (let i = 0, j = 0; i < count; i++, j += info.channels) {
      const v = data[j]!;
      words[i] = (v | (v << 8) | (v << 16) | ((info.channels === 2 ? data[j + 1]! : 255) << 24)) >>> 0;
    }
    return { width: info.width, height: info.height, words, opaque: premultiply(words) };
  }
  throw new ImageDecodeError(`the ${mimetype} image decoded to ${info.channels} channels`);
}

/** Premultiplies straight alpha in place; true when every pixel is opaque (nothing to do). */
export function premultiply(words: Uint32Array): boolean {
  let opaque = true;
  for (let i = 0; i < words.length; i++) {
    const p = words[i]!;
    const a = p >>> 24;
    if (a === 255) continue;
    opaque = false;
    if (a === 0) {
      words[i] = 0;
      continue;
    }
    const r = Math.round(((p & 0xff) * a) / 255);
    const g = Math.round((((p >>> 8) & 0xff) * a) / 255);
    const b = Math.round((((p >>> 16) & 0xff) * a) / 255);
    words[i] = (r | (g << 8) | (b << 16) | (a << 24)) >>> 0;
  }
  return opaque;
}
