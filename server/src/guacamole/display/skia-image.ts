import { Image } from '@napi-rs/canvas';

/**
 * The picture Skia reads from `bytes`, when it is the size its header (read by the caller) said
 * and no larger than `maxPixels`; null otherwise, for libvips to decode or refuse. The header is
 * checked first so that a small file claiming a huge picture is refused before Skia allocates it.
 */
export function skiaImage(bytes: Buffer, size: { width: number; height: number } | null, maxPixels: number): Image | null {
  if (!size || size.width * size.height > maxPixels) return null;
  const image = new Image();
  try {
    image.src = bytes;
  } catch {
    return null;
  }
  return image.width === size.width && image.height === size.height ? image : null;
}
