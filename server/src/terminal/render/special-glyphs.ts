import type { SKRSContext2D } from '@napi-rs/canvas';
import { BOX_ARMS } from './box-arms.js';

/**
 * Glyphs drawn as shapes instead of taken from the font: box-drawing lines, block elements and
 * powerline separators must touch the cell edges exactly so that neighbouring cells join up,
 * which font glyphs do not do at every cell size. Terminals (xterm.js, kitty, ...) do the same.
 *
 * Draws white on the black context in a `w`×`h` cell; returns false when the character is not one
 * of these.
 */
export function drawSpecialGlyph(ctx: SKRSContext2D, codePoint: number, w: number, h: number): boolean {
  const arms = BOX_ARMS[codePoint];
  if (arms) {
    drawBox(ctx, arms, w, h);
    return true;
  }
  if (codePoint >= 0x2580 && codePoint <= 0x259f) return drawBlock(ctx, codePoint, w, h);
  if (codePoint >= 0xe0b0 && codePoint <= 0xe0b7) {
    drawPowerline(ctx, codePoint, w, h);
    return true;
  }
  return false;
}

function rect(ctx: SKRSContext2D, x0: number, y0: number, x1: number, y1: number): void {
  const left = Math.round(x0);
  const top = Math.round(y0);
  ctx.fillRect(left, top, Math.max(1, Math.round(x1) - left), Math.max(1, Math.round(y1) - top));
}

function drawBox(ctx: SKRSContext2D, arms: string, w: number, h: number): void {
  const light = Math.max(1, Math.round(w / 9));
  const heavy = Math.max(light + 1, light * 2);
  const cx = Math.floor(w / 2);
  const cy = Math.floor(h / 2);
  const [up, right, down, left] = [...arms].map(Number) as [number, number, number, number];
  // Strokes run from the cell edge to just past the centre, so perpendicular strokes overlap.
  const stroke = (weight: number, vertical: boolean, from: number, to: number) => {
    if (weight === 0) return;
    const centre = vertical ? cx : cy;
    const offsets = weight === 3 ? [-light, light] : [0];
    const thickness = weight === 2 ? heavy : light;
    for (const offset of offsets) {
      const a = centre + offset - Math.floor(thickness / 2);
      if (vertical) rect(ctx, a, from, a + thickness, to);
      else rect(ctx, from, a, to, a + thickness);
    }
  };
  const reach = (weight: number) => (weight === 3 ? light * 1.5 : weight === 2 ? heavy / 2 : light / 2) + 1;
  const horizontalReach = Math.max(reach(up), reach(down));
  const verticalReach = Math.max(reach(left), reach(right));
  stroke(up, true, 0, cy + verticalReach);
  stroke(down, true, cy - verticalReach, h);
  stroke(left, false, 0, cx + horizontalReach);
  stroke(right, false, cx - horizontalReach, w);
}

function drawBlock(ctx: SKRSContext2D, cp: number, w: number, h: number): boolean {
  const shade = { 0x2591: 0.25, 0x2592: 0.5, 0x2593: 0.75 }[cp];
  if (shade !== undefined) {
    ctx.fillStyle = `rgba(255,255,255,${shade})`;
    ctx.fillRect(0, 0, w, h);
    ctx.fillStyle = '#ffffff';
    return true;
  }
  if (cp === 0x2580) rect(ctx, 0, 0, w, h / 2);
  else if (cp >= 0x2581 && cp <= 0x2588) rect(ctx, 0, h - (h * (cp - 0x2580)) / 8, w, h);
  else if (cp >= 0x2589 && cp <= 0x258f) rect(ctx, 0, 0, (w * (0x2590 - cp)) / 8, h);
  else if (cp === 0x2590) rect(ctx, w / 2, 0, w, h);
  else if (cp === 0x2594) rect(ctx, 0, 0, w, h / 8);
  else if (cp === 0x2595) rect(ctx, (w * 7) / 8, 0, w, h);
  else {
    // Quadrants: upper-left, upper-right, lower-left, lower-right.
    const quadrants: Record<number, [boolean, boolean, boolean, boolean]> = {
      0x2596: [false, false, true, false],
      0x2597: [false, false, false, true],
      0x2598: [true, false, false, false],
      0x2599: [true, false, true, true],
      0x259a: [true, false, false, true],
      0x259b: [true, true, true, false],
      0x259c: [true, true, false, true],
      0x259d: [false, true, false, false],
      0x259e: [false, true, true, false],
      0x259f: [false, true, true, true],
    };
    const q = quadrants[cp];
    if (!q) return false;
    if (q[0]) rect(ctx, 0, 0, w / 2, h / 2);
    if (q[1]) rect(ctx, w / 2, 0, w, h / 2);
    if (q[2]) rect(ctx, 0, h / 2, w / 2, h);
    if (q[3]) rect(ctx, w / 2, h / 2, w, h);
  }
  return true;
}

function drawPowerline(ctx: SKRSContext2D, cp: number, w: number, h: number): void {
  const pointsRight = cp === 0xe0b0 || cp === 0xe0b1 || cp === 0xe0b4 || cp === 0xe0b5;
  const solid = cp % 2 === 0;
  const rounded = cp >= 0xe0b4;
  ctx.beginPath();
  if (rounded) {
    // A half ellipse bulging towards the side it points to.
    ctx.ellipse(pointsRight ? 0 : w, h / 2, w, h / 2, 0, -Math.PI / 2, Math.PI / 2, !pointsRight);
  } else if (pointsRight) {
    ctx.moveTo(0, 0);
    ctx.lineTo(w, h / 2);
    ctx.lineTo(0, h);
  } else {
    ctx.moveTo(w, 0);
    ctx.lineTo(0, h / 2);
    ctx.lineTo(w, h);
  }
  if (solid) {
    ctx.closePath();
    ctx.fill();
  } else {
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = Math.max(1, Math.round(w / 9));
    ctx.stroke();
  }
}
