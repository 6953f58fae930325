import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { CellMetrics } from './cell-metrics.js';
import { fontFor, registerFonts } from './fonts.js';
import { drawSpecialGlyph } from './special-glyphs.js';

/** Coverage of one glyph over its cells: one byte (0..255) per pixel, row by row. */
export interface GlyphMask {
  width: number;
  height: number;
  alpha: Uint8Array;
  /** False when no pixel is covered (spaces, unknown zero-width characters). */
  inked: boolean;
}

/**
 * Draws each distinct character once, white on black, and keeps its coverage. Frames are then
 * composed from these masks in memory, which is far cheaper than drawing text for every frame.
 */
export class GlyphRasterizer {
  private readonly cache = new Map<string, GlyphMask>();
  private readonly canvas: Canvas;
  private readonly ctx: SKRSContext2D;

  constructor(private readonly metrics: CellMetrics) {
    registerFonts();
    this.canvas = createCanvas(metrics.cellWidth * 2, metrics.cellHeight);
    this.ctx = this.canvas.getContext('2d');
  }

  get size(): number {
    return this.cache.size;
  }

  mask(chars: string, cells: 1 | 2, bold: boolean, italic: boolean): GlyphMask {
    const key = `${cells}${bold ? 'b' : '-'}${italic ? 'i' : '-'}${chars}`;
    let mask = this.cache.get(key);
    if (!mask) {
      mask = this.draw(chars, cells, bold, italic);
      this.cache.set(key, mask);
    }
    return mask;
  }

  private draw(chars: string, cells: 1 | 2, bold: boolean, italic: boolean): GlyphMask {
    const { cellWidth, cellHeight, baseline, fontSize } = this.metrics;
    const width = cellWidth * cells;
    const ctx = this.ctx;
    ctx.fillStyle = '#000000';
    ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.fillStyle = '#ffffff';
    const codePoint = chars.codePointAt(0) ?? 32;
    if (!(chars.length <= 2 && drawSpecialGlyph(ctx, codePoint, width, cellHeight))) {
      ctx.font = fontFor(fontSize, bold, italic);
      ctx.textBaseline = 'alphabetic';
      const advance = ctx.measureText(chars).width;
      ctx.save();
      ctx.beginPath();
      ctx.rect(0, 0, width, cellHeight);
      ctx.clip();
      if (advance > width * 1.05) {
        // A fallback glyph wider than its cells (some emoji): shrink it to fit rather than clip it.
        const scale = width / advance;
        ctx.translate(0, baseline * (1 - scale));
        ctx.scale(scale, scale);
        ctx.fillText(chars, 0, baseline);
      } else {
        ctx.fillText(chars, Math.max(0, (width - advance) / 2), baseline);
      }
      ctx.restore();
    }
    const data = ctx.getImageData(0, 0, width, cellHeight).data;
    const alpha = new Uint8Array(width * cellHeight);
    let inked = false;
    for (let i = 0, p = 0; i < alpha.length; i++, p += 4) {
      // Grey-scale anti-aliasing gives equal channels; take the largest in case of colour fringes.
      const a = Math.max(data[p]!, data[p + 1]!, data[p + 2]!);
      alpha[i] = a;
      if (a !== 0) inked = true;
    }
    return { width, height: cellHeight, alpha, inked };
  }
}
