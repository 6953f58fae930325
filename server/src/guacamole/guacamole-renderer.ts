import { performance } from 'node:perf_hooks';
import { drawnFrameFits, drawnFrameLimit } from '../media/drawn-frame.js';
import { FrameClock } from '../terminal/render/frame-clock.js';
import { GuacamoleDisplay, instructionKind } from './display/display.js';
import { DecodeQueue, type DecodeTask, ImageStreams } from './display/image-streams.js';
import { FittedYuv420Frame } from './fitted-yuv420.js';
import type { GuacamoleRenderOptions } from './guacamole-render-options.js';
import type { InstructionCounts } from './display/instruction-counts.js';
import type { GuacamoleInstruction } from './instruction-parser.js';
import { GuacamoleReader } from './read-guacamole.js';
import { timestampOf } from './timestamps.js';

/** Receives each new frame (YUV 4:2:0); its memory is reused once the promise settles. */
export type GuacamoleFrameSink = (timeMs: number, yuv420: Buffer) => Promise<void> | void;

export interface GuacamoleRenderStats {
  instructions: number;
  /** Display states composed (a `sync` after drawing, or a pointer move). */
  framesDrawn: number;
  /** Frames sent to the sink, including the closing one that holds the last picture. */
  framesSent: number;
  imagesDecoded: number;
  imagesFailed: number;
  /** Timestamps earlier than one before them (held at the latest; nothing is dropped). */
  decreasingTimestamps: number;
  videoSeconds: number;
  compressedSeconds: number;
  /**
   * Where the time went: reading and parsing; decoding images on the drawing thread (those
   * decoded on other threads overlap and are not counted); the drawing thread's time getting an
   * image (decoding it, or waiting for another thread); drawing and composing (with YUV
   * conversion); handing frames to the encoder.
   */
  parseMs: number;
  decodeMs: number;
  decodeWaitMs: number;
  drawMs: number;
  sinkMs: number;
  /** Per opcode: drawn, skipped, unsupported, unknown, invalid. */
  counts: InstructionCounts['byKind'];
  /** Why images could not be drawn, the first few. */
  imageFailures: string[];
  /** Set when the recording ends inside an instruction: drawn up to the last complete one. */
  truncated: { byteOffset: number; instruction: number } | null;
}

export interface GuacamoleRenderRun {
  file: string;
  sink: GuacamoleFrameSink;
  /** The recording's first timestamp (ms, from its summary); the first one met otherwise. */
  firstTimestampMs?: number | null;
  /** Recorded seconds processed so far; called once per chunk read. */
  onProgress?: (recordedSeconds: number) => void;
  signal?: AbortSignal;
}

export class GuacamoleRenderCancelled extends Error {
  constructor() {
    super('The rendering was cancelled');
    this.name = 'GuacamoleRenderCancelled';
  }
}

const MAX_FAILURES_KEPT = 5;

/**
 * How long drawing runs before it lets the event loop do its I/O. Frames reach ffmpeg through a
 * socket that holds a few hundred KB, refilled only when the event loop runs: awaits that resolve
 * at once (a decoded image, a free frame buffer) never let it, and ffmpeg would starve while the
 * display draws a busy stretch.
 */
const YIELD_MS = 0.5;

function yieldToIo(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Replays a Guacamole recording on a display and sends a frame for each display state a viewer
 * would have seen, at the time of the `sync` that completed it, at most `frameRate` a second.
 * Frame times come from the recording's timestamps through FrameClock (never accumulated); a
 * timestamp that goes back is held at the latest one, and its drawing is kept.
 */
export class GuacamoleRenderer {
  readonly display: GuacamoleDisplay;
  readonly yuv: FittedYuv420Frame;
  private readonly rgba: Uint8Array;

  constructor(
    size: { width: number; height: number },
    readonly options: GuacamoleRenderOptions,
  ) {
    // Checked at import too; a catalog entry from before that check meets it here.
    if (!drawnFrameFits(size.width, size.height)) throw new RangeError(`the display is ${size.width}x${size.height}, and a frame may be ${drawnFrameLimit()}`);
    this.display = new GuacamoleDisplay(size.width, size.height);
    this.yuv = new FittedYuv420Frame(this.display.width, this.display.height);
    this.rgba = new Uint8Array(this.display.frame.words.buffer);
  }

  get width(): number {
    return this.display.width;
  }

  get height(): number {
    return this.display.height;
  }

  async render(run: GuacamoleRenderRun): Promise<GuacamoleRenderStats> {
    const { display } = this;
    const clock = new FrameClock(this.options.frameRate, this.options.idleTimeLimit);
    const reader = await GuacamoleReader.open(run.file);
    const streams = new ImageStreams();
    const decodes = new DecodeQueue();
    const stats: GuacamoleRenderStats = {
      instructions: 0,
      framesDrawn: 0,
      framesSent: 0,
      imagesDecoded: 0,
      imagesFailed: 0,
      decreasingTimestamps: 0,
      videoSeconds: 0,
      compressedSeconds: 0,
      parseMs: 0,
      decodeMs: 0,
      decodeWaitMs: 0,
      drawMs: 0,
      sinkMs: 0,
      counts: display.counts.byKind,
      imageFailures: [],
      truncated: null,
    };
    let origin = run.firstTimestampMs ?? null;
    let latest = -Infinity;
    let recordedSeconds = 0;
    // The slot (frame index) of the composed picture not sent yet, if any.
    let pendingSlot: number | null = null;
    let lastSentSlot = -1;
    // Drawing since the last sync: a pointer move then does not end a half-drawn frame.
    let drawnSinceSync = false;

    const send = async (slot: number) => {
      const started = performance.now();
      const handed = Promise.resolve(run.sink(clock.frameTimeMs(slot), this.yuv.bytes));
      let settled = false;
      handed.then(
        () => (settled = true),
        () => (settled = true),
      );
      // While the encoder catches up (the sink waits for a free frame buffer), this thread decodes
      // the images drawn next instead of idling; a turn of the event loop first lets a sink that
      // has a buffer finish.
      let decoding = 0;
      await yieldToIo();
      while (!settled) {
        const ms = decodes.decodeAheadHere();
        if (ms < 0) break;
        decoding += ms;
        await yieldToIo();
      }
      await handed;
      stats.sinkMs += performance.now() - started - decoding;
      stats.decodeWaitMs += decoding;
      stats.framesSent++;
      lastSentSlot = slot;
    };

    const compose = () => {
      const started = performance.now();
      for (const r of display.compose()) this.yuv.convertRect(this.rgba, r.x, r.x + r.width, r.y, r.y + r.height);
      stats.framesDrawn++;
      stats.drawMs += performance.now() - started;
    };

    /** A moment of the recording (at `videoTime`): the display as it is now is what it showed then. */
    const boundary = async (videoTime: number) => {
      drawnSinceSync = false;
      if (!display.changed) return;
      const slot = clock.frameIndex(videoTime);
      if (pendingSlot !== null && slot > pendingSlot) await send(pendingSlot);
      compose();
      pendingSlot = Math.max(slot, pendingSlot ?? 0);
    };

    const failed = (reason: string) => {
      stats.imagesFailed++;
      if (stats.imageFailures.length < MAX_FAILURES_KEPT) stats.imageFailures.push(reason);
    };

    let lastYield = performance.now();
    const batches = reader.batches();
    for (;;) {
      if (run.signal?.aborted) throw new GuacamoleRenderCancelled();
      const parseStarted = performance.now();
      const next = await batches.next();
      stats.parseMs += performance.now() - parseStarted;
      if (next.done) break;
      const batch = next.value;
      // Read the image streams of the whole chunk first, so that its images decode while it is drawn.
      const tasks = new Map<GuacamoleInstruction, DecodeTask | string>();
      for (const instruction of batch) {
        const { opcode } = instruction;
        if (opcode !== 'img' && opcode !== 'blob' && opcode !== 'end') continue;
        const ended = streams.read(instruction);
        if (ended === null) continue;
        tasks.set(instruction, 'image' in ended ? decodes.add(ended.image) : ended.refused);
      }
      for (const instruction of batch) {
        stats.instructions++;
        if (performance.now() - lastYield > YIELD_MS) {
          await yieldToIo();
          lastYield = performance.now();
        }
        const { opcode } = instruction;
        const timestamp = timestampOf(instruction);
        // Every timestamp goes through the clock in file order, as for the typed-text subtitles,
        // so that the idle limit shortens the same pauses in both.
        let videoTime = 0;
        if (timestamp !== null) {
          origin ??= timestamp;
          if (timestamp < latest) stats.decreasingTimestamps++;
          latest = Math.max(latest, timestamp);
          recordedSeconds = Math.max(0, (latest - origin) / 1000);
          videoTime = clock.videoTime(Math.max(0, (timestamp - origin) / 1000));
        }
        if (opcode === 'img' || opcode === 'blob' || opcode === 'end') {
          display.counts.count('image', opcode);
          const task = tasks.get(instruction);
          if (task === undefined) continue;
          if (typeof task === 'string') {
            failed(task);
            continue;
          }
          const waitStarted = performance.now();
          const pixels = await decodes.take(task);
          stats.decodeWaitMs += performance.now() - waitStarted;
          stats.decodeMs += task.ms;
          if (pixels instanceof Error) {
            failed(pixels.message);
            continue;
          }
          stats.imagesDecoded++;
          const started = performance.now();
          display.drawImage(task.image.layer, task.image.mode, task.image.x, task.image.y, pixels, instruction);
          stats.drawMs += performance.now() - started;
          drawnSinceSync = true;
          continue;
        }
        const started = performance.now();
        display.apply(instruction);
        stats.drawMs += performance.now() - started;
        if (opcode === 'sync') {
          if (timestamp !== null) await boundary(videoTime);
        } else if (opcode === 'mouse') {
          // A pointer move between two frames is shown at its own time; within a frame, with it.
          if (!drawnSinceSync && timestamp !== null) await boundary(videoTime);
        } else if (instructionKind(opcode) === 'drawing') drawnSinceSync = true;
      }
      run.onProgress?.(recordedSeconds);
    }
    stats.truncated = reader.truncated;
    if (run.signal?.aborted) throw new GuacamoleRenderCancelled();
    // What was drawn after the last sync, then the last picture held to the recording's end.
    const videoSeconds = origin === null ? 0 : clock.videoTime(recordedSeconds);
    if (display.changed) {
      compose();
      pendingSlot = Math.max(pendingSlot ?? 0, clock.frameIndex(videoSeconds));
    }
    if (pendingSlot !== null) await send(pendingSlot);
    else if (lastSentSlot < 0) await send(0);
    const end = clock.lastFrameIndex(videoSeconds);
    if (end > lastSentSlot) await send(end);
    stats.videoSeconds = videoSeconds;
    stats.compressedSeconds = clock.compressedSeconds;
    run.onProgress?.(recordedSeconds);
    return stats;
  }
}
