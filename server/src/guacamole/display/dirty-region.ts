import type { Rect } from './surface.js';

/** More separate rectangles than this are merged into their bounding box: one large repaint costs less than many small ones. */
const MAX_RECTS = 24;

/**
 * The parts of the canvas that changed since the last frame, as a few rectangles clipped to the
 * canvas. Only they are composed and converted to YUV again, so a blinking cursor costs a few
 * hundred pixels, not a whole frame.
 */
export class DirtyRegion {
  private rects: Rect[] = [];

  constructor(
    private readonly width: number,
    private readonly height: number,
  ) {}

  get empty(): boolean {
    return this.rects.length === 0;
  }

  add(x: number, y: number, width: number, height: number): void {
    const x0 = Math.max(0, Math.floor(x));
    const y0 = Math.max(0, Math.floor(y));
    const x1 = Math.min(this.width, Math.ceil(x + width));
    const y1 = Math.min(this.height, Math.ceil(y + height));
    if (x1 <= x0 || y1 <= y0) return;
    let rect: Rect = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
    // Absorb every rectangle this one touches, until none is left to absorb.
    for (let merged = true; merged; ) {
      merged = false;
      for (let i = 0; i < this.rects.length; i++) {
        const other = this.rects[i]!;
        if (other.x > rect.x + rect.width || rect.x > other.x + other.width || other.y > rect.y + rect.height || rect.y > other.y + other.height) continue;
        rect = bounds(rect, other);
        this.rects.splice(i, 1);
        merged = true;
        break;
      }
    }
    this.rects.push(rect);
    if (this.rects.length > MAX_RECTS) this.rects = [this.rects.reduce(bounds)];
  }

  addAll(): void {
    this.rects = [];
    this.add(0, 0, this.width, this.height);
  }

  /** The changed rectangles, emptying the region. */
  take(): Rect[] {
    const rects = this.rects;
    this.rects = [];
    return rects;
  }
}

function bounds(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}
