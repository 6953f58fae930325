import { describe, expect, it } from 'vitest';
import { GuacamoleError } from '../guacamole-error.js';
import type { GuacamoleInstruction } from '../instruction-parser.js';
import { GuacamoleDisplay, MAX_TOTAL_PIXELS } from './display.js';
import { premultipliedWord, type Pixels } from './surface.js';

let number = 0;
function ins(opcode: string, ...args: (string | number)[]): GuacamoleInstruction {
  return { opcode, args: args.map(String), byteOffset: number * 10, number: ++number };
}

function run(display: GuacamoleDisplay, ...instructions: GuacamoleInstruction[]): GuacamoleDisplay {
  for (const instruction of instructions) display.apply(instruction);
  display.compose();
  return display;
}

/** A pixel of the composed frame as [r, g, b, a]. */
function pixel(display: GuacamoleDisplay, x: number, y: number): number[] {
  const word = display.frame.words[y * display.width + x]!;
  return [word & 255, (word >>> 8) & 255, (word >>> 16) & 255, word >>> 24];
}

function fill(layer: number, x: number, y: number, w: number, h: number, mode: number, r: number, g: number, b: number, a = 255) {
  return [ins('rect', layer, x, y, w, h), ins('cfill', mode, layer, r, g, b, a)];
}

function solidImage(width: number, height: number, r: number, g: number, b: number, a = 255): Pixels {
  return { width, height, words: new Uint32Array(width * height).fill(premultipliedWord(r, g, b, a)), opaque: a === 255 };
}

const base = () => new GuacamoleDisplay(64, 48);

describe('GuacamoleDisplay', () => {
  it('rounds the canvas up to even sides and shows black beyond the default layer', () => {
    const display = run(new GuacamoleDisplay(1023, 767), ins('size', 0, 1023, 767), ...fill(0, 0, 0, 1023, 767, 14, 200, 100, 50));
    expect([display.width, display.height]).toEqual([1024, 768]);
    expect(pixel(display, 1022, 766)).toEqual([200, 100, 50, 255]);
    expect(pixel(display, 1023, 767).slice(0, 3)).toEqual([0, 0, 0]);
  });

  it('fills with OVER (14): opaque paints, translucent blends', () => {
    const display = run(base(), ins('size', 0, 64, 48), ...fill(0, 0, 0, 64, 48, 14, 0, 0, 255), ...fill(0, 10, 10, 4, 4, 14, 255, 0, 0, 128));
    expect(pixel(display, 0, 0)).toEqual([0, 0, 255, 255]);
    expect(pixel(display, 11, 11)).toEqual([128, 0, 127, 255]);
  });

  it('fills with SRC (12): replaces, alpha included', () => {
    const display = base();
    run(display, ins('size', 0, 64, 48), ...fill(0, 0, 0, 64, 48, 14, 0, 0, 255), ...fill(0, 0, 0, 8, 8, 12, 255, 255, 255, 64));
    // Translucent white replacing blue, shown over black.
    expect(pixel(display, 1, 1)).toEqual([64, 64, 64, 64]);
    expect(pixel(display, 9, 9)).toEqual([0, 0, 255, 255]);
  });

  it('clears with ROUT (2) and RATOP (9), as guacd does for the pointer buffers', () => {
    const display = base();
    run(
      display,
      ins('size', 0, 64, 48),
      ...fill(0, 0, 0, 64, 48, 14, 10, 20, 30),
      ...fill(0, 0, 0, 4, 4, 2, 0, 0, 0, 255),
      ...fill(0, 4, 0, 4, 4, 9, 0, 0, 0, 0),
    );
    expect(pixel(display, 1, 1)).toEqual([0, 0, 0, 0]);
    expect(pixel(display, 5, 1)).toEqual([0, 0, 0, 0]);
    expect(pixel(display, 9, 1)).toEqual([10, 20, 30, 255]);
    // RATOP with a colour: the source only where the destination was transparent.
    run(display, ...fill(0, 0, 0, 8, 4, 9, 0, 255, 0, 255));
    expect(pixel(display, 1, 1)).toEqual([0, 255, 0, 255]);
  });

  it('computes every channel mask from one formula (XOR 10, PLUS 15, IN 4, ROVER 11)', () => {
    const half = (mode: number) => {
      const display = base();
      run(display, ins('size', 0, 64, 48), ...fill(0, 0, 0, 1, 1, 12, 0, 0, 255, 128), ...fill(0, 0, 0, 1, 1, mode, 255, 0, 0, 128));
      return pixel(display, 0, 0);
    };
    // S = red at 50 %, D = blue at 50 % (premultiplied 128).
    expect(half(10)).toEqual([64, 0, 64, 127]); // S·(1−αD) + D·(1−αS)
    expect(half(15)).toEqual([128, 0, 128, 255]); // S + D
    expect(half(4)).toEqual([64, 0, 0, 64]); // S·αD
    expect(half(11)).toEqual([64, 0, 128, 192]); // S·(1−αD) + D
  });

  it('draws decoded images with their mode and position', () => {
    const display = base();
    run(display, ins('size', 0, 64, 48), ...fill(0, 0, 0, 64, 48, 14, 0, 0, 0));
    display.drawImage(0, 14, 5, 6, solidImage(3, 2, 0, 255, 0));
    display.drawImage(0, 14, 20, 20, solidImage(2, 2, 255, 255, 255, 0));
    display.compose();
    expect(pixel(display, 5, 6)).toEqual([0, 255, 0, 255]);
    expect(pixel(display, 7, 7)).toEqual([0, 255, 0, 255]);
    expect(pixel(display, 8, 7)).toEqual([0, 0, 0, 255]);
    expect(pixel(display, 20, 20)).toEqual([0, 0, 0, 255]);
  });

  it('grows buffers to fit what is drawn on them, and copies from them', () => {
    const display = base();
    run(
      display,
      ins('size', 0, 64, 48),
      // Buffer -1 is never sized: the copy into it grows it.
      ...fill(0, 0, 0, 64, 48, 14, 9, 9, 9),
      ...fill(0, 30, 30, 10, 10, 14, 255, 0, 0),
      ins('copy', 0, 30, 30, 10, 10, 14, -1, 50, 40),
      ...fill(0, 30, 30, 10, 10, 14, 9, 9, 9),
      ins('copy', -1, 50, 40, 10, 10, 14, 0, 0, 0),
    );
    expect(pixel(display, 5, 5)).toEqual([255, 0, 0, 255]);
    expect(pixel(display, 35, 35)).toEqual([9, 9, 9, 255]);
    // A rect on a buffer grows it too.
    run(display, ...fill(-2, 100, 100, 5, 5, 14, 1, 2, 3), ins('copy', -2, 100, 100, 1, 1, 14, 0, 60, 0));
    expect(pixel(display, 60, 0)).toEqual([1, 2, 3, 255]);
  });

  it('copies within one layer without smearing (scrolling up and down)', () => {
    const display = base();
    const rows = [0, 1, 2, 3].flatMap((i) => fill(0, 0, i * 10, 64, 10, 12, i * 60, 0, 0));
    run(display, ins('size', 0, 64, 48), ...rows, ins('copy', 0, 0, 10, 64, 30, 14, 0, 0, 0));
    expect([0, 10, 20].map((y) => pixel(display, 0, y)[0])).toEqual([60, 120, 180]);
    run(display, ...rows, ins('copy', 0, 0, 0, 64, 30, 14, 0, 0, 10));
    expect([10, 20, 30].map((y) => pixel(display, 0, y)[0])).toEqual([0, 60, 120]);
    run(display, ...rows, ins('copy', 0, 0, 0, 40, 10, 14, 0, 5, 0));
    expect(pixel(display, 44, 0)[0]).toBe(0);
  });

  it('places nested layers with move, clipped to their parents, by z-order', () => {
    const display = base();
    run(
      display,
      ins('size', 0, 64, 48),
      ...fill(0, 0, 0, 64, 48, 14, 0, 0, 0),
      ins('size', 1, 20, 20),
      ins('move', 1, 0, 7, 7, 0),
      ...fill(1, 0, 0, 20, 20, 14, 255, 0, 0),
      ins('size', 2, 30, 30),
      ins('move', 2, 1, 10, 10, 0),
      ...fill(2, 0, 0, 30, 30, 14, 0, 255, 0),
      ins('size', 3, 4, 4),
      ins('move', 3, 0, 6, 6, 5),
      ...fill(3, 0, 0, 4, 4, 14, 0, 0, 255),
    );
    expect(pixel(display, 12, 12)).toEqual([255, 0, 0, 255]); // layer 1 at 7,7
    expect(pixel(display, 18, 18)).toEqual([0, 255, 0, 255]); // layer 2 at 7+10
    expect(pixel(display, 28, 28)).toEqual([0, 0, 0, 255]); // layer 2 clipped by layer 1 (ends at 27)
    expect(pixel(display, 7, 7)).toEqual([0, 0, 255, 255]); // layer 3 above (z 5)
    // Moving a layer below another, shading and disposing.
    run(display, ins('move', 3, 0, 6, 6, -1));
    expect(pixel(display, 7, 7)).toEqual([255, 0, 0, 255]);
    run(display, ins('shade', 1, 128));
    expect(pixel(display, 12, 12)).toEqual([128, 0, 0, 255]);
    run(display, ins('dispose', 1));
    expect(pixel(display, 12, 12)).toEqual([0, 0, 0, 255]);
    expect(pixel(display, 18, 18)).toEqual([0, 0, 0, 255]);
  });

  it('refuses a move that would nest a layer inside itself', () => {
    const display = base();
    run(display, ins('size', 0, 64, 48), ins('size', 1, 10, 10), ins('move', 2, 1, 0, 0, 0), ins('move', 1, 2, 0, 0, 0));
    expect(display.counts.byKind.invalid.move).toBe(1);
  });

  it('draws the pointer at the mouse position less its hotspot, over every layer', () => {
    const display = base();
    run(
      display,
      ins('size', 0, 64, 48),
      ...fill(0, 0, 0, 64, 48, 14, 0, 0, 0),
      ...fill(-2, 0, 0, 3, 3, 14, 255, 255, 255),
      ins('cursor', 1, 1, -2, 0, 0, 3, 3),
    );
    // Not shown before the first mouse position.
    expect(pixel(display, 0, 0)).toEqual([0, 0, 0, 255]);
    run(display, ins('mouse', 20, 20, 0, 1000));
    expect(pixel(display, 19, 19)).toEqual([255, 255, 255, 255]);
    expect(pixel(display, 21, 21)).toEqual([255, 255, 255, 255]);
    expect(pixel(display, 22, 22)).toEqual([0, 0, 0, 255]);
    run(display, ins('mouse', 40, 10, 0, 1010));
    expect(pixel(display, 19, 19)).toEqual([0, 0, 0, 255]);
    expect(pixel(display, 40, 10)).toEqual([255, 255, 255, 255]);
  });

  it('applies the binary raster operations of transfer', () => {
    const display = base();
    run(
      display,
      ins('size', 0, 64, 48),
      ...fill(0, 0, 0, 64, 48, 14, 0xf0, 0x0f, 0xff),
      ...fill(-1, 0, 0, 2, 2, 14, 0xff, 0xff, 0x00),
      ins('transfer', -1, 0, 0, 2, 2, 6, 0, 0, 0),
    );
    expect(pixel(display, 0, 0)).toEqual([0x0f, 0xf0, 0xff, 255]);
  });

  it('counts what it does not draw, never failing on it', () => {
    const display = base();
    run(
      display,
      ins('key', 65, 1, 100),
      ins('name', 'desk'),
      ins('arc', 0, 1, 1, 1, 0, 1, 0),
      ins('frobnicate', 1),
      ins('rect', 0, 'x', 0, 1, 1),
      ins('copy', 99),
    );
    const { skipped, unsupported, unknown, invalid } = display.counts.byKind;
    expect({ skipped, unsupported, unknown, invalid }).toEqual({
      skipped: { key: 1, name: 1 },
      unsupported: { arc: 1 },
      unknown: { frobnicate: 1 },
      invalid: { rect: 1, copy: 1 },
    });
  });

  it('reports changes only when something visible changed', () => {
    const display = base();
    display.compose();
    run(display, ...fill(-1, 0, 0, 5, 5, 14, 1, 1, 1));
    expect(display.changed).toBe(false);
    display.apply(ins('size', 0, 64, 48));
    expect(display.changed).toBe(true);
    expect(display.compose()).toEqual([{ x: 0, y: 0, width: 64, height: 48 }]);
    display.apply(ins('rect', 0, 3, 4, 5, 6));
    display.apply(ins('cfill', 14, 0, 1, 1, 1, 255));
    expect(display.compose()).toEqual([{ x: 3, y: 4, width: 5, height: 6 }]);
  });

  it('clamps huge sizes and refuses more pixels than the limit', () => {
    const display = base();
    run(display, ins('size', -1, 1_000_000, 2));
    const tooMany = () => {
      for (let i = 1; i < 8; i++) display.apply(ins('size', -i - 1, 8192, 8192));
    };
    expect(tooMany).toThrow(GuacamoleError);
    expect(tooMany).toThrow(new RegExp(`more than ${MAX_TOTAL_PIXELS / (1024 * 1024)} Mi pixels`));
  });
});
