import { createCanvas } from '@napi-rs/canvas';
import { fontFor, registerFonts } from './fonts.js';
import { MAX_FONT_SIZE, MIN_FONT_SIZE } from './terminal-render-options.js';

/** The pixel grid of the rendered terminal: every cell is the same whole number of pixels. */
export interface CellMetrics {
  fontSize: number;
  cellWidth: number;
  cellHeight: number;
  /** Distance from the cell's top to the text baseline. */
  baseline: number;
}

/**
 * Cells are sized from the font: the advance of "M" rounded up (so glyphs never overlap), and a
 * line height of 1.2 em or the font's own ascent + descent, whichever is taller, so that
 * descenders and box-drawing lines fit.
 */
export function cellMetrics(fontSize: number): CellMetrics {
  if (!Number.isInteger(fontSize) || fontSize < MIN_FONT_SIZE || fontSize > MAX_FONT_SIZE) {
    throw new RangeError(`The font size must be a whole number of pixels from ${MIN_FONT_SIZE} to ${MAX_FONT_SIZE}`);
  }
  registerFonts();
  const ctx = createCanvas(8, 8).getContext('2d');
  ctx.font = fontFor(fontSize, false, false);
  const m = ctx.measureText('M');
  const ascent = m.fontBoundingBoxAscent || fontSize * 0.928;
  const descent = m.fontBoundingBoxDescent || fontSize * 0.236;
  const cellWidth = Math.ceil(m.width);
  // The deepest descender and tallest letter actually drawn, regular and bold: the underscore
  // sits lowest, and must not fall off the cell (it would vanish: "worker_processes" read as
  // "worker processes").
  const inked = { ascent: 0, descent: 0 };
  for (const bold of [false, true]) {
    ctx.font = fontFor(fontSize, bold, false);
    for (const ch of 'MHldbk') inked.ascent = Math.max(inked.ascent, ctx.measureText(ch).actualBoundingBoxAscent);
    for (const ch of '_gjpqy') inked.descent = Math.max(inked.descent, ctx.measureText(ch).actualBoundingBoxDescent);
  }
  const below = Math.ceil(inked.descent) + 1;
  const above = Math.ceil(inked.ascent);
  // Even, so that every cell row starts on an even pixel row (4:2:0 chroma covers row pairs).
  const tall = Math.max(Math.ceil(fontSize * 1.2), Math.ceil(ascent + descent), above + below);
  const cellHeight = tall + (tall % 2);
  const centred = Math.round((cellHeight - (ascent + descent)) / 2 + ascent);
  const baseline = Math.max(above, Math.min(centred, cellHeight - below));
  return { fontSize, cellWidth, cellHeight, baseline };
}
