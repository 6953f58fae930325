import type { CellMetrics } from './cell-metrics.js';
import type { GlyphMask } from './glyph-rasterizer.js';
import { Yuv420Frame } from './yuv420.js';

/** Coverage is blended in 32 steps: finer than the eye sees on text edges, and a small table. */
const BLEND_STEPS = 32;
const ALPHA_STEP = Uint8Array.from({ length: 256 }, (_, a) => Math.round((a * BLEND_STEPS) / 255));

/** 0xRRGGBB as a little-endian RGBA pixel word (bytes R, G, B, A in memory). */
export function pixelOf(rgb: number): number {
  return (0xff000000 | ((rgb & 0xff) << 16) | (rgb & 0xff00) | ((rgb >>> 16) & 0xff)) >>> 0;
}

/** The frame a grid of cells is painted on: the grid inside its margin, at least `minimum`, even sides (4:2:0). */
export function paintedFrameSize(
  metrics: CellMetrics,
  cols: number,
  rows: number,
  margin: number,
  minimum: { width: number; height: number },
): { width: number; height: number } {
  const even = (n: number) => n + (n % 2);
  return {
    width: even(Math.max(minimum.width, cols * metrics.cellWidth + 2 * margin)),
    height: even(Math.max(minimum.height, rows * metrics.cellHeight + 2 * margin)),
  };
}

/**
 * The frame in memory, RGBA, with the terminal grid inside a margin. Cells are painted from glyph
 * masks with a per-colour-pair blend table, and scrolled by moving pixel rows, so an unchanged
 * cell is never touched again.
 */
export class FramePainter {
  readonly width: number;
  readonly height: number;
  /** RGBA bytes: what is painted. */
  readonly pixels: Buffer;
  /** The same frame in YUV 4:2:0, brought up to date by `finishFrame`. */
  readonly yuv: Yuv420Frame;
  /** Rectangles painted since the last `finishFrame`: left, right, top, bottom in pixels. */
  private dirty: number[] = [];
  private readonly words: Uint32Array;
  private readonly blendTables = new Map<number, Uint32Array>();
  private readonly underlineY: number;
  private readonly strikeY: number;
  private readonly lineThickness: number;

  constructor(
    private readonly metrics: CellMetrics,
    readonly cols: number,
    readonly rows: number,
    readonly margin: number,
    minimum: { width: number; height: number } = { width: 0, height: 0 },
  ) {
    // Cell rows must start on even pixel rows so that 4:2:0 chroma rows move with them.
    if (metrics.cellHeight % 2 || margin % 2) throw new RangeError('Cell height and margin must be even');
    ({ width: this.width, height: this.height } = paintedFrameSize(metrics, cols, rows, margin, minimum));
    this.pixels = Buffer.alloc(this.width * this.height * 4);
    this.words = new Uint32Array(this.pixels.buffer, this.pixels.byteOffset, this.width * this.height);
    this.yuv = new Yuv420Frame(this.width, this.height);
    this.lineThickness = Math.max(1, Math.round(metrics.fontSize / 14));
    this.underlineY = Math.min(metrics.cellHeight - this.lineThickness, metrics.baseline + Math.max(1, Math.round(metrics.fontSize / 10)));
    this.strikeY = Math.round(metrics.baseline - metrics.fontSize * 0.3);
  }

  /** Top-left pixel of a cell. */
  cellOrigin(col: number, row: number): { x: number; y: number } {
    return { x: this.originX + col * this.metrics.cellWidth, y: this.originY + row * this.metrics.cellHeight };
  }

  /** The grid is centred when the frame is larger than it (tiny terminals get a minimum frame). */
  private get originX(): number {
    return Math.floor((this.width - this.cols * this.metrics.cellWidth) / 2);
  }

  private get originY(): number {
    return Math.floor((this.height - this.rows * this.metrics.cellHeight) / 4) * 2;
  }

  /** Brings the YUV frame up to date with what was painted; call once per frame before sending it. */
  finishFrame(): void {
    const d = this.dirty;
    for (let i = 0; i < d.length; i += 4) this.yuv.convertRect(this.pixels, d[i]!, d[i + 1]!, d[i + 2]!, d[i + 3]!);
    this.dirty = [];
  }

  /** Records a painted rectangle, joining it to the previous one when they touch on one row of cells. */
  private mark(left: number, right: number, top: number, bottom: number): void {
    const d = this.dirty;
    const n = d.length;
    if (n > 0 && d[n - 2] === top && d[n - 1] === bottom && d[n - 3]! >= left - 2) {
      d[n - 3] = Math.max(d[n - 3]!, right);
      d[n - 4] = Math.min(d[n - 4]!, left);
      return;
    }
    d.push(left, right, top, bottom);
  }

  fill(rgb: number): void {
    this.words.fill(pixelOf(rgb));
    this.dirty = [0, this.width, 0, this.height];
  }

  /** Paints a block of cells with a background colour (parts of the grid the terminal does not cover). */
  fillCells(col: number, row: number, cols: number, rows: number, rgb: number): void {
    if (cols <= 0 || rows <= 0) return;
    const { cellWidth, cellHeight } = this.metrics;
    const pixel = pixelOf(rgb);
    const x0 = this.originX + col * cellWidth;
    const y0 = this.originY + row * cellHeight;
    this.mark(x0, x0 + cols * cellWidth, y0, y0 + rows * cellHeight);
    for (let y = y0; y < y0 + rows * cellHeight; y++) {
      const start = y * this.width + x0;
      this.words.fill(pixel, start, start + cols * cellWidth);
    }
  }

  /**
   * Paints one character over `cells` cells (2 for wide characters). `mask` null or uninked means
   * background only.
   */
  paintCell(col: number, row: number, cells: number, mask: GlyphMask | null, fg: number, bg: number, underline: boolean, strike: boolean): void {
    const { cellWidth, cellHeight } = this.metrics;
    const w = cellWidth * cells;
    const x0 = this.originX + col * cellWidth;
    const y0 = this.originY + row * cellHeight;
    const words = this.words;
    const stride = this.width;
    const bgPixel = pixelOf(bg);
    this.mark(x0, x0 + w, y0, y0 + cellHeight);
    if (!mask?.inked) {
      for (let y = 0; y < cellHeight; y++) {
        const start = (y0 + y) * stride + x0;
        words.fill(bgPixel, start, start + w);
      }
    } else {
      const table = this.blendTable(fg, bg);
      const alpha = mask.alpha;
      const maskWidth = mask.width;
      const drawWidth = Math.min(w, maskWidth);
      for (let y = 0; y < cellHeight; y++) {
        let p = (y0 + y) * stride + x0;
        let m = y * maskWidth;
        for (let x = 0; x < drawWidth; x++) words[p++] = table[ALPHA_STEP[alpha[m++]!]!]!;
        if (drawWidth < w) words.fill(bgPixel, p, p + (w - drawWidth));
      }
    }
    if (underline) this.line(x0, y0 + this.underlineY, w, fg);
    if (strike) this.line(x0, y0 + this.strikeY, w, fg);
  }

  /** Copies the pixels of cell rows [from, from + count) to [to, to + count); the blocks may overlap. */
  copyRows(from: number, to: number, count: number): void {
    if (count <= 0 || from === to) return;
    const { cellWidth, cellHeight } = this.metrics;
    const x0 = this.originX;
    const rowWords = this.cols * cellWidth;
    const copyLine = (line: number) => {
      const src = (this.originY + from * cellHeight + line) * this.width + x0;
      const dst = (this.originY + to * cellHeight + line) * this.width + x0;
      this.words.copyWithin(dst, src, src + rowWords);
    };
    const lines = count * cellHeight;
    // Copy in the direction that never overwrites lines still to be read.
    if (from > to) for (let l = 0; l < lines; l++) copyLine(l);
    else for (let l = lines - 1; l >= 0; l--) copyLine(l);
    // The rows keep their colours when moved, so the YUV frame is moved too rather than converted.
    this.finishFrame();
    this.yuv.copyRows(this.originY + from * cellHeight, this.originY + to * cellHeight, lines);
  }

  private line(x0: number, y: number, w: number, rgb: number): void {
    const pixel = pixelOf(rgb);
    for (let t = 0; t < this.lineThickness; t++) {
      const start = (y + t) * this.width + x0;
      this.words.fill(pixel, start, start + w);
    }
  }

  private blendTable(fg: number, bg: number): Uint32Array {
    const key = fg * 0x1000000 + bg;
    let table = this.blendTables.get(key);
    if (!table) {
      table = new Uint32Array(BLEND_STEPS + 1);
      for (let i = 0; i <= BLEND_STEPS; i++) {
        const a = i / BLEND_STEPS;
        const channel = (shift: number) => Math.round(((fg >>> shift) & 255) * a + ((bg >>> shift) & 255) * (1 - a));
        table[i] = pixelOf((channel(16) << 16) | (channel(8) << 8) | channel(0));
      }
      // Long sessions with true-colour gradients could otherwise grow this without bound.
      if (this.blendTables.size > 65_536) this.blendTables.clear();
      this.blendTables.set(key, table);
    }
    return table;
  }
}
