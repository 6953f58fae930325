import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { finishFile } from './finish-file.js';
import { readToolFailure } from './failure-reading.js';
import { cancelled, MediaError, sourceCorrupt } from './media-error.js';
import { ProgressParser, type ProgressSnapshot, progressFraction } from './progress.js';
import { runTool, type RunToolResult } from './run-tool.js';
import { ffmpegReport, type ConversionReport } from './conversion-report.js';
import { mp4MetadataOptions } from './export-metadata.js';
import { recordingInputArgs } from './input-whitelist.js';
import { checkSource } from './source-check.js';
import { toolFailure } from './tool-failure.js';
import { toolPath } from './tool-path.js';
import { keptGapArgs } from './longest-recording.js';
import { canSkipUnchangedFrames, unchangedFrameFilters, unchangedFrameOutputOptions } from './unchanged-frames.js';

export interface Mp4ArgsInput {
  input: string;
  output: string;
  hasAudio: boolean;
  /** Stamped into the MP4 (see exportMetadataArgs), so the file names its export. */
  exportId?: string;
  /** Further `-metadata key=value` tags. */
  metadata?: Record<string, string>;
  /**
   * Encode a frame only when the picture changed (variable frame rate; see unchanged-frames.ts).
   * Needs the source's duration; without one every frame is encoded.
   */
  skipUnchangedFrames?: boolean;
  durationSeconds?: number;
  /**
   * Encode only this part of the input (an export segment: see media/segment-plan.ts), in seconds
   * from its start; `startSeconds` is a keyframe, so the part decodes on its own. The output's
   * time starts at 0, and `durationSeconds` is the part's.
   */
  range?: { startSeconds: number; endSeconds: number };
  /**
   * Whether the encoded part ends where the recording ends (true unless said otherwise). An export
   * segment before the last one does not: its last second is not kept whole (see unchanged-frames.ts).
   */
  endsRecording?: boolean;
  /** ffmpeg's threads for decoding, filtering and encoding; unset lets ffmpeg use every core. */
  threads?: number;
  /** How hard and how small x264 encodes; exports use EXPORT_ENCODING. */
  encoding?: Mp4Encoding;
}

/** x264's speed and quality, and an optional largest width (the height follows the picture's shape). */
export interface Mp4Encoding {
  preset: string;
  crf: number;
  maxWidth?: number;
}

/** Exports: the picture at its size, at a quality nobody can tell from the source on a screen recording. */
export const EXPORT_ENCODING: Mp4Encoding = { preset: 'veryfast', crf: 23 };

/**
 * The ffmpeg arguments of an export: H.264 + AAC in an MP4 that every player and court viewer
 * opens. Exported so that a benchmark runs exactly the command the exports run.
 */
export function buildMp4Args({
  input,
  output,
  hasAudio,
  exportId,
  metadata = {},
  skipUnchangedFrames = false,
  durationSeconds,
  range,
  endsRecording = true,
  threads,
  encoding = EXPORT_ENCODING,
}: Mp4ArgsInput): string[] {
  // H.264 in 4:2:0 needs even dimensions; screen recordings of a window often have odd ones.
  // With a largest width, the height follows the shape of the picture (-2: even).
  const evenSize = encoding.maxWidth ? `scale=w=trunc(min(iw\\,${encoding.maxWidth})/2)*2:h=-2` : 'scale=trunc(iw/2)*2:trunc(ih/2)*2';
  // Frames are compared as they will be encoded: in yuv420p, at the encoded size.
  const skipping = skipUnchangedFrames && canSkipUnchangedFrames(durationSeconds);
  const video = skipping ? [evenSize, 'format=yuv420p', ...unchangedFrameFilters(durationSeconds, endsRecording)].join(',') : evenSize;
  return [
    '-hide_banner',
    '-loglevel',
    'error',
    '-nostdin',
    '-y',
    // Machine-readable progress on stdout; errors alone on stderr.
    '-progress',
    'pipe:1',
    '-nostats',
    ...(threads ? ['-threads', String(threads), '-filter_threads', String(threads)] : []),
    ...keptGapArgs(),
    // Only the stored file itself, read by a recording container's demuxer (never a playlist).
    ...recordingInputArgs(),
    // Both before the input: reading starts on the range's keyframe and stops at its end. An output
    // `-t` would stop only when a frame past the end reaches the encoder, and a segment whose last
    // frames are dropped as unchanged would have ffmpeg read on to the next change, maybe the file's end.
    ...(range ? ['-ss', seconds(range.startSeconds), '-t', seconds(range.endSeconds - range.startSeconds)] : []),
    '-i',
    toolPath(input),
    '-map',
    '0:v:0',
    ...(hasAudio ? ['-map', '0:a:0'] : []),
    '-vf',
    video,
    '-c:v',
    'libx264',
    '-preset',
    encoding.preset,
    '-crf',
    String(encoding.crf),
    // Recorders often produce 4:4:4 or RGB, which many players cannot decode.
    '-pix_fmt',
    'yuv420p',
    ...(threads ? ['-threads', String(threads)] : []),
    ...(skipping ? unchangedFrameOutputOptions() : []),
    ...(hasAudio ? ['-c:a', 'aac', '-b:a', '128k'] : ['-an']),
    ...mp4MetadataOptions(exportId, metadata),
    // The output name ends in ".partial", so the format cannot be guessed from it.
    '-f',
    'mp4',
    toolPath(output),
  ];
}

/** Seconds as ffmpeg reads them, to the microsecond. */
function seconds(value: number): string {
  return value.toFixed(6);
}

export interface TranscodeProgress {
  /** 0..1; stays below 1 until the finished file is in place. */
  fraction: number;
  outTimeSeconds: number;
  speed?: number;
}

export interface TranscodeOptions {
  ffmpegPath: string;
  input: string;
  output: string;
  /** The source's duration, for the progress fraction. */
  durationSeconds: number;
  hasAudio: boolean;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Called about twice a second, and once with fraction 1 when done. Must not throw. */
  onProgress?: (progress: TranscodeProgress) => void;
  /** The export this file is for; written into its metadata. */
  exportId?: string;
  metadata?: Record<string, string>;
  /** ffmpeg's version, reported back in the ConversionReport. */
  ffmpegVersion?: string;
  /** Encode only frames that differ from the last one encoded (see unchanged-frames.ts); off by default here, on in exports. */
  skipUnchangedFrames?: boolean;
  /** Encode only this part of the input; `durationSeconds` is then the part's (see Mp4ArgsInput). */
  range?: { startSeconds: number; endSeconds: number };
  /** False for an export segment before the last one (see Mp4ArgsInput). */
  endsRecording?: boolean;
  threads?: number;
  encoding?: Mp4Encoding;
}

/** What ran and what it produced; the same shape every conversion path returns. */
export type TranscodeResult = ConversionReport;

/** Stays visibly unfinished until the file is renamed into place. */
const MAX_RUNNING_FRACTION = 0.99;

/**
 * Transcodes a recording to MP4. ffmpeg writes to `<output>.partial`; only a complete, hashed
 * and synced file is renamed to `output`, so a file under the final name is always whole.
 * Any failure removes the partial file and throws MediaError.
 */
export async function transcodeToMp4(options: TranscodeOptions): Promise<TranscodeResult> {
  const { ffmpegPath, input, output, durationSeconds, signal, timeoutMs } = options;
  if (signal?.aborted) throw cancelled();
  await checkSource(input);

  const partial = `${output}.partial`;
  try {
    await mkdir(path.dirname(output), { recursive: true });
    // Left over from a run that died with the server; ffmpeg would overwrite it anyway.
    await rm(partial, { force: true });
  } catch (error) {
    throw ownIoFailure(error, output);
  }

  const args = buildMp4Args({
    input,
    output: partial,
    hasAudio: options.hasAudio,
    exportId: options.exportId,
    metadata: options.metadata,
    skipUnchangedFrames: options.skipUnchangedFrames,
    durationSeconds,
    range: options.range,
    endsRecording: options.endsRecording,
    threads: options.threads,
    encoding: options.encoding,
  });
  const parser = new ProgressParser();
  let last: ProgressSnapshot | undefined;
  const report = (progress: TranscodeProgress): void => {
    try {
      options.onProgress?.(progress);
    } catch {
      // Progress is advisory; a failing listener must not break the export or leave ffmpeg orphaned.
    }
  };

  const result = await runTool(ffmpegPath, args, {
    signal,
    timeoutMs,
    onStdout: (chunk) => {
      for (const snapshot of parser.push(chunk)) {
        last = snapshot;
        const fraction = Math.min(MAX_RUNNING_FRACTION, progressFraction(snapshot.outTimeSeconds, durationSeconds));
        report({ fraction, outTimeSeconds: snapshot.outTimeSeconds, speed: snapshot.speed });
      }
    },
  });

  try {
    const failure = runFailure(result, options, last);
    if (failure) throw failure;
    if (signal?.aborted) throw cancelled();
    const finished = await finishFile(partial, output).catch((error: unknown) => {
      throw ownIoFailure(error, output);
    });
    report({ fraction: 1, outTimeSeconds: last?.outTimeSeconds ?? durationSeconds, speed: last?.speed });
    return ffmpegReport(args, options.ffmpegVersion, finished);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** The error for a finished ffmpeg run, or undefined when it produced a usable file. */
function runFailure(result: RunToolResult, options: TranscodeOptions, last: ProgressSnapshot | undefined): MediaError | undefined {
  const failure = toolFailure(result, { tool: 'ffmpeg', toolPath: options.ffmpegPath, inputPath: options.input, timeoutMs: options.timeoutMs });
  if (failure) return failure;
  // ffmpeg exits 0 with an empty MP4 when a file has a valid header but no readable frames
  // (a recording cut off right after it started, or one overwritten with garbage).
  if (last?.frame === 0) {
    return sourceCorrupt(`no video frame could be read from ${options.input}`, result.stderrLines.join('\n') || undefined);
  }
  return undefined;
}

/** A failure of our own file handling around ffmpeg (creating the folder, hashing, renaming). */
export function ownIoFailure(error: unknown, output: string): MediaError {
  const code = (error as NodeJS.ErrnoException).code;
  const failure = readToolFailure({ stderrLines: [], errnoCode: code });
  if (failure.kind !== 'FFMPEG_FAILED') return failure;
  return new MediaError('FFMPEG_FAILED', `The export file could not be written: ${output} (${code ?? String(error)}).`, {
    cause: error,
  });
}
