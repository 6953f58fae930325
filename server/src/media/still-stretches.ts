import { checkSource } from './source-check.js';
import { cancelled, sourceCorrupt } from './media-error.js';
import { FreezeDetectParser, type StillStretch } from './freeze-detect-output.js';
import { keptGapArgs } from './longest-recording.js';
import { recordingInputArgs } from './input-whitelist.js';
import { ProgressParser, progressFraction, type ProgressSnapshot } from './progress.js';
import { runTool } from './run-tool.js';
import { toolFailure } from './tool-failure.js';

/** A picture that stays still at least this long is an idle stretch (the web app's rule for every player). */
export const STILL_SECONDS = 5;

/*
 * Cheap on purpose: a stretch of 5 s needs no more than a few frames a second to be seen, nor
 * more than a thumbnail's pixels; a cursor blink or a clock in a corner still counts as change at
 * 160 pixels wide, and compression noise on a still screen stays under the threshold (about
 * -50 dB, where freezedetect's default of -60 dB takes an encoder's flicker for change).
 */
const FRAMES_PER_SECOND = 4;
const WIDTH = 160;
const NOISE = 0.003;

export interface StillStretchOptions {
  ffmpegPath: string;
  /** A local copy of the recording's source. */
  input: string;
  durationSeconds: number;
  signal?: AbortSignal;
  timeoutMs?: number;
  threads?: number;
  /** Share of the recording read so far (out_time over the duration), 0 to 1. */
  onProgress?: (fraction: number) => void;
}

/** The ffmpeg arguments: the recording's video only, through the input whitelist, decoded to nothing. */
export function stillStretchArgs(input: string, threads?: number): string[] {
  return [
    '-hide_banner',
    '-nostdin',
    '-nostats',
    '-loglevel',
    'info',
    '-progress',
    'pipe:1',
    ...keptGapArgs(),
    ...recordingInputArgs(),
    '-i',
    input,
    '-map',
    '0:v:0',
    '-an',
    '-sn',
    '-dn',
    '-vf',
    `fps=${FRAMES_PER_SECOND},scale=${WIDTH}:-2,freezedetect=n=${NOISE}:d=${STILL_SECONDS}`,
    ...(threads ? ['-threads', String(threads)] : []),
    '-f',
    'null',
    '-',
  ];
}

/**
 * The stretches of the recording in which the picture stays still for STILL_SECONDS or more,
 * found by decoding it with ffmpeg's freezedetect: sorted, clipped to the duration, at most
 * MAX_STILL_STRETCHES. Throws MediaError when ffmpeg cannot read it.
 */
export async function findStillStretches(options: StillStretchOptions): Promise<StillStretch[]> {
  const { ffmpegPath, input, durationSeconds, signal, timeoutMs } = options;
  if (signal?.aborted) throw cancelled();
  await checkSource(input);
  const progress = new ProgressParser();
  const freezes = new FreezeDetectParser(durationSeconds);
  let last: ProgressSnapshot | undefined;
  const result = await runTool(ffmpegPath, stillStretchArgs(input, options.threads), {
    signal,
    timeoutMs,
    onStdout: (chunk) => {
      for (const snapshot of progress.push(chunk)) {
        last = snapshot;
        try {
          options.onProgress?.(progressFraction(snapshot.outTimeSeconds, durationSeconds));
        } catch {
          // Progress is advisory; a failing listener must not leave ffmpeg orphaned.
        }
      }
    },
    onStderr: (chunk) => freezes.push(chunk),
  });
  const failure = toolFailure(result, { tool: 'ffmpeg', toolPath: ffmpegPath, inputPath: input, timeoutMs });
  if (failure) throw failure;
  if (last?.frame === 0) throw sourceCorrupt(`no video frame could be read from ${input}`, result.stderrLines.join('\n') || undefined);
  return freezes.finish();
}
