import { skiaImage, skiaWords } from './skia-image.js';
import type { Pixels } from './surface.js';

/**
 * JPEG through Skia (@napi-rs/canvas, libjpeg-turbo), as WebP: guacd sends the regions of a video
 * or photo as hundreds of small JPEG tiles, and libvips's per-image pipeline costs more than
 * their decoding (about 0.5 ms each, and RGBA made by a second pass). Skia decodes them with the
 * same library and the same settings, to the same bytes (checked on a desktop recording's 573
 * tiles), at about half the CPU. Only what guacd writes is taken: baseline or progressive
 * Huffman-coded JPEG, grey or YCbCr, with no colour profile and no Exif orientation (which
 * Skia would apply and libvips does not). Resolves to null for anything else, which libvips
 * then decodes or refuses. The size is read from the header first, so that a small file claiming a
 * huge picture is refused before Skia allocates it.
 */
export async function decodeJpeg(bytes: Buffer, maxPixels: number): Promise<Pixels | null> {
  const size = jpegSize(bytes);
  const image = await skiaImage(bytes, size, maxPixels);
  if (!image || !size) return null;
  const { width, height } = size;
  // JPEG has no alpha: every pixel is opaque.
  const words = skiaWords(image, width, height);
  return { width, height, words, opaque: true };
}

/** SOF0 (baseline), SOF1 (extended) and SOF2 (progressive): the Huffman-coded frames libjpeg writes. */
const HUFFMAN_FRAMES: ReadonlySet<number> = new Set([0xc0, 0xc1, 0xc2]);

/**
 * Width and height from the frame header of a JPEG that Skia decodes as libvips does, or null:
 * another coding, CMYK, a colour profile (APP2 ICC_PROFILE), Exif (APP1, which may rotate) or an
 * Adobe marker (APP14, which may say CMYK or RGB).
 */
export function jpegSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    // Fill bytes before a marker.
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = bytes.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > bytes.length) return null;
    if (marker === 0xe1 || marker === 0xe2 || marker === 0xee) return null;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (!HUFFMAN_FRAMES.has(marker) || length < 8) return null;
      const height = bytes.readUInt16BE(at + 5);
      const width = bytes.readUInt16BE(at + 7);
      const components = bytes[at + 9];
      if (width === 0 || height === 0 || (components !== 1 && components !== 3)) return null;
      return { width, height };
    }
    // Start of scan before a frame header, or the end of the image: not a JPEG we know.
    if (marker === 0xda || marker === 0xd9) return null;
    at += 2 + length;
  }
  return null;
}
