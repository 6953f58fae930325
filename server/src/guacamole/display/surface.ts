/**
 * A layer's or buffer's pixels: RGBA with premultiplied alpha, one 32-bit word per pixel
 * (little-endian: R in the low byte, A in the high), as canvas and Cairo keep them, so that
 * every Porter-Duff operation is a sum of products and "over black" is the colour itself.
 *
 * Guacamole's composite modes are channel masks: bit 8 keeps the source where the destination is
 * transparent, 4 the source where it is opaque, 2 the destination where the source is
 * transparent, 1 the destination where the source is opaque. So for every mode
 *   result = S·(b8·(1−αD) + b4·αD) + D·(b2·(1−αS) + b1·αS)
 * which gives OVER (14), SRC (12), ROUT (2), RATOP (9), XOR (10), PLUS (15) and the rest from one
 * formula. Operations touch only the rectangle drawn: guacd means "this area", whereas a browser
 * canvas would also clear everything outside the shape for the unbounded modes.
 */
export const Mode = {
  ROUT: 0x2,
  RATOP: 0x9,
  SRC: 0xc,
  OVER: 0xe,
} as const;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A decoded image in the surfaces' own pixel format. */
export interface Pixels {
  width: number;
  height: number;
  /** Premultiplied RGBA words, row after row. */
  words: Uint32Array;
  /** Every pixel has alpha 255: drawn by copying rows. */
  opaque: boolean;
}

/** Packs a colour given with straight alpha (as `cfill` gives it) into a premultiplied word. */
export function premultipliedWord(r: number, g: number, b: number, a: number): number {
  const m = (c: number) => Math.round((clampByte(c) * clampByte(a)) / 255);
  return (m(r) | (m(g) << 8) | (m(b) << 16) | (clampByte(a) << 24)) >>> 0;
}

function clampByte(value: number): number {
  return value < 0 ? 0 : value > 255 ? 255 : value | 0;
}

/** One premultiplied pixel composited with a channel mask; words in, word out. */
function composite(mode: number, s: number, d: number): number {
  const sa = s >>> 24;
  const da = d >>> 24;
  const fs = (mode & 8 ? 255 - da : 0) + (mode & 4 ? da : 0);
  const fd = (mode & 2 ? 255 - sa : 0) + (mode & 1 ? sa : 0);
  let out = 0;
  for (let shift = 0; shift < 32; shift += 8) {
    const value = (((s >>> shift) & 255) * fs + ((d >>> shift) & 255) * fd + 127) / 255;
    out |= (value > 255 ? 255 : value | 0) << shift;
  }
  return out >>> 0;
}

/**
 * A premultiplied source pixel drawn OVER a destination pixel: s + d·(1 − αs), two channels per
 * multiplication, with x/255 rounded as (x + 128 + ((x + 128) >> 8)) >> 8. A valid premultiplied
 * source never carries one channel into the next.
 */
function over(s: number, d: number): number {
  const k = 255 - (s >>> 24);
  let rb = (d & 0xff00ff) * k + 0x800080;
  rb = ((rb + ((rb >>> 8) & 0xff00ff)) >>> 8) & 0xff00ff;
  let ag = ((d >>> 8) & 0xff00ff) * k + 0x800080;
  ag = ((ag + ((ag >>> 8) & 0xff00ff)) >>> 8) & 0xff00ff;
  return (s + ((rb | (ag << 8)) >>> 0)) >>> 0;
}

export class Surface {
  width = 0;
  height = 0;
  words = new Uint32Array(0);

  constructor(width = 0, height = 0) {
    this.resize(width, height);
  }

  /** Changes the size, keeping the pixels that still fit; new area is transparent. */
  resize(width: number, height: number): void {
    if (width === this.width && height === this.height) return;
    const words = new Uint32Array(width * height);
    const rows = Math.min(height, this.height);
    const cols = Math.min(width, this.width);
    for (let y = 0; y < rows; y++) words.set(this.words.subarray(y * this.width, y * this.width + cols), y * width);
    this.words = words;
    this.width = width;
    this.height = height;
  }

  get pixels(): number {
    return this.width * this.height;
  }

  /** The part of a rectangle inside the surface, or null when none is. */
  clip(x: number, y: number, width: number, height: number): Rect | null {
    const x0 = Math.max(0, x);
    const y0 = Math.max(0, y);
    const x1 = Math.min(this.width, x + width);
    const y1 = Math.min(this.height, y + height);
    return x1 > x0 && y1 > y0 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
  }

  /** Fills a rectangle with a premultiplied colour. */
  fill(rect: Rect, mode: number, color: number): void {
    const r = this.clip(rect.x, rect.y, rect.width, rect.height);
    if (!r) return;
    const { words, width } = this;
    const alpha = color >>> 24;
    // The cases guacd writes: paint (OVER opaque, SRC) and clear (ROUT opaque, RATOP transparent).
    let solid: number | null = null;
    if (mode === Mode.SRC || (mode === Mode.OVER && alpha === 255)) solid = color;
    else if ((mode === Mode.ROUT && alpha === 255) || (mode === Mode.RATOP && alpha === 0) || mode === 0) solid = 0;
    else if (mode === Mode.OVER && alpha === 0) return;
    for (let y = r.y; y < r.y + r.height; y++) {
      const start = y * width + r.x;
      const end = start + r.width;
      if (solid !== null) {
        words.fill(solid, start, end);
        continue;
      }
      for (let i = start; i < end; i++) words[i] = mode === Mode.OVER ? over(color, words[i]!) : composite(mode, color, words[i]!);
    }
  }

  /**
   * Draws `source` (a surface or decoded image) from (sx, sy), `width`×`height`, to (dx, dy).
   * The source may be this surface: rows are then taken in an order that reads each before it
   * is overwritten.
   */
  draw(source: Pixels | Surface, sx: number, sy: number, width: number, height: number, dx: number, dy: number, mode: number): void {
    // Clip to the source, then to the destination, moving both origins alike.
    let x0 = Math.max(sx, 0);
    let y0 = Math.max(sy, 0);
    let x1 = Math.min(sx + width, source.width);
    let y1 = Math.min(sy + height, source.height);
    dx += x0 - sx;
    dy += y0 - sy;
    if (dx < 0) {
      x0 -= dx;
      dx = 0;
    }
    if (dy < 0) {
      y0 -= dy;
      dy = 0;
    }
    x1 = Math.min(x1, x0 + this.width - dx);
    y1 = Math.min(y1, y0 + this.height - dy);
    const w = x1 - x0;
    const h = y1 - y0;
    if (w <= 0 || h <= 0) return;
    const src = source.words;
    const sw = source.width;
    const dst = this.words;
    const dw = this.width;
    const opaque = source instanceof Surface ? false : source.opaque;
    const same = source === this;
    // Moving down within one surface: copy the bottom row first.
    const upward = same && dy > y0;
    for (let k = 0; k < h; k++) {
      const row = upward ? h - 1 - k : k;
      const s = (y0 + row) * sw + x0;
      const d = (dy + row) * dw + dx;
      if (mode === Mode.SRC || (opaque && mode === Mode.OVER)) {
        // copyWithin and set both copy as if through a temporary: overlap within a row is safe.
        if (same) dst.copyWithin(d, s, s + w);
        else dst.set(src.subarray(s, s + w), d);
        continue;
      }
      if (same && dx > x0) {
        // Overlapping to the right within one row: read the row before writing it.
        const copy = src.slice(s, s + w);
        this.blendRow(copy, 0, d, w, mode);
      } else this.blendRow(src, s, d, w, mode);
    }
  }

  private blendRow(src: Uint32Array, s: number, d: number, w: number, mode: number): void {
    const dst = this.words;
    if (mode === Mode.OVER) {
      // Runs of opaque pixels (most of a desktop) are copied whole; the rest blended one by one.
      let i = 0;
      while (i < w) {
        let j = i;
        while (j < w && src[s + j]! >= 0xff000000) j++;
        if (j > i) {
          dst.set(src.subarray(s + i, s + j), d + i);
          i = j;
          continue;
        }
        const p = src[s + i]!;
        if (p >>> 24 !== 0) dst[d + i] = over(p, dst[d + i]!);
        i++;
      }
      return;
    }
    for (let i = 0; i < w; i++) dst[d + i] = composite(mode, src[s + i]!, dst[d + i]!);
  }

  /**
   * Draws a rectangle of `source` OVER this surface with an extra opacity (0-255): how a layer
   * is placed onto its parent when the display is composed.
   */
  overWithOpacity(source: Surface, sx: number, sy: number, width: number, height: number, dx: number, dy: number, opacity: number): void {
    if (opacity >= 255) {
      this.draw(source, sx, sy, width, height, dx, dy, Mode.OVER);
      return;
    }
    if (opacity <= 0) return;
    const src = source.words;
    const dst = this.words;
    for (let row = 0; row < height; row++) {
      let s = (sy + row) * source.width + sx;
      let d = (dy + row) * this.width + dx;
      for (let i = 0; i < width; i++, s++, d++) {
        const p = src[s]!;
        if (p === 0) continue;
        const scaled =
          (Math.round(((p & 0xff) * opacity) / 255) |
            (Math.round((((p >>> 8) & 0xff) * opacity) / 255) << 8) |
            (Math.round((((p >>> 16) & 0xff) * opacity) / 255) << 16) |
            (Math.round(((p >>> 24) * opacity) / 255) << 24)) >>>
          0;
        dst[d] = over(scaled, dst[d]!);
      }
    }
  }

  /**
   * Applies one of the 16 binary raster operations (`transfer`) to the colour channels: bit 0 of
   * `fn` is the result where source and destination bits are both 1, bit 1 where only the
   * source's is, bit 2 where only the destination's is, bit 3 where neither is. SRC (3) and NSRC
   * (12) take the source's alpha, the others keep the destination's.
   */
  transfer(source: Surface, sx: number, sy: number, width: number, height: number, fn: number, dx: number, dy: number): void {
    const r = this.clip(dx, dy, Math.min(width, source.width - sx), Math.min(height, source.height - sy));
    if (!r || sx < 0 || sy < 0) return;
    const t0 = fn & 1 ? 0xffffff : 0;
    const t1 = fn & 2 ? 0xffffff : 0;
    const t2 = fn & 4 ? 0xffffff : 0;
    const t3 = fn & 8 ? 0xffffff : 0;
    const takesAlpha = fn === 0x3 || fn === 0xc;
    const copy = source === this ? source.words.slice() : source.words;
    for (let row = 0; row < r.height; row++) {
      const s0 = (sy + r.y - dy + row) * source.width + sx + r.x - dx;
      const d0 = (r.y + row) * this.width + r.x;
      for (let i = 0; i < r.width; i++) {
        const s = copy[s0 + i]!;
        const d = this.words[d0 + i]!;
        const rgb = ((t0 & s & d) | (t1 & s & ~d) | (t2 & ~s & d) | (t3 & ~s & ~d)) & 0xffffff;
        this.words[d0 + i] = (rgb | ((takesAlpha ? s : d) & 0xff000000)) >>> 0;
      }
    }
  }
}
