import { createCanvas, Image } from '@napi-rs/canvas';

/**
 * The picture Skia reads from `bytes`, decoded on libuv's threads (Image.decode), when it is the
 * size its header (read by the caller) said and no larger than `maxPixels`; null otherwise, for
 * libvips to decode or refuse. The header is checked first so that a small file claiming a huge
 * picture is refused before Skia allocates it. Decoding off the drawing thread matters: a desktop
 * with a video or photo in it sends hundreds of JPEG tiles, whose decoding would otherwise take
 * that thread a third of its time, while drawing the decoded picture afterwards is a copy.
 */
export async function skiaImage(bytes: Buffer, size: { width: number; height: number } | null, maxPixels: number): Promise<Image | null> {
  if (!size || size.width * size.height > maxPixels) return null;
  const image = new Image();
  try {
    image.src = bytes;
    if (image.width !== size.width || image.height !== size.height) return null;
    await image.decode();
  } catch {
    return null;
  }
  return image;
}

/**
 * The picture's pixels as premultiplied RGBA words: drawn on a canvas of its own size and read
 * back whole, which is Skia's pixels as they are (getImageData would convert them to straight
 * alpha on the way). A copy, ours to keep.
 */
export function skiaWords(image: Image, width: number, height: number): Uint32Array {
  const canvas = createCanvas(width, height);
  canvas.getContext('2d').drawImage(image, 0, 0);
  const data = canvas.data();
  const count = width * height;
  return data.byteOffset % 4 === 0
    ? new Uint32Array(data.buffer, data.byteOffset, count)
    : new Uint32Array(Uint8Array.from(data.subarray(0, count * 4)).buffer);
}
