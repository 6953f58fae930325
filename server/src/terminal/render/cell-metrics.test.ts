import { describe, expect, it } from 'vitest';
import { cellMetrics } from './cell-metrics.js';
import { MAX_FONT_SIZE, MIN_FONT_SIZE } from './terminal-render-options.js';
import { GlyphRasterizer } from './glyph-rasterizer.js';

describe('cellMetrics', () => {
  it('gives whole, even cell heights and keeps underscores and descenders inside the cell at every size', () => {
    for (let size = MIN_FONT_SIZE; size <= MAX_FONT_SIZE; size++) {
      const metrics = cellMetrics(size);
      expect(metrics.cellHeight % 2, `${size} px`).toBe(0);
      const glyphs = new GlyphRasterizer(metrics);
      for (const bold of [false, true]) {
        // Ink that fell off the cell would be missing from the mask.
        const underscore = glyphs.mask('_', 1, bold, false);
        const inked = underscore.alpha.reduce((sum, a) => sum + a, 0);
        expect(inked, `"_" at ${size} px${bold ? ' bold' : ''}`).toBeGreaterThan(underscore.width * 100);
        for (const ch of 'gjpqyMH') expect(glyphs.mask(ch, 1, bold, false).inked, `"${ch}" at ${size} px`).toBe(true);
      }
    }
  });

  it('refuses sizes outside the supported range', () => {
    expect(() => cellMetrics(MIN_FONT_SIZE - 1)).toThrow(RangeError);
    expect(() => cellMetrics(MAX_FONT_SIZE + 1)).toThrow(RangeError);
    expect(() => cellMetrics(12.5)).toThrow(RangeError);
  });
});
