import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { ffmpegReport, type ConversionReport } from '../media/conversion-report.js';
import { mp4MetadataOptions } from '../media/export-metadata.js';
import { finishFile } from '../media/finish-file.js';
import { pipedMatroskaInputArgs } from '../media/input-whitelist.js';
import { readToolFailure } from '../media/failure-reading.js';
import { cancelled, ffmpegFailed, MediaError, sourceCorrupt, timedOut } from '../media/media-error.js';
import { runTool } from '../media/run-tool.js';
import { ownIoFailure } from '../media/transcode.js';
import { checkSource } from '../media/source-check.js';
import { toolPath } from '../media/tool-path.js';
import { AsciicastError } from './asciicast/asciicast.js';
import { readAsciicast } from './asciicast/read-asciicast.js';
import { MkvWriter } from './render/mkv-writer.js';
import { TERMINAL_EMULATOR_VERSION } from './render/terminal-emulator.js';
import { RenderCancelled, TerminalRenderer, type RenderStats, type TerminalRenderOptions } from './render/terminal-renderer.js';

export interface TerminalMp4ArgsInput {
  output: string;
  frameRate: number;
  /** The export this file is for; written into its metadata. */
  exportId?: string;
  metadata?: Record<string, string>;
}

/**
 * ffmpeg reads timestamped raw frames (Matroska) on stdin and writes H.264 in MP4. Variable frame
 * rate keeps each frame's own time: a screen that stays still for a minute is one frame, not 1800.
 * Exported so that the benchmark runs exactly the command the exports run.
 */
export function buildTerminalMp4Args({ output, frameRate, exportId, metadata = {} }: TerminalMp4ArgsInput): string[] {
  return [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    // Read the pipe in large blocks: frames are megabytes, and small reads cost system time.
    '-blocksize',
    '1048576',
    // Our own frames on standard input, as Matroska: nothing else may be opened or probed.
    ...pipedMatroskaInputArgs(),
    '-i',
    'pipe:0',
    // Keep the input's timestamps (no duplicated frames), on a clock of the chosen frame rate.
    '-vsync',
    'vfr',
    '-r',
    String(frameRate),
    '-c:v',
    'libx264',
    // Screen content is mostly flat colour and text: superfast keeps it sharp at this CRF and
    // costs a sixth less CPU than veryfast, which decides the speed of a long export.
    '-preset',
    'superfast',
    // Text needs a little more quality than camera video to stay crisp.
    '-crf',
    '20',
    // B-frames would reorder frames whose gaps are seconds apart and break the last frame's length.
    '-bf',
    '0',
    // A keyframe at least every 5 s of video keeps seeking quick in long sessions.
    '-force_key_frames',
    'expr:gte(t,n_forced*5)',
    // Frames arrive as 4:2:0 already, converted with BT.709 coefficients: say so, for players.
    '-pix_fmt',
    'yuv420p',
    '-colorspace',
    'bt709',
    '-color_primaries',
    'bt709',
    '-color_trc',
    'bt709',
    '-color_range',
    'tv',
    ...mp4MetadataOptions(exportId, metadata),
    '-f',
    'mp4',
    toolPath(output),
  ];
}

export interface TerminalRenderToMp4Options {
  ffmpegPath: string;
  input: string;
  output: string;
  /** From the catalog: the largest terminal size and the recording's duration. */
  maxCols: number;
  maxRows: number;
  durationSeconds: number;
  render: TerminalRenderOptions;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Recorded time processed over the total; called about twice a second. Must not throw. */
  onProgress?: (progress: { fraction: number; recordedSeconds: number }) => void;
  exportId?: string;
  metadata?: Record<string, string>;
  /** ffmpeg's version, reported back in the ConversionReport. */
  ffmpegVersion?: string;
}

export interface TerminalExportResult extends ConversionReport {
  width: number;
  height: number;
  stats: RenderStats;
}

const MAX_RUNNING_FRACTION = 0.99;
/** Frames written to the pipe but not yet taken by ffmpeg, at most. */
const FRAMES_IN_FLIGHT = 4;
const PROGRESS_INTERVAL_MS = 500;

class PipeClosed extends Error {}

/** A fixed set of equal buffers handed out and given back, waiting when all are out. */
class BufferRing {
  private readonly free: Buffer[];
  private readonly waiting: ((buffer: Buffer) => void)[] = [];

  constructor(count: number, size: number) {
    this.free = Array.from({ length: count }, () => Buffer.allocUnsafe(size));
  }

  take(): Promise<Buffer> {
    const buffer = this.free.pop();
    return buffer ? Promise.resolve(buffer) : new Promise((resolve) => this.waiting.push(resolve));
  }

  give(buffer: Buffer): void {
    const next = this.waiting.shift();
    if (next) next(buffer);
    else this.free.push(buffer);
  }
}

/** Resolves once the stream can take more, or rejects when it closed for good. */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      if (stream.destroyed) reject(new PipeClosed());
      else resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/**
 * Renders a terminal recording to MP4. Like video exports, ffmpeg writes `<output>.partial` and
 * only a complete, hashed file is renamed into place; any failure removes the partial file and
 * throws MediaError.
 */
export async function renderTerminalToMp4(options: TerminalRenderToMp4Options): Promise<TerminalExportResult> {
  const { ffmpegPath, input, output, signal } = options;
  if (signal?.aborted) throw cancelled();
  await checkSource(input);
  const partial = `${output}.partial`;
  await mkdir(path.dirname(output), { recursive: true });
  await rm(partial, { force: true });

  const cast = await readAsciicast(input).catch((error: unknown) => {
    throw error instanceof AsciicastError ? sourceCorrupt(`${input} is not a readable terminal recording (${error.message})`) : error;
  });
  const renderer = new TerminalRenderer(cast.header, options, options.render);
  const args = buildTerminalMp4Args({ output: partial, frameRate: options.render.frameRate, exportId: options.exportId, metadata: options.metadata });
  const mkv = new MkvWriter({ width: renderer.width, height: renderer.height, fourcc: 'I420' });
  const frames = new BufferRing(FRAMES_IN_FLIGHT, renderer.width * renderer.height * 1.5);

  // Stops ffmpeg when rendering fails, as well as on cancel from outside.
  const stopper = new AbortController();
  const onAbort = () => stopper.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  let renderError: unknown;
  let stats: RenderStats | undefined;
  let lastProgressAt = 0;
  const report = (recordedSeconds: number, fraction: number) => {
    try {
      options.onProgress?.({ fraction, recordedSeconds });
    } catch {
      // Progress is advisory.
    }
  };

  try {
    const result = await runTool(ffmpegPath, args, {
      signal: stopper.signal,
      timeoutMs: options.timeoutMs,
      feedStdin: async (stdin) => {
        // Settles only if the pipe closes early (ffmpeg died): no wait for a buffer outlives it.
        const pipeClosed = new Promise<never>((_, reject) => stdin.once('close', () => reject(new PipeClosed())));
        pipeClosed.catch(() => undefined);
        try {
          stdin.write(mkv.header());
          stats = await renderer.render({
            events: cast.events,
            durationSeconds: options.durationSeconds,
            signal: stopper.signal,
            sink: async (timeMs, frame) => {
              if (stdin.destroyed) throw new PipeClosed();
              // The renderer paints the next frame into the same memory, so the pipe gets a copy,
              // in a buffer of a small ring reused once the pipe has taken it (no garbage per frame).
              const copy = await Promise.race([frames.take(), pipeClosed]);
              frame.yuv420.copy(copy);
              stdin.write(mkv.frameHeader(timeMs, copy.length));
              const more = stdin.write(copy, () => frames.give(copy));
              if (!more) await drained(stdin);
            },
            onProgress: (recordedSeconds) => {
              const now = Date.now();
              if (now - lastProgressAt < PROGRESS_INTERVAL_MS) return;
              lastProgressAt = now;
              const fraction = options.durationSeconds > 0 ? Math.min(MAX_RUNNING_FRACTION, recordedSeconds / options.durationSeconds) : 0;
              report(recordedSeconds, fraction);
            },
          });
          stdin.end();
        } catch (error) {
          renderError = error;
          stdin.destroy();
          stopper.abort();
        }
      },
    });

    if (signal?.aborted || renderError instanceof RenderCancelled) throw cancelled();
    if (result.stoppedBy === 'timeout') throw timedOut(options.timeoutMs ?? 0);
    if (renderError && !(renderError instanceof PipeClosed)) {
      if (renderError instanceof AsciicastError) throw sourceCorrupt(`${input} is not a readable terminal recording (${renderError.message})`);
      throw renderError instanceof MediaError
        ? renderError
        : ffmpegFailed(`rendering the terminal failed (${(renderError as Error).message})`, undefined, renderError);
    }
    if (result.spawnError) throw ffmpegFailed(`ffmpeg could not be started at ${ffmpegPath} (${result.spawnError.code ?? 'unknown'})`);
    if (result.exitCode !== 0 || !stats) {
      throw readToolFailure({ stderrLines: result.stderrLines, inputPath: 'pipe:0', exitCode: result.exitCode, exitSignal: result.exitSignal });
    }
    const finished = await finishFile(partial, output).catch((error: unknown) => {
      throw ownIoFailure(error, output);
    });
    report(options.durationSeconds, 1);
    return {
      ...ffmpegReport(args, options.ffmpegVersion, finished),
      rendering: renderingReport(renderer, options.render),
      width: renderer.width,
      height: renderer.height,
      stats,
    };
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

/** How the frames given to ffmpeg were drawn, for the manifest. */
function renderingReport(renderer: TerminalRenderer, render: TerminalRenderOptions): Record<string, string | number | null> {
  return {
    renderer: 'custodian-terminal',
    emulator: `@xterm/headless ${TERMINAL_EMULATOR_VERSION}`,
    font: 'DejaVu Sans Mono 2.37 (fallbacks: Noto Sans SC, Noto Emoji)',
    fontSizePx: render.fontSize,
    frameRateCap: render.frameRate,
    idleTimeLimitSeconds: render.idleTimeLimit,
    width: renderer.width,
    height: renderer.height,
    pixelFormat: 'yuv420p, BT.709 limited range',
  };
}
