import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { ffmpegReport, type ConversionReport } from './conversion-report.js';
import { finishFile } from './finish-file.js';
import { forcedKeyframeArgs } from './forced-keyframes.js';
import { FramePipe, FramePipeClosed } from './frame-pipe.js';
import { pipedMatroskaInputArgs } from './input-whitelist.js';
import { cancelled, MediaError } from './media-error.js';
import { MkvWriter } from './mkv-writer.js';
import { runTool } from './run-tool.js';
import { toolFailure } from './tool-failure.js';
import { ownIoFailure } from './transcode.js';

/** Where a drawing sends each frame: its time and its picture in 4:2:0 (BT.709), reused by the drawer after the call. */
export type FrameSink = (timeMs: number, yuv420: Buffer) => Promise<void>;

/** What a drawing of a recording into frames gets from the encoder around it. */
export interface DrawingInput {
  sink: FrameSink;
  /** Stops the drawing: cancelled from outside, or ffmpeg is gone. */
  signal: AbortSignal;
  /** Recorded time drawn so far, in seconds. */
  onProgress(recordedSeconds: number): void;
}

export interface PipedFramesOptions<S> {
  ffmpegPath: string;
  ffmpegVersion?: string;
  /** ffmpeg's arguments: Matroska frames on `pipe:0` (see pipedMatroskaInputArgs), the MP4 to `partial`. */
  args: string[];
  /** The finished MP4; ffmpeg writes `partial` and only a complete, hashed file gets this name. */
  output: string;
  partial: string;
  width: number;
  height: number;
  /** Frames written to the pipe but not yet taken by ffmpeg, at most, counting the last one sent, which is kept (at least 2). */
  framesInFlight: number;
  /** The recording's duration, for the progress fraction. */
  durationSeconds: number;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Recorded time processed over the total; about twice a second. Must not throw. */
  onProgress?: (progress: { fraction: number; recordedSeconds: number }) => void;
  /** Draws the recording into the sink; what it returns is handed back with the report. */
  draw(input: DrawingInput): Promise<S>;
  /** The drawing's own failure in the export's words; a cancellation of the drawing is recognised by `cancelledBy`. */
  drawingFailure(error: unknown): MediaError;
  cancelledBy(error: unknown): boolean;
}

/**
 * The longest a frame is shown before it is sent again. ffmpeg's MP4 writer refuses a frame
 * lasting more than 2^31 of its track's time units (1/10,000 to 1/20,000 s, by frame rate): about
 * 30 hours at the least. It then places the next frame a tick after the last one, so a screen
 * still over a night and a day (a session left open over a weekend) would show its next change at
 * the wrong time. Sent again every 24 hours, a still frame never lasts that long.
 */
const MAX_FRAME_GAP_MS = 24 * 3600 * 1000;

const MAX_RUNNING_FRACTION = 0.99;
const PROGRESS_INTERVAL_MS = 500;

/**
 * Encodes frames drawn in this process (terminal sessions, Guacamole displays) to MP4: ffmpeg
 * reads them as timestamped raw Matroska on its standard input, so no frame is ever a file and a
 * still screen is one frame however long. Each frame is copied into a slot of a small ring shared
 * with the thread that writes them to ffmpeg (see frame-pipe.ts), reused once written: the ring
 * bounds the memory queued, no garbage is made per frame, and drawing goes on while ffmpeg reads.
 * Like video exports, only a complete, hashed file gets the final name; any failure removes the
 * partial file and throws MediaError.
 */
export async function encodePipedFrames<S>(options: PipedFramesOptions<S>): Promise<{ report: ConversionReport; drawn: S }> {
  const { output, partial, signal } = options;
  if (signal?.aborted) throw cancelled();
  // One slot is always the last frame, held: with fewer than two, the next could never be taken.
  if (options.framesInFlight < 2) throw new RangeError('At least two frames must be in flight');
  let pipe: FramePipe;
  try {
    await mkdir(path.dirname(output), { recursive: true });
    await rm(partial, { force: true });
    pipe = await FramePipe.open(options.framesInFlight, options.width * options.height * 1.5);
  } catch (error) {
    throw ownIoFailure(error, output);
  }
  const mkv = new MkvWriter({ width: options.width, height: options.height, fourcc: 'I420' });

  // Stops ffmpeg when drawing fails, as well as on cancel from outside.
  const stopper = new AbortController();
  const onAbort = () => stopper.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  let drawingError: unknown;
  let drawn: { value: S } | undefined;
  let lastProgressAt = 0;
  const report = (recordedSeconds: number, fraction: number) => {
    try {
      options.onProgress?.({ fraction, recordedSeconds });
    } catch {
      // Progress is advisory.
    }
  };
  const written = (header: Buffer, slot: Buffer) => Promise.race([new Promise<void>((resolve) => pipe.send(header, slot, resolve)), pipe.closed]);

  const draw = async (): Promise<void> => {
    try {
      pipe.send(mkv.header());
      // The last frame sent, kept out of the ring until the next one is written after it, so
      // that it can be sent again across a long still stretch.
      let previous: { slot: Buffer; timeMs: number } | undefined;
      const value = await options.draw({
        signal: stopper.signal,
        sink: async (timeMs, yuv420) => {
          if (pipe.isClosed) await pipe.closed;
          const held = previous;
          if (held) {
            for (let at = held.timeMs + MAX_FRAME_GAP_MS; at < timeMs; at += MAX_FRAME_GAP_MS) {
              // The same slot each time; waiting for each write bounds what is queued.
              await written(mkv.frameHeader(at, held.slot.length), held.slot);
            }
          }
          const slot = await pipe.take();
          yuv420.copy(slot);
          // Writes finish in order: once this one has, so have all of the held frame's.
          pipe.send(mkv.frameHeader(timeMs, slot.length), slot, () => held && pipe.give(held.slot));
          previous = { slot, timeMs };
        },
        onProgress: (recordedSeconds) => {
          const now = Date.now();
          if (now - lastProgressAt < PROGRESS_INTERVAL_MS) return;
          lastProgressAt = now;
          const fraction = options.durationSeconds > 0 ? Math.min(MAX_RUNNING_FRACTION, recordedSeconds / options.durationSeconds) : 0;
          report(recordedSeconds, fraction);
        },
      });
      drawn = { value };
      pipe.end();
    } catch (error) {
      drawingError = error;
      stopper.abort();
    }
  };

  try {
    const running = runTool(options.ffmpegPath, options.args, { signal: stopper.signal, timeoutMs: options.timeoutMs, stdin: pipe.input });
    // Once ffmpeg has exited, nothing waits on the pipe any longer: a drawing still going stops.
    void running.then(() => pipe.close('ffmpeg exited'));
    const [result] = await Promise.all([running, draw()]);

    if (signal?.aborted || (drawingError !== undefined && options.cancelledBy(drawingError))) throw cancelled();
    const run = { tool: 'ffmpeg', toolPath: options.ffmpegPath, inputPath: 'pipe:0', timeoutMs: options.timeoutMs } as const;
    if (result.stoppedBy === 'timeout') throw toolFailure(result, run)!;
    if (drawingError !== undefined && !(drawingError instanceof FramePipeClosed)) {
      throw drawingError instanceof MediaError ? drawingError : options.drawingFailure(drawingError);
    }
    // Stopped here because the pipe closed (ffmpeg died on its own), not from outside: what
    // ffmpeg's exit says is the failure, not a cancellation.
    const failure = toolFailure(result.stoppedBy === 'abort' ? { ...result, stoppedBy: null } : result, run);
    if (failure) throw failure;
    // ffmpeg closed its input early yet exited 0: the drawing did not get to its end.
    if (!drawn) throw options.drawingFailure(new Error('ffmpeg stopped reading frames before the drawing ended'));
    const finished = await finishFile(partial, output).catch((error: unknown) => {
      throw ownIoFailure(error, output);
    });
    report(options.durationSeconds, 1);
    return { report: ffmpegReport(options.args, options.ffmpegVersion, finished), drawn: drawn.value };
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await pipe.dispose().catch(() => undefined);
  }
}

/** The input side of ffmpeg's arguments for piped frames: our own Matroska on standard input, nothing else opened or probed. */
export function pipedFramesInputArgs(): string[] {
  // Read the pipe in large blocks: frames are megabytes, and small reads cost system time.
  return ['-blocksize', '1048576', ...pipedMatroskaInputArgs(), '-i', 'pipe:0'];
}

export interface DrawnFramesEncoding {
  frameRate: number;
  /** x264's preset. */
  preset: string;
  threads?: number;
  /**
   * A constant quantizer instead of CRF 20, for a caller whose export the encoder's CPU decides:
   * x264's rate control has a cost of its own at the fastest presets.
   */
  qp?: number;
}

/**
 * The video output options for drawn frames: each frame keeps its own time (variable frame rate
 * on a clock of `frameRate`: a screen still for a minute is one frame, not 1800), H.264 at a
 * quality that keeps text crisp, and the colour description of frames drawn in 4:2:0 with BT.709.
 */
export function drawnFramesVideoArgs({ frameRate, preset, threads, qp }: DrawnFramesEncoding): string[] {
  return [
    '-vsync',
    'vfr',
    '-r',
    String(frameRate),
    '-c:v',
    'libx264',
    '-preset',
    preset,
    ...(threads ? ['-threads', String(threads)] : []),
    // Text needs a little more quality than camera video to stay crisp.
    ...(qp === undefined ? ['-crf', '20'] : ['-qp', String(qp)]),
    // B-frames would reorder frames whose gaps are seconds apart and break the last frame's length.
    '-bf',
    '0',
    // A keyframe at least every 5 s of video keeps seeking quick in long sessions.
    ...forcedKeyframeArgs(5),
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
  ];
}
