import { skiaImage, skiaWords } from './skia-image.js';
import type { Pixels } from './surface.js';

/**
 * WebP through Skia (@napi-rs/canvas, already used for terminal glyphs): libwebp without libvips's
 * per-image pipeline, which for guacd's many small lossy WebP tiles costs twice the decoding
 * itself. Skia draws premultiplied RGBA, the surfaces' own format, so the pixels are used as
 * they come. The size is read from the WebP header first, so that a small file claiming a huge
 * picture is refused before Skia allocates it. Resolves to null for anything it cannot read
 * (libvips then decodes or refuses it).
 */
export async function decodeWebp(bytes: Buffer, maxPixels: number): Promise<Pixels | null> {
  const size = webpSize(bytes);
  const image = await skiaImage(bytes, size, maxPixels);
  if (!image || !size) return null;
  const words = skiaWords(image, size.width, size.height);
  const count = size.width * size.height;
  // Lossy WebP without an alpha chunk (what guacd sends for photos) is opaque by format.
  let opaque = true;
  for (let i = size.alpha ? 0 : count; i < count; i++) {
    if (words[i]! < 0xff000000) {
      opaque = false;
      break;
    }
  }
  return { width: size.width, height: size.height, words, opaque };
}

/** Width and height from a WebP's first chunk (VP8, VP8L or VP8X), or null when it is not one. */
export function webpSize(bytes: Buffer): { width: number; height: number; alpha: boolean } | null {
  if (bytes.length < 30 || bytes.toString('latin1', 0, 4) !== 'RIFF' || bytes.toString('latin1', 8, 12) !== 'WEBP') return null;
  const chunk = bytes.toString('latin1', 12, 16);
  if (chunk === 'VP8 ') {
    // Key frame start code, then 14-bit width and height.
    if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return null;
    return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff, alpha: false };
  }
  if (chunk === 'VP8L') {
    if (bytes[20] !== 0x2f) return null;
    const bits = bytes.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1, alpha: true };
  }
  if (chunk === 'VP8X') return { width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1, alpha: true };
  return null;
}
