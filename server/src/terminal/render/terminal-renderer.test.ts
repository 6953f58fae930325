import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnFrameFits } from '../../media/drawn-frame.js';
import { locateMediaTools, type MediaTools } from '../../media/media-tools.js';
import type { AsciicastHeader } from '../asciicast/asciicast.js';
import { MAX_COLS, MAX_ROWS } from '../asciicast/header.js';
import { readAsciicast } from '../asciicast/read-asciicast.js';
import { summarizeAsciicast } from '../asciicast/summarize.js';
import { renderTerminalToMp4 } from '../render-to-mp4.js';
import { cellMetrics } from './cell-metrics.js';
import { GlyphRasterizer } from './glyph-rasterizer.js';
import { DEFAULT_TERMINAL_RENDER_OPTIONS, MAX_FONT_SIZE, MIN_FONT_SIZE } from './terminal-render-options.js';
import { fittingLayout, TerminalRenderer, TerminalTooLarge } from './terminal-renderer.js';
import { DEFAULT_THEME } from './theme.js';

const run = promisify(execFile);
const ESC = '\u001b';

/**
 * A recording whose screen at chosen moments is known exactly:
 *   0.5 s  "Hello" in the default colours
 *   1.0 s  colours: red, bold red (bright), 256-colour 208, true colour, red on blue, inverse
 *   2.0 s  a full-screen program on the alternate screen: box drawing and a wide CJK character
 *   3.0 s  back on the main screen, which must be as it was
 *   4.0 s  resized to 40x10 and written on the new last row
 */
const EVENTS: [number, string, string][] = [
  [0.5, 'o', 'Hello\r\n'],
  [
    1.0,
    'o',
    `${ESC}[31mRED${ESC}[0m ${ESC}[1;31mBRT${ESC}[0m ${ESC}[38;5;208mIDX${ESC}[0m ${ESC}[38;2;10;200;30mTRU${ESC}[0m ${ESC}[31;44mBLU${ESC}[0m ${ESC}[7mINV${ESC}[0m\r\n`,
  ],
  [2.0, 'o', `${ESC}[?1049h${ESC}[?25l${ESC}[H${ESC}[2J┌──┐\r\n│你│\r\n└──┘`],
  [3.0, 'o', `${ESC}[?1049l${ESC}[?25h`],
  [4.0, 'r', '40x10'],
  [4.0, 'o', `${ESC}[10;1Hbottom`],
  [5.0, 'o', ''],
];

const hex = (colour: string) => Number.parseInt(colour.slice(1), 16);
const RGB = {
  fg: hex(DEFAULT_THEME.fg),
  bg: hex(DEFAULT_THEME.bg),
  red: hex(DEFAULT_THEME.palette[1]!),
  brightRed: hex(DEFAULT_THEME.palette[9]!),
  blue: hex(DEFAULT_THEME.palette[4]!),
  idx208: 0xff8700,
  trueColour: 0x0ac81e,
};

let dir: string;
let cast: string;
let tools: MediaTools;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'custodian-render-'));
  cast = path.join(dir, 'known.cast');
  const header = { version: 2, width: 30, height: 6, env: { TERM: 'xterm-256color' } };
  await fs.writeFile(cast, `${[JSON.stringify(header), ...EVENTS.map((e) => JSON.stringify(e))].join('\n')}\n`);
  tools = await locateMediaTools();
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface Frame {
  timeMs: number;
  pixels: Buffer;
}

async function renderFrames(): Promise<{ renderer: TerminalRenderer; frames: Frame[] }> {
  const summary = await summarizeAsciicast(cast);
  const { header, events } = await readAsciicast(cast);
  const renderer = new TerminalRenderer(header, summary, DEFAULT_TERMINAL_RENDER_OPTIONS);
  const frames: Frame[] = [];
  await renderer.render({
    events,
    durationSeconds: summary.durationSeconds,
    sink: (timeMs, frame) => void frames.push({ timeMs, pixels: Buffer.from(frame.rgba) }),
  });
  return { renderer, frames };
}

/** The frame on screen at `seconds`. */
function frameAt(frames: Frame[], seconds: number): Frame {
  return frames.filter((f) => f.timeMs <= seconds * 1000).at(-1)!;
}

const rgbAt = (pixels: Buffer, width: number, x: number, y: number) => {
  const o = (y * width + x) * 4;
  return (pixels[o]! << 16) | (pixels[o + 1]! << 8) | pixels[o + 2]!;
};

describe('TerminalRenderer', () => {
  it('draws each screen state with the right characters, colours and places', async () => {
    const { renderer, frames } = await renderFrames();
    const metrics = renderer.metrics;
    const glyphs = new GlyphRasterizer(metrics);
    const { width } = renderer;

    /** Checks a cell pixel by pixel against the glyph blended in the expected colours. */
    const expectCell = (frame: Frame, col: number, row: number, chars: string, fg: number, bg: number, opts: { bold?: boolean; cells?: 1 | 2 } = {}) => {
      const mask = glyphs.mask(chars, opts.cells ?? 1, opts.bold ?? false, false);
      const { x, y } = renderer.painter.cellOrigin(col, row);
      let mismatches = 0;
      let inkSeen = false;
      for (let dy = 0; dy < mask.height; dy++) {
        for (let dx = 0; dx < mask.width; dx++) {
          const a = mask.alpha[dy * mask.width + dx]! / 255;
          const actual = rgbAt(frame.pixels, width, x + dx, y + dy);
          const channel = (c: number, shift: number) => (c >> shift) & 255;
          const close = [16, 8, 0].every((s) => Math.abs(channel(actual, s) - (channel(fg, s) * a + channel(bg, s) * (1 - a))) <= 5);
          if (!close) mismatches++;
          if (a === 1 && actual === fg) inkSeen = true;
        }
      }
      expect(mismatches, `cell ${col},${row} should show "${chars}"`).toBe(0);
      if (mask.inked) expect(inkSeen, `cell ${col},${row} should have fully inked pixels in ${fg.toString(16)}`).toBe(true);
    };

    const hello = frameAt(frames, 0.5);
    [...'Hello'].forEach((c, i) => {
      expectCell(hello, i, 0, c, RGB.fg, RGB.bg);
    });
    expectCell(hello, 0, 1, ' ', RGB.bg, RGB.fg); // the cursor, drawn inverted

    const colours = frameAt(frames, 1.0);
    [...'RED'].forEach((c, i) => {
      expectCell(colours, i, 1, c, RGB.red, RGB.bg);
    });
    [...'BRT'].forEach((c, i) => {
      expectCell(colours, 4 + i, 1, c, RGB.brightRed, RGB.bg, { bold: true });
    });
    [...'IDX'].forEach((c, i) => {
      expectCell(colours, 8 + i, 1, c, RGB.idx208, RGB.bg);
    });
    [...'TRU'].forEach((c, i) => {
      expectCell(colours, 12 + i, 1, c, RGB.trueColour, RGB.bg);
    });
    [...'BLU'].forEach((c, i) => {
      expectCell(colours, 16 + i, 1, c, RGB.red, RGB.blue);
    });
    [...'INV'].forEach((c, i) => {
      expectCell(colours, 20 + i, 1, c, RGB.bg, RGB.fg);
    });

    const fullScreen = frameAt(frames, 2.0);
    expectCell(fullScreen, 0, 0, '┌', RGB.fg, RGB.bg);
    expectCell(fullScreen, 1, 0, '─', RGB.fg, RGB.bg);
    expectCell(fullScreen, 3, 0, '┐', RGB.fg, RGB.bg);
    expectCell(fullScreen, 1, 1, '你', RGB.fg, RGB.bg, { cells: 2 });
    expectCell(fullScreen, 0, 0 + 1, '│', RGB.fg, RGB.bg);
    expectCell(fullScreen, 3, 1, '│', RGB.fg, RGB.bg);
    expectCell(fullScreen, 0, 3, ' ', RGB.fg, RGB.bg); // the cursor is hidden: no inverted cell
    expectCell(fullScreen, 4, 2, ' ', RGB.fg, RGB.bg);

    const restored = frameAt(frames, 3.0);
    [...'Hello'].forEach((c, i) => {
      expectCell(restored, i, 0, c, RGB.fg, RGB.bg);
    });
    [...'RED'].forEach((c, i) => {
      expectCell(restored, i, 1, c, RGB.red, RGB.bg);
    });

    const resized = frameAt(frames, 4.0);
    [...'bottom'].forEach((c, i) => {
      expectCell(resized, i, 9, c, RGB.fg, RGB.bg);
    });
    expect(renderer.width % 2).toBe(0);
    expect(renderer.height % 2).toBe(0);
    // The canvas is made for the largest size, 40x10, from the start.
    expect(renderer.width).toBeGreaterThanOrEqual(40 * metrics.cellWidth);
    expect(renderer.height).toBeGreaterThanOrEqual(10 * metrics.cellHeight);
  });

  it('sends a frame only when the screen changed, at times computed from the frame index', async () => {
    const { frames } = await renderFrames();
    const times = frames.map((f) => f.timeMs);
    // Empty screen at 0, one frame per change (0.5, 1, 2, 3, 4 s), then the last frame held to 5 s.
    expect(times).toEqual([0, 500, 1000, 2000, 3000, 4000, 4967]);
  });

  it('writes an MP4 whose decoded frames read back as the recorded text in the recorded colours', async () => {
    const output = path.join(dir, 'known.mp4');
    const summary = await summarizeAsciicast(cast);
    const result = await renderTerminalToMp4({
      ffmpegPath: tools.ffmpegPath,
      input: cast,
      output,
      maxCols: summary.maxCols,
      maxRows: summary.maxRows,
      durationSeconds: summary.durationSeconds,
      render: DEFAULT_TERMINAL_RENDER_OPTIONS,
      metadata: { comment: 'Custodian export test' },
    });
    const probe = JSON.parse((await run(tools.ffprobePath, ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', output])).stdout);
    const video = probe.streams[0];
    expect(video.codec_name).toBe('h264');
    expect(video.pix_fmt).toBe('yuv420p');
    expect([video.width, video.height]).toEqual([result.width, result.height]);
    expect(Math.abs(Number(probe.format.duration) - 5)).toBeLessThanOrEqual(0.2);

    // Decode the frame that starts at 1 s and recognise each character among all letters. (With
    // variable frame rate, seeking to a time gives the first frame at or after it.)
    const decoded = (
      await run(tools.ffmpegPath, ['-v', 'error', '-ss', '1', '-i', output, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'], {
        encoding: 'buffer',
        maxBuffer: 64 * 1024 * 1024,
      })
    ).stdout;
    const metrics = cellMetrics(DEFAULT_TERMINAL_RENDER_OPTIONS.fontSize);
    const glyphs = new GlyphRasterizer(metrics);
    const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'];
    const { height } = { height: result.height };
    const renderer = new TerminalRenderer((await readAsciicast(cast)).header, summary, DEFAULT_TERMINAL_RENDER_OPTIONS);
    expect(renderer.height).toBe(height);
    const recognise = (col: number, row: number, fg: number, bg: number) => {
      const { x, y } = renderer.painter.cellOrigin(col, row);
      // Coverage estimated from the decoded pixels: 0 where the background shows, 1 where the ink does.
      const coverage: number[] = [];
      // Coverage from luma, which H.264 keeps at full resolution (colour is halved both ways in
      // 4:2:0): 0 where the background shows, 1 where the ink does.
      const luma = (r: number, g: number, b: number) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
      const lumaOf = (rgb: number) => luma((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255);
      const [inkLuma, backgroundLuma] = [lumaOf(fg), lumaOf(bg)];
      for (let dy = 0; dy < metrics.cellHeight; dy++) {
        for (let dx = 0; dx < metrics.cellWidth; dx++) {
          const o = ((y + dy) * result.width + x + dx) * 3;
          const along = (luma(decoded[o]!, decoded[o + 1]!, decoded[o + 2]!) - backgroundLuma) / (inkLuma - backgroundLuma);
          coverage.push(Math.min(1, Math.max(0, along)));
        }
      }
      let best = { letter: '', error: Infinity };
      for (const letter of letters) {
        const mask = glyphs.mask(letter, 1, false, false);
        let error = 0;
        coverage.forEach((c, i) => {
          error += (c - mask.alpha[i]! / 255) ** 2;
        });
        if (error < best.error) best = { letter, error };
      }
      return best.letter;
    };
    expect([0, 1, 2, 3, 4].map((col) => recognise(col, 0, RGB.fg, RGB.bg)).join('')).toBe('Hello');
    expect([0, 1, 2].map((col) => recognise(col, 1, RGB.red, RGB.bg)).join('')).toBe('RED');
    // Backgrounds keep their colour through H.264 within a few levels: an empty cell, and the
    // blue behind "BLU" (sampled in the margin above the letters).
    const expectColour = (col: number, row: number, rgb: number, tolerance: number) => {
      const { x, y } = renderer.painter.cellOrigin(col, row);
      const o = ((y + 2) * result.width + x + 5) * 3;
      [16, 8, 0].forEach((shift, i) => {
        expect(Math.abs(decoded[o + i]! - ((rgb >> shift) & 255)), `cell ${col},${row}`).toBeLessThanOrEqual(tolerance);
      });
    };
    expectColour(25, 4, RGB.bg, 6);
    expectColour(17, 1, RGB.blue, 12);
  });
});

describe('the frame of a large terminal', () => {
  it('keeps the font size asked for while the frame fits, and otherwise takes the largest smaller one that fits', () => {
    expect(fittingLayout(16, { maxCols: 80, maxRows: 24 }).metrics.fontSize).toBe(16);
    const wide = { maxCols: 900, maxRows: 120 };
    const fitted = fittingLayout(16, wide).metrics.fontSize;
    expect(fitted).toBeLessThan(16);
    expect(fitted).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
    // One size up does not fit: asking for it gives the same size.
    expect(fittingLayout(fitted + 1, wide).metrics.fontSize).toBe(fitted);
  });

  it('draws the largest terminal a recording may declare within the largest frame, and refuses a larger one', () => {
    const largest = { maxCols: MAX_COLS, maxRows: MAX_ROWS };
    const header: AsciicastHeader = { version: 2, cols: MAX_COLS, rows: MAX_ROWS, env: {} };
    const renderer = new TerminalRenderer(header, largest, { ...DEFAULT_TERMINAL_RENDER_OPTIONS, fontSize: MAX_FONT_SIZE });
    expect(renderer.fontSize).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
    expect(drawnFrameFits(renderer.width, renderer.height)).toBe(true);
    expect(() => fittingLayout(MIN_FONT_SIZE, { maxCols: 4 * MAX_COLS, maxRows: 4 * MAX_ROWS })).toThrow(TerminalTooLarge);
  });

  it('exports a terminal declared at the largest size as a video within the largest frame, its manifest naming the font drawn', async () => {
    const huge = path.join(dir, 'huge.cast');
    const header = { version: 2, width: MAX_COLS, height: MAX_ROWS };
    await fs.writeFile(huge, `${[JSON.stringify(header), JSON.stringify([0.5, 'o', 'wide\r\n']), JSON.stringify([1, 'o', 'end'])].join('\n')}\n`);
    const output = path.join(dir, 'huge.mp4');
    const result = await renderTerminalToMp4({
      ffmpegPath: tools.ffmpegPath,
      input: huge,
      output,
      maxCols: MAX_COLS,
      maxRows: MAX_ROWS,
      durationSeconds: 1,
      render: { ...DEFAULT_TERMINAL_RENDER_OPTIONS, fontSize: MAX_FONT_SIZE },
    });
    const probe = JSON.parse((await run(tools.ffprobePath, ['-v', 'error', '-show_streams', '-of', 'json', output])).stdout);
    const [video] = probe.streams;
    expect([video.width, video.height]).toEqual([result.width, result.height]);
    expect(drawnFrameFits(video.width, video.height)).toBe(true);
    expect(result.rendering).toMatchObject({ requestedFontSizePx: MAX_FONT_SIZE, width: video.width, height: video.height });
    expect(result.rendering!.fontSizePx).toBeLessThan(MAX_FONT_SIZE);
  }, 60_000);
});

describe('a screen still for days', () => {
  it('keeps the time of every change in the MP4: a still frame is sent again before its gap outgrows what MP4 can hold', async () => {
    const FOUR_DAYS = 4 * 86_400;
    const still = path.join(dir, 'weekend.cast');
    const lines = [{ version: 2, width: 40, height: 10 }, [0.5, 'o', 'friday'], [FOUR_DAYS, 'o', '\r\ntuesday'], [FOUR_DAYS + 1, 'o', '']];
    await fs.writeFile(still, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
    const output = path.join(dir, 'weekend.mp4');
    await renderTerminalToMp4({
      ffmpegPath: tools.ffmpegPath,
      input: still,
      output,
      maxCols: 40,
      maxRows: 10,
      durationSeconds: FOUR_DAYS + 1,
      render: DEFAULT_TERMINAL_RENDER_OPTIONS,
    });
    const probe = (entries: string) => run(tools.ffprobePath, ['-v', 'error', '-show_entries', entries, '-of', 'json', output]);
    expect(Math.abs(Number(JSON.parse((await probe('format=duration')).stdout).format.duration) - (FOUR_DAYS + 1))).toBeLessThanOrEqual(0.2);
    const times: number[] = JSON.parse((await probe('packet=pts_time')).stdout)
      .packets.map((p: { pts_time: string }) => Number(p.pts_time))
      .sort((a: number, b: number) => a - b);
    // "tuesday" shows at its own time, not wrapped around to some moment after "friday".
    expect(times.some((t) => Math.abs(t - FOUR_DAYS) < 0.05)).toBe(true);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(24 * 3600 + 0.05);
  }, 60_000);
});
