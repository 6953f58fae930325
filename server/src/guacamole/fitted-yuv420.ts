/**
 * The frame as planar YUV 4:2:0 (I420, BT.709, limited range), like the terminal's Yuv420Frame,
 * except for the colour of 2×2 blocks whose pixels differ a lot.
 *
 * 4:2:0 keeps one colour (U, V) for every 2×2 pixels. The usual conversion takes each pixel's
 * luma and the block's average colour, which is right for photos but not for what desktops show
 * most: one-pixel coloured text on black. Green text on black averages to a dull grey-green
 * block, so the text turns dim and greyish and the black around it gets a green fringe (about
 * 28 dB over RGB on a terminal of `ls --color`, before any encoding). Here, when a block decoded
 * the usual way would land far from the drawn pixels, three colours are tried for the block (the
 * average, the colour of the pixel farthest from it, half-way between), and for each, every pixel
 * gets the luma that brings it closest to its drawn colour once decoded: the one that fits its
 * R, G and B best, counting that decoders clip to 0-255 (which is what lets a black pixel share
 * a green block and stay near black), or its usual luma, whichever is closer. The block keeps
 * the colour whose decoded pixels are closest. Blocks of one colour, and blocks the usual
 * conversion already gets close (photos, gradients), are converted the usual way.
 *
 * "Closest" counts the brightness too (LUMA_WEIGHT): the detail a viewer reads is in it, and
 * judged over R, G and B alone the fitted lumas gave it away (on a VNC desktop the lowest luma
 * PSNR against Guacamole's own player fell from 38.6 to 34.3 dB while RGB rose from 28.2 to
 * 33.5). Weighed together, the frames as ffmpeg decodes them (the colour upsampled per block)
 * keep the usual conversion's luma and most of the fitted colour's gain over RGB (38.7 and 31.8
 * dB there).
 */

// The decoder's view of BT.709 limited range: R = A·(Y−16) + CRV·(V−128), and so on.
const A = 255 / 219;
const CRV = (1.5748 * 255) / 224;
const CGU = (0.1873 * 255) / 224;
const CGV = (0.4681 * 255) / 224;
const CBU = (1.8556 * 255) / 224;
/**
 * Squared RGB error over a block (4 pixels × 3 channels) above which the block's colour is
 * fitted: about 9 per channel. Text on a plain background is far above it; the blocks of a photo
 * mostly below, where fitting would cost time for a fraction of a dB.
 */
const FIT_ABOVE = 1000;
/**
 * How much a pixel's squared luma error counts beside its squared R, G and B errors. Chosen on the
 * shared Guacamole recordings against Guacamole's own player: at 1 or 3 the fitted lumas still
 * cost 2-4 dB of luma, at 10 none, and at 30 RGB gives up a little more for nothing.
 */
const LUMA_WEIGHT = 10;
/** How far a block's pixels may lie from its first (summed over R, G, B and the three others) for the average colour to be kept unchecked. */
const CLOSE_COLOURS = 96;

function clampByte(value: number): number {
  return Math.max(0, Math.min(255, value));
}

/** A decoded channel: rounded to the nearest integer and clipped to 0-255. */
function decodedByte(value: number): number {
  return value <= 0 ? 0 : value >= 255 ? 255 : (value + 0.5) | 0;
}

/** A pixel's usual luma (BT.709, limited range). */
function usualLuma(r: number, g: number, b: number): number {
  return ((47 * r + 157 * g + 16 * b + 128) >> 8) + 16;
}

/**
 * How far (r, g, b) lands from itself once decoded from `luma` with colour offsets (mr, mg, mb):
 * squared over R, G and B, plus its BT.709 luma's squared error weighted by LUMA_WEIGHT.
 */
function decodedError(r: number, g: number, b: number, luma: number, mr: number, mg: number, mb: number): number {
  const base = A * (luma - 16);
  const dr = decodedByte(base + mr) - r;
  const dg = decodedByte(base + mg) - g;
  const db = decodedByte(base + mb) - b;
  const dl = 0.2126 * dr + 0.7152 * dg + 0.0722 * db;
  return dr * dr + dg * dg + db * db + LUMA_WEIGHT * dl * dl;
}

/** Whether two of a block's four pixels have the same colour. */
function repeatsAColour(a: number, b: number, c: number, d: number): boolean {
  return (a ^ b) << 8 === 0 || (a ^ c) << 8 === 0 || (a ^ d) << 8 === 0 || (b ^ c) << 8 === 0 || (b ^ d) << 8 === 0 || (c ^ d) << 8 === 0;
}

export class FittedYuv420Frame {
  /** Y plane, then U, then V: the bytes ffmpeg reads for one frame. */
  readonly bytes: Buffer;
  private readonly y: Uint8Array;
  private readonly u: Uint8Array;
  private readonly v: Uint8Array;
  // One block's drawn pixels and the lumas of the best colour so far, reused across blocks.
  private readonly r = new Int32Array(4);
  private readonly g = new Int32Array(4);
  private readonly b = new Int32Array(4);
  private readonly fitted = new Uint8Array(4);
  private readonly best = new Uint8Array(4);
  /** The squared error of the last `fitLuma`. */
  private error = 0;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    if (width % 2 || height % 2) throw new RangeError('4:2:0 frames need even dimensions');
    const lumaSize = width * height;
    this.bytes = Buffer.alloc(lumaSize * 1.5);
    this.y = this.bytes.subarray(0, lumaSize);
    this.u = this.bytes.subarray(lumaSize, lumaSize * 1.25);
    this.v = this.bytes.subarray(lumaSize * 1.25);
  }

  /**
   * Converts the rectangle [left, right) × [top, bottom) of an opaque RGBA frame; the bounds are
   * widened to even numbers, as 4:2:0 colour covers 2×2 pixels.
   */
  convertRect(rgba: Uint8Array, left: number, right: number, top: number, bottom: number): void {
    const { width, y: Y, u: U, v: V } = this;
    const chromaWidth = width >> 1;
    const x0 = left & ~1;
    const x1 = Math.min(width, right + (right & 1));
    const y1 = Math.min(this.height, bottom + (bottom & 1));
    // Whole pixels as words (R in the low byte), read once per block: one comparison finds a block
    // of one colour, and shifts give the channels. Int32 keeps V8 in small integers.
    const aligned = rgba.byteOffset % 4 === 0 ? rgba : Uint8Array.from(rgba);
    const words = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength >> 2);
    // The last colour of a flat block and its conversion: flat areas repeat a colour block after block.
    let flatWord = -1;
    let flatY = 0;
    let flatU = 0;
    let flatV = 0;
    for (let row = top & ~1; row < y1; row += 2) {
      let l0 = row * width + x0;
      let c = (row >> 1) * chromaWidth + (x0 >> 1);
      for (let x = x0; x < x1; x += 2, l0 += 2, c++) {
        const l1 = l0 + width;
        const w00 = words[l0]!;
        const w01 = words[l0 + 1]!;
        const w10 = words[l1]!;
        const w11 = words[l1 + 1]!;
        if (((w00 ^ w01) | (w00 ^ w10) | (w00 ^ w11)) << 8 === 0) {
          const colour = w00 & 0xffffff;
          if (colour !== flatWord) {
            const r = colour & 0xff;
            const g = (colour >>> 8) & 0xff;
            const b = colour >>> 16;
            flatWord = colour;
            flatY = usualLuma(r, g, b);
            flatU = ((-26 * r - 86 * g + 112 * b + 128) >> 8) + 128;
            flatV = ((112 * r - 102 * g - 10 * b + 128) >> 8) + 128;
          }
          Y[l0] = flatY;
          Y[l0 + 1] = flatY;
          Y[l1] = flatY;
          Y[l1 + 1] = flatY;
          U[c] = flatU;
          V[c] = flatV;
          continue;
        }
        const r00 = w00 & 0xff;
        const g00 = (w00 >> 8) & 0xff;
        const b00 = (w00 >> 16) & 0xff;
        const r01 = w01 & 0xff;
        const g01 = (w01 >> 8) & 0xff;
        const b01 = (w01 >> 16) & 0xff;
        const r10 = w10 & 0xff;
        const g10 = (w10 >> 8) & 0xff;
        const b10 = (w10 >> 16) & 0xff;
        const r11 = w11 & 0xff;
        const g11 = (w11 >> 8) & 0xff;
        const b11 = (w11 >> 16) & 0xff;
        const sr = r00 + r01 + r10 + r11;
        const sg = g00 + g01 + g10 + g11;
        const sb = b00 + b01 + b10 + b11;
        const u = ((-26 * sr - 86 * sg + 112 * sb + 512) >> 10) + 128;
        const v = ((112 * sr - 102 * sg - 10 * sb + 512) >> 10) + 128;
        U[c] = u;
        V[c] = v;
        Y[l0] = usualLuma(r00, g00, b00);
        Y[l0 + 1] = usualLuma(r01, g01, b01);
        Y[l1] = usualLuma(r10, g10, b10);
        Y[l1 + 1] = usualLuma(r11, g11, b11);
        // Close colours (one colour, gradients, most of a photo): the average is as good as any.
        const apart =
          Math.abs(r01 - r00) +
          Math.abs(r10 - r00) +
          Math.abs(r11 - r00) +
          Math.abs(g01 - g00) +
          Math.abs(g10 - g00) +
          Math.abs(g11 - g00) +
          Math.abs(b01 - b00) +
          Math.abs(b10 - b00) +
          Math.abs(b11 - b00);
        if (apart <= CLOSE_COLOURS) continue;
        // Text and drawings on a plain background repeat a colour within a block; a photo's
        // blocks (JPEG regions, video played in the session) almost never do, and fitting them
        // would cost time for a fraction of a dB.
        if (!repeatsAColour(w00, w01, w10, w11)) continue;
        const { r, g, b } = this;
        r[0] = r00;
        r[1] = r01;
        r[2] = r10;
        r[3] = r11;
        g[0] = g00;
        g[1] = g01;
        g[2] = g10;
        g[3] = g11;
        b[0] = b00;
        b[1] = b01;
        b[2] = b10;
        b[3] = b11;
        const du = u - 128;
        const dv = v - 128;
        const mr = CRV * dv;
        const mg = -CGU * du - CGV * dv;
        const mb = CBU * du;
        const usual =
          decodedError(r00, g00, b00, Y[l0]!, mr, mg, mb) +
          decodedError(r01, g01, b01, Y[l0 + 1]!, mr, mg, mb) +
          decodedError(r10, g10, b10, Y[l1]!, mr, mg, mb) +
          decodedError(r11, g11, b11, Y[l1 + 1]!, mr, mg, mb);
        if (usual > FIT_ABOVE) this.fitBlock(usual, u, v, c, l0, l1);
      }
    }
  }

  /**
   * Tries other colours for the block at chroma index `c`: the average with fitted lumas, the
   * colour of the pixel farthest from the average, and half-way to it. Keeps the closest.
   */
  private fitBlock(usual: number, u: number, v: number, c: number, l0: number, l1: number): void {
    const { r, g, b, best } = this;
    let farU = u;
    let farV = v;
    let farDistance = -1;
    for (let k = 0; k < 4; k++) {
      const ownU = ((-26 * r[k]! - 86 * g[k]! + 112 * b[k]! + 128) >> 8) + 128;
      const ownV = ((112 * r[k]! - 102 * g[k]! - 10 * b[k]! + 128) >> 8) + 128;
      const distance = (ownU - u) * (ownU - u) + (ownV - v) * (ownV - v);
      if (distance > farDistance) {
        farDistance = distance;
        farU = ownU;
        farV = ownV;
      }
    }
    let bestError = usual;
    let bestU = u;
    let bestV = v;
    let fittedAny = false;
    for (let candidate = 0; candidate < 3; candidate++) {
      const cu = candidate === 0 ? u : candidate === 1 ? farU : (u + farU + 1) >> 1;
      const cv = candidate === 0 ? v : candidate === 1 ? farV : (v + farV + 1) >> 1;
      const error = this.fitLumas(cu, cv, bestError);
      if (error < bestError) {
        bestError = error;
        bestU = cu;
        bestV = cv;
        best.set(this.fitted);
        fittedAny = true;
      }
    }
    if (!fittedAny) return;
    this.u[c] = bestU;
    this.v[c] = bestV;
    this.y[l0] = best[0]!;
    this.y[l0 + 1] = best[1]!;
    this.y[l1] = best[2]!;
    this.y[l1 + 1] = best[3]!;
  }

  /** The block's error with colour (u, v) and each pixel's best luma, stopping once it reaches `limit`. */
  private fitLumas(u: number, v: number, limit: number): number {
    const du = u - 128;
    const dv = v - 128;
    const mr = CRV * dv;
    const mg = -CGU * du - CGV * dv;
    const mb = CBU * du;
    let total = 0;
    for (let k = 0; k < 4; k++) {
      this.fitted[k] = this.fitLuma(this.r[k]!, this.g[k]!, this.b[k]!, mr, mg, mb);
      total += this.error;
      if (total >= limit) return total;
    }
    return total;
  }

  /**
   * The luma that brings a pixel closest to (r, g, b) once decoded with colour offsets (mr, mg,
   * mb): the least-squares luma over the channels a decoder does not clip onto their target
   * anyway (a channel that should be 0 and decodes below 0 is exact whatever the luma), or the
   * usual luma when that one is closer (see decodedError).
   */
  private fitLuma(r: number, g: number, b: number, mr: number, mg: number, mb: number): number {
    let level = (r - mr + g - mg + b - mb) / (3 * A);
    for (let round = 0; round < 2; round++) {
      const pr = A * level + mr;
      const pg = A * level + mg;
      const pb = A * level + mb;
      let sum = 0;
      let n = 0;
      if (!((pr <= 0 && r === 0) || (pr >= 255 && r === 255))) {
        sum += r - mr;
        n++;
      }
      if (!((pg <= 0 && g === 0) || (pg >= 255 && g === 255))) {
        sum += g - mg;
        n++;
      }
      if (!((pb <= 0 && b === 0) || (pb >= 255 && b === 255))) {
        sum += b - mb;
        n++;
      }
      if (n === 0 || n === 3) break;
      level = sum / (n * A);
    }
    const fitted = clampByte(Math.round(level) + 16);
    const usual = usualLuma(r, g, b);
    const fittedError = decodedError(r, g, b, fitted, mr, mg, mb);
    const usualError = usual === fitted ? fittedError : decodedError(r, g, b, usual, mr, mg, mb);
    this.error = Math.min(fittedError, usualError);
    return usualError < fittedError ? usual : fitted;
  }
}
