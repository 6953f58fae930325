import { performance } from 'node:perf_hooks';
import { parseSize, type AsciicastEvent, type AsciicastHeader } from '../asciicast/asciicast.js';
import { cellMetrics, type CellMetrics } from './cell-metrics.js';
import { FrameClock } from './frame-clock.js';
import { drawnFrameFits, drawnFrameLimit } from '../../media/drawn-frame.js';
import { FramePainter, paintedFrameSize } from './frame-painter.js';
import { GlyphRasterizer } from './glyph-rasterizer.js';
import { planRepaint } from './row-diff.js';
import { CELL_WORDS, CellFlag, CharTable, readScreen, Screen } from './screen.js';
import { TerminalEmulator } from './terminal-emulator.js';
import { renderTheme, type RenderTheme } from './theme.js';
import { MIN_FONT_SIZE, type TerminalRenderOptions } from './terminal-render-options.js';

/** Players handle tiny videos badly; a 2×1 terminal still gets a frame this big. */
const MINIMUM_FRAME = { width: 320, height: 180 };

/** A terminal larger than the largest drawn frame at the smallest font size. */
export class TerminalTooLarge extends RangeError {
  constructor(size: { maxCols: number; maxRows: number }) {
    super(
      `the terminal grows to ${size.maxCols}x${size.maxRows} characters, too large to draw even at a ${MIN_FONT_SIZE} px font in a frame of ${drawnFrameLimit()}`,
    );
    this.name = 'TerminalTooLarge';
  }
}

/**
 * The cells and margin of the frame: at the font size asked for, or, for a terminal too large to
 * draw at it within the drawn-frame limit (a very wide terminal, or a recording declaring a huge
 * one), at the largest smaller size that fits. The export keeps every character, smaller.
 */
export function fittingLayout(fontSize: number, size: { maxCols: number; maxRows: number }): { metrics: CellMetrics; margin: number } {
  for (let tried = fontSize; tried >= MIN_FONT_SIZE; tried--) {
    const metrics = cellMetrics(tried);
    // Half a cell each side, even so that the grid starts on an even pixel row.
    const margin = 2 * Math.ceil(metrics.cellWidth / 2);
    const frame = paintedFrameSize(metrics, size.maxCols, size.maxRows, margin, MINIMUM_FRAME);
    if (drawnFrameFits(frame.width, frame.height)) return { metrics, margin };
  }
  throw new TerminalTooLarge(size);
}

/** One frame, as painted (RGBA) and as encoded (YUV 4:2:0). */
export interface RenderedFrame {
  rgba: Buffer;
  yuv420: Buffer;
}

/** Receives each new frame; its memory is reused for the next frame once the promise settles. */
export type FrameSink = (timeMs: number, frame: RenderedFrame) => Promise<void> | void;

export interface RenderStats {
  framesDrawn: number;
  /** Frames sent to the sink, including the closing one that holds the last screen. */
  framesSent: number;
  eventsProcessed: number;
  videoSeconds: number;
  compressedSeconds: number;
  emulationMs: number;
  drawMs: number;
  sinkMs: number;
  glyphsRasterized: number;
}

export interface RenderRun {
  events: AsyncIterable<AsciicastEvent>;
  /** Recorded time of the last event (the recording's duration). */
  durationSeconds: number;
  sink: FrameSink;
  /** Recorded seconds processed so far; called often, throttle in the caller. */
  onProgress?: (recordedSeconds: number) => void;
  signal?: AbortSignal;
}

export class RenderCancelled extends Error {
  constructor() {
    super('The rendering was cancelled');
    this.name = 'RenderCancelled';
  }
}

/**
 * Replays a terminal recording through a VT emulator and draws each screen state that a viewer
 * would have seen, at most `frameRate` times a second, on a canvas of the largest terminal size in
 * the recording.
 */
export class TerminalRenderer {
  readonly metrics: CellMetrics;
  readonly painter: FramePainter;
  private readonly theme: RenderTheme;
  private readonly glyphs: GlyphRasterizer;

  constructor(
    private readonly header: AsciicastHeader,
    size: { maxCols: number; maxRows: number },
    readonly options: TerminalRenderOptions,
  ) {
    const { metrics, margin } = fittingLayout(options.fontSize, size);
    this.metrics = metrics;
    this.theme = renderTheme(header.theme);
    this.glyphs = new GlyphRasterizer(this.metrics);
    this.painter = new FramePainter(this.metrics, size.maxCols, size.maxRows, margin, MINIMUM_FRAME);
  }

  /** The font size drawn at: the one asked for, or smaller when the terminal would not fit at it. */
  get fontSize(): number {
    return this.metrics.fontSize;
  }

  get width(): number {
    return this.painter.width;
  }

  get height(): number {
    return this.painter.height;
  }

  async render(run: RenderRun): Promise<RenderStats> {
    const { header, theme, painter } = this;
    const clock = new FrameClock(this.options.frameRate, this.options.idleTimeLimit);
    const emulator = new TerminalEmulator(header.cols, header.rows);
    const chars = new CharTable();
    let screen = new Screen(header.cols, header.rows);
    let previous = new Screen(header.cols, header.rows);
    let repaintAll = true;
    const stats: RenderStats = {
      framesDrawn: 0,
      framesSent: 0,
      eventsProcessed: 0,
      videoSeconds: 0,
      compressedSeconds: 0,
      emulationMs: 0,
      drawMs: 0,
      sinkMs: 0,
      glyphsRasterized: 0,
    };
    let lastSentSlot = -1;

    const send = async (slot: number) => {
      const started = performance.now();
      await run.sink(clock.frameTimeMs(slot), { rgba: painter.pixels, yuv420: painter.yuv.bytes });
      stats.sinkMs += performance.now() - started;
      stats.framesSent++;
      lastSentSlot = slot;
    };

    /** Draws the emulator's screen; false when nothing visible changed. */
    const draw = (): boolean => {
      const started = performance.now();
      if (screen.cols !== emulator.cols || screen.rows !== emulator.rows) {
        screen = new Screen(emulator.cols, emulator.rows);
        previous = new Screen(emulator.cols, emulator.rows);
        repaintAll = true;
      }
      readScreen(emulator.term, theme, chars, emulator.cursor, screen);
      if (repaintAll) {
        painter.fill(theme.bg);
        for (let y = 0; y < screen.rows; y++) this.paintRow(screen, y, chars, null, 0);
        repaintAll = false;
      } else {
        const plan = planRepaint(previous, screen);
        if (!plan.move && plan.rows.length === 0) {
          stats.drawMs += performance.now() - started;
          return false;
        }
        const move = plan.move;
        if (move) painter.copyRows(move.from, move.to, move.count);
        for (const y of plan.rows) {
          // What the pixels of this row show now: the previous row moved here, or its own.
          const shown = move && y >= move.to && y < move.to + move.count ? y + move.from - move.to : y;
          this.paintRow(screen, y, chars, previous, shown);
        }
      }
      painter.finishFrame();
      [previous, screen] = [screen, previous];
      stats.framesDrawn++;
      stats.drawMs += performance.now() - started;
      return true;
    };

    // Events are applied as they come; a frame is drawn when the next event belongs to a later
    // frame, so everything that happened within one frame interval is shown together.
    let slot = 0;
    let pending = true; // the empty screen at time 0
    try {
      for await (const event of run.events) {
        if ((stats.eventsProcessed++ & 255) === 0) {
          if (run.signal?.aborted) throw new RenderCancelled();
          run.onProgress?.(event.time);
        }
        const next = clock.frameIndex(clock.videoTime(event.time));
        if (event.code !== 'o' && event.code !== 'r') continue;
        if (next > slot) {
          if (pending && draw()) await send(slot);
          slot = next;
          pending = false;
        }
        const started = performance.now();
        if (event.code === 'o') emulator.write(event.data);
        else {
          const size = parseSize(event.data)!;
          emulator.resize(size.cols, size.rows);
        }
        stats.emulationMs += performance.now() - started;
        pending = true;
      }
      if (run.signal?.aborted) throw new RenderCancelled();
      if ((pending && draw()) || lastSentSlot < 0) await send(Math.max(slot, lastSentSlot + 1));
      // Hold the last screen until the recording's end, so the video lasts as long as it.
      const videoSeconds = clock.videoTime(run.durationSeconds);
      const end = clock.lastFrameIndex(videoSeconds);
      if (end > lastSentSlot) await send(end);
      stats.videoSeconds = videoSeconds;
      stats.compressedSeconds = clock.compressedSeconds;
      stats.glyphsRasterized = this.glyphs.size;
      run.onProgress?.(run.durationSeconds);
      return stats;
    } finally {
      emulator.dispose();
    }
  }

  /**
   * Paints the cells of row `y`; with a `shown` screen row, only the cells that differ from it
   * (what the pixels show already), so typing one character repaints one cell.
   */
  private paintRow(screen: Screen, y: number, chars: CharTable, shownScreen: Screen | null, shownRow: number): void {
    const { cols } = screen;
    const data = screen.data;
    const shown = shownScreen?.data;
    let o = y * cols * CELL_WORDS;
    let s = shownRow * cols * CELL_WORDS;
    for (let x = 0; x < cols; x++, o += CELL_WORDS, s += CELL_WORDS) {
      const flags = data[o + 3]!;
      if (shown && shown[s] === data[o] && shown[s + 1] === data[o + 1] && shown[s + 2] === data[o + 2] && shown[s + 3] === flags) continue;
      if (flags & CellFlag.WideTail) continue;
      const cells = flags & CellFlag.Wide && x + 1 < cols ? 2 : 1;
      const id = data[o]!;
      const text = id === 0 ? '' : chars.charsOf(id);
      const mask = text === '' || text === ' ' ? null : this.glyphs.mask(text, cells, (flags & CellFlag.Bold) !== 0, (flags & CellFlag.Italic) !== 0);
      this.painter.paintCell(x, y, cells, mask, data[o + 1]!, data[o + 2]!, (flags & CellFlag.Underline) !== 0, (flags & CellFlag.Strike) !== 0);
    }
  }
}
