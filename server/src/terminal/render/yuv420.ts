/**
 * The frame as planar YUV 4:2:0 (I420), the format H.264 encodes. Converting here, only where
 * the frame changed, is cheaper than having ffmpeg convert every whole frame, and sends ffmpeg
 * 1.5 bytes a pixel instead of 4.
 *
 * BT.709 coefficients in limited range, the standard for HD video; the encoder tags the stream
 * so that players decode the colours as they were drawn.
 */
export class Yuv420Frame {
  /** Y plane, then U, then V: the bytes ffmpeg reads for one frame. */
  readonly bytes: Buffer;
  private readonly y: Uint8Array;
  private readonly u: Uint8Array;
  private readonly v: Uint8Array;

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
   * Converts the rectangle [left, right) × [top, bottom) of an RGBA frame; the bounds are widened
   * to even numbers, as 4:2:0 colour covers 2×2 pixels.
   */
  convertRect(rgba: Uint8Array, left: number, right: number, top: number, bottom: number): void {
    const { width, y: Y, u: U, v: V } = this;
    const chromaWidth = width >> 1;
    const x0 = left & ~1;
    const x1 = Math.min(width, right + (right & 1));
    for (let row = top & ~1; row < bottom; row += 2) {
      let p0 = (row * width + x0) * 4;
      let p1 = p0 + width * 4;
      let l0 = row * width + x0;
      let l1 = l0 + width;
      let c = (row >> 1) * chromaWidth + (x0 >> 1);
      for (let x = x0; x < x1; x += 2, p0 += 8, p1 += 8, l0 += 2, l1 += 2, c++) {
        const r00 = rgba[p0]!,
          g00 = rgba[p0 + 1]!,
          b00 = rgba[p0 + 2]!;
        const r01 = rgba[p0 + 4]!,
          g01 = rgba[p0 + 5]!,
          b01 = rgba[p0 + 6]!;
        const r10 = rgba[p1]!,
          g10 = rgba[p1 + 1]!,
          b10 = rgba[p1 + 2]!;
        const r11 = rgba[p1 + 4]!,
          g11 = rgba[p1 + 5]!,
          b11 = rgba[p1 + 6]!;
        Y[l0] = ((47 * r00 + 157 * g00 + 16 * b00 + 128) >> 8) + 16;
        Y[l0 + 1] = ((47 * r01 + 157 * g01 + 16 * b01 + 128) >> 8) + 16;
        Y[l1] = ((47 * r10 + 157 * g10 + 16 * b10 + 128) >> 8) + 16;
        Y[l1 + 1] = ((47 * r11 + 157 * g11 + 16 * b11 + 128) >> 8) + 16;
        const r = r00 + r01 + r10 + r11;
        const g = g00 + g01 + g10 + g11;
        const b = b00 + b01 + b10 + b11;
        U[c] = ((-26 * r - 86 * g + 112 * b + 512) >> 10) + 128;
        V[c] = ((112 * r - 102 * g - 10 * b + 512) >> 10) + 128;
      }
    }
  }

  /** Copies pixel rows [from, from + count) to [to, to + count); all even. */
  copyRows(from: number, to: number, count: number): void {
    const { width } = this;
    this.y.copyWithin(to * width, from * width, (from + count) * width);
    const half = width >> 1;
    this.u.copyWithin((to >> 1) * half, (from >> 1) * half, ((from + count) >> 1) * half);
    this.v.copyWithin((to >> 1) * half, (from >> 1) * half, ((from + count) >> 1) * half);
  }
}
