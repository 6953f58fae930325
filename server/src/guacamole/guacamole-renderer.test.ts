import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GuacamoleDisplay } from './display/display.js';
import { encodeInstruction as encode } from './encode-instruction.js';
import { GuacamoleError } from './guacamole-error.js';
import type { GuacamoleRenderOptions } from './guacamole-render-options.js';
import { GuacamoleRenderer } from './guacamole-renderer.js';

let dir: string;
beforeAll(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'guac-renderer-'));
});
afterAll(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

async function frameTimes(instructions: string[], options: Partial<GuacamoleRenderOptions> = {}) {
  const file = path.join(dir, `r-${Math.random().toString(36).slice(2)}.guac`);
  await fsp.writeFile(file, instructions.join(''));
  const renderer = new GuacamoleRenderer({ width: 32, height: 32 }, { frameRate: 30, idleTimeLimit: null, ...options });
  const times: number[] = [];
  const stats = await renderer.render({ file, sink: (timeMs) => void times.push(timeMs) });
  return { times, stats };
}

const paint = (r: number) => [encode('rect', 0, 0, 0, 4, 4), encode('cfill', 14, 0, r, 0, 0, 255)];

describe('GuacamoleRenderer timing', () => {
  it('sends a frame per sync that changed the display, at its time, and holds the last one to the end', async () => {
    const { times, stats } = await frameTimes([
      encode('size', 0, 32, 32),
      encode('sync', 5000, 0),
      ...paint(1),
      encode('sync', 6000, 0),
      encode('sync', 7000, 0), // nothing changed: no frame
      ...paint(2),
      encode('sync', 8000, 0),
      encode('sync', 15000, 0),
    ]);
    expect(times).toEqual([0, 1000, 3000, 9967]);
    expect(stats).toMatchObject({ framesDrawn: 3, framesSent: 4, videoSeconds: 10 });
  });

  it('caps the frame rate: changes within one frame interval become one frame showing the last', async () => {
    const syncs = Array.from({ length: 10 }, (_, i) => [...paint(i + 1), encode('sync', 1000 + i * 5, 0)]).flat();
    const { times } = await frameTimes([encode('size', 0, 32, 32), ...syncs, encode('sync', 2000, 0)], { frameRate: 10 });
    // Syncs at 0-45 ms fall into frames 0 and 1 (a change is never shown before it happened).
    expect(times).toEqual([0, 100, 900]);
  });

  it('never goes back in time: an earlier timestamp is held at the latest, its drawing kept', async () => {
    const { times, stats } = await frameTimes([
      encode('size', 0, 32, 32),
      encode('sync', 1000, 0),
      ...paint(1),
      encode('sync', 2000, 0),
      ...paint(2),
      encode('sync', 1990, 0),
      encode('sync', 3000, 0),
    ]);
    expect(stats.decreasingTimestamps).toBe(1);
    expect(stats.framesDrawn).toBe(3);
    expect(times).toEqual([0, 1000, 1967]);
  });

  it('shortens pauses longer than the idle time limit, for keys and pointer moves too', async () => {
    const { times, stats } = await frameTimes(
      [
        encode('size', 0, 32, 32),
        encode('sync', 0, 0),
        ...paint(1),
        encode('sync', 60_000, 0),
        encode('key', 65, 1, 61_000),
        ...paint(2),
        encode('sync', 62_000, 0),
      ],
      { idleTimeLimit: 2 },
    );
    expect(stats.compressedSeconds).toBe(58);
    expect(times).toEqual([0, 2000, 4000]);
  });

  it('draws a recording still being written up to its last complete instruction, and says where it was cut', async () => {
    const whole = [encode('size', 0, 32, 32), encode('sync', 1000, 0), ...paint(1), encode('sync', 2000, 0)];
    const cut = `${whole.join('')}4.rect,1.0,1.`;
    const { times, stats } = await frameTimes([cut]);
    expect(times).toEqual([0, 1000]);
    expect(stats.truncated).toEqual({ byteOffset: Buffer.byteLength(whole.join('')), instruction: whole.length + 1 });
  });

  it('shows a pointer move between frames at its own time', async () => {
    const { times } = await frameTimes([
      encode('size', 0, 32, 32),
      encode('size', -1, 2, 2),
      encode('rect', -1, 0, 0, 2, 2),
      encode('cfill', 14, -1, 255, 255, 255, 255),
      encode('cursor', 0, 0, -1, 0, 0, 2, 2),
      encode('sync', 1000, 0),
      encode('mouse', 5, 5, 0, 1500),
      encode('mouse', 6, 6, 0, 2000),
    ]);
    expect(times).toEqual([0, 500, 1000]);
  });
});

describe('GuacamoleDisplay against hostile instructions', () => {
  it('throws nothing but GuacamoleError, whatever the opcodes and arguments', () => {
    const opcodes = ['size', 'move', 'shade', 'dispose', 'rect', 'cfill', 'copy', 'transfer', 'cursor', 'mouse', 'sync', 'arc', 'key', 'nope'];
    const value = fc.oneof(fc.integer({ min: -5, max: 40 }), fc.integer(), fc.constantFrom('', 'x', '1e9', '-0', '99999999999999', 'NaN'));
    const instruction = fc.tuple(fc.constantFrom(...opcodes), fc.array(value, { maxLength: 10 }));
    fc.assert(
      fc.property(fc.array(instruction, { maxLength: 40 }), (list) => {
        const display = new GuacamoleDisplay(40, 30);
        try {
          for (const [i, [opcode, args]] of list.entries()) display.apply({ opcode, args: args.map(String), byteOffset: i, number: i + 1 });
          display.compose();
        } catch (error) {
          expect(error).toBeInstanceOf(GuacamoleError);
        }
      }),
      { numRuns: 400 },
    );
  });
});
