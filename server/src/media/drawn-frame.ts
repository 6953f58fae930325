/**
 * The largest frame a drawn export (a terminal or a desktop replayed and encoded frame by frame)
 * is made at. A task service holds several such frames at once (as painted, as YUV, those in
 * flight to ffmpeg) and x264 several more, so memory grows with the frame: about 1 GB at this
 * limit, 3.7 GB for the 10,000 × 10,000 a 1000 × 500 terminal asks at a 16 px font. A recording
 * may declare any size in a few bytes; the limit keeps what it costs to export bounded.
 *
 * 7680 × 4320 (8K UHD) is the largest frame H.264's top level describes; no real terminal or
 * desktop needs more. Each side is also at most 8192 pixels, guacd's own limit.
 */
export const MAX_DRAWN_FRAME = { side: 8192, pixels: 7680 * 4320 } as const;

export function drawnFrameFits(width: number, height: number): boolean {
  return width <= MAX_DRAWN_FRAME.side && height <= MAX_DRAWN_FRAME.side && width * height <= MAX_DRAWN_FRAME.pixels;
}

/** The limit in words, for refusals: "at most 8192 pixels a side and 33,177,600 pixels in all". */
export function drawnFrameLimit(): string {
  return `at most ${MAX_DRAWN_FRAME.side} pixels a side and ${MAX_DRAWN_FRAME.pixels.toLocaleString('en-US')} pixels in all (7680 × 4320)`;
}
