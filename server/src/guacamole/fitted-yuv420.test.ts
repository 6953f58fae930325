import { describe, expect, it } from 'vitest';
import { Yuv420Frame } from '../terminal/render/yuv420.js';
import { FittedYuv420Frame } from './fitted-yuv420.js';

/** RGBA pixels of a width×height canvas, from a function of (x, y) giving [r, g, b]. */
function canvas(width: number, height: number, colour: (x: number, y: number) => [number, number, number]): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = colour(x, y);
      rgba.set([r, g, b, 255], (y * width + x) * 4);
    }
  }
  return rgba;
}

/**
 * Decodes I420 (BT.709, limited range) back to RGB as ffmpeg does by default: each 2×2 block's
 * colour applied to its four pixels, every channel rounded and clipped to 0-255.
 */
function decode(yuv: Buffer, width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  const clip = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const c = (y >> 1) * (width >> 1) + (x >> 1);
      const luma = (255 / 219) * (yuv[y * width + x]! - 16);
      const u = yuv[width * height + c]! - 128;
      const v = yuv[width * height * 1.25 + c]! - 128;
      rgba.set(
        [
          clip(luma + ((1.5748 * 255) / 224) * v),
          clip(luma - ((0.1873 * 255) / 224) * u - ((0.4681 * 255) / 224) * v),
          clip(luma + ((1.8556 * 255) / 224) * u),
          255,
        ],
        (y * width + x) * 4,
      );
    }
  }
  return rgba;
}

function rgbPsnr(a: Uint8Array, b: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 4) for (let c = 0; c < 3; c++) sum += (a[i + c]! - b[i + c]!) ** 2;
  return sum === 0 ? Number.POSITIVE_INFINITY : 10 * Math.log10((255 * 255) / (sum / ((a.length / 4) * 3)));
}

/** PSNR of the BT.709 luma of two RGBA images (the weights of lumaPsnr in test/support/guacamole-reference.mjs). */
function lumaPsnr(a: Uint8Array, b: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 4) sum += (0.2126 * (a[i]! - b[i]!) + 0.7152 * (a[i + 1]! - b[i + 1]!) + 0.0722 * (a[i + 2]! - b[i + 2]!)) ** 2;
  return sum === 0 ? Number.POSITIVE_INFINITY : 10 * Math.log10((255 * 255) / (sum / (a.length / 4)));
}

function convert(Frame: typeof Yuv420Frame | typeof FittedYuv420Frame, rgba: Uint8Array, width: number, height: number): Buffer {
  const frame = new Frame(width, height);
  frame.convertRect(rgba, 0, width, 0, height);
  return frame.bytes;
}

describe('FittedYuv420Frame', () => {
  it('converts flat colours and gentle gradients exactly as the usual conversion', () => {
    const flat = canvas(16, 8, (x) => (x < 8 ? [29, 53, 87] : [255, 255, 255]));
    expect(convert(FittedYuv420Frame, flat, 16, 8)).toEqual(convert(Yuv420Frame, flat, 16, 8));
    const gradient = canvas(16, 16, (x, y) => [29 + y, 53 + y * 2, 87 + x]);
    expect(convert(FittedYuv420Frame, gradient, 16, 16)).toEqual(convert(Yuv420Frame, gradient, 16, 16));
  });

  it('keeps one-pixel coloured text on black closer to its colours than the average colour does, and to its brightness', () => {
    // Strokes one pixel wide in the colours of `ls --color`, on black, as a terminal draws them.
    const colours: [number, number, number][] = [
      [0, 205, 0],
      [0, 205, 205],
      [205, 0, 0],
      [92, 92, 255],
      [255, 255, 255],
    ];
    // Each line of text in one colour: strokes one pixel wide, vertical and horizontal.
    const text = canvas(40, 40, (x, y) => ((x % 4 === 1 && y % 8 < 6) || (y % 8 === 3 && x % 8 < 5) ? colours[Math.floor(y / 8)]! : [0, 0, 0]));
    const usual = decode(convert(Yuv420Frame, text, 40, 40), 40, 40);
    const fitted = decode(convert(FittedYuv420Frame, text, 40, 40), 40, 40);
    console.log(
      `text on black, PSNR over RGB / luma: average colour ${rgbPsnr(usual, text).toFixed(1)} / ${lumaPsnr(usual, text).toFixed(1)} dB, fitted ${rgbPsnr(fitted, text).toFixed(1)} / ${lumaPsnr(fitted, text).toFixed(1)} dB`,
    );
    expect(rgbPsnr(usual, text)).toBeLessThan(26);
    expect(rgbPsnr(fitted, text)).toBeGreaterThan(rgbPsnr(usual, text) + 1.5);
    // Fitted over R, G and B alone, the lumas gave up brightness for colour (29.1 dB here).
    expect(lumaPsnr(fitted, text)).toBeGreaterThan(lumaPsnr(usual, text) + 2);
  });

  it('keeps black pixels near black beside a green one in the same block, all closer to their colours than the average gives', () => {
    const block = canvas(2, 2, (x, y) => (x === 0 && y === 0 ? [0, 205, 0] : [0, 0, 0]));
    const decoded = decode(convert(FittedYuv420Frame, block, 2, 2), 2, 2);
    const usual = decode(convert(Yuv420Frame, block, 2, 2), 2, 2);
    const errorOf = (rgba: Uint8Array) => Array.from(rgba).reduce((sum, v, i) => sum + (i % 4 === 3 ? 0 : (v - block[i]!) ** 2), 0);
    expect(errorOf(decoded)).toBeLessThan(errorOf(usual) / 3);
    for (const pixel of [1, 2, 3]) expect(Math.max(...decoded.subarray(pixel * 4, pixel * 4 + 3)), `pixel ${pixel}`).toBeLessThanOrEqual(20);
  });

  it('converts only the rectangle asked for, widened to whole 2×2 blocks', () => {
    const rgba = canvas(8, 8, (x, y) => ((x + y) % 2 ? [0, 205, 0] : [0, 0, 0]));
    const frame = new FittedYuv420Frame(8, 8);
    frame.convertRect(rgba, 3, 5, 3, 5);
    const whole = convert(FittedYuv420Frame, rgba, 8, 8);
    for (let y = 0; y < 8; y++) {
      for (let x = 0; x < 8; x++) {
        const inside = x >= 2 && x < 6 && y >= 2 && y < 6;
        expect(frame.bytes[y * 8 + x], `luma at ${x},${y}`).toBe(inside ? whole[y * 8 + x] : 0);
      }
    }
  });
});
