import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ConversionReport } from '../media/conversion-report.js';
import { mp4MetadataOptions } from '../media/export-metadata.js';
import { cancelled, ffmpegFailed, type MediaError, sourceCorrupt } from '../media/media-error.js';
import { checkSource } from '../media/source-check.js';
import { drawnFramesVideoArgs, encodePipedFrames, pipedFramesInputArgs } from '../media/piped-frames.js';
import { toolPath } from '../media/tool-path.js';
import { GuacamoleError } from './guacamole-error.js';
import type { GuacamoleRenderOptions } from './guacamole-render-options.js';
import { GuacamoleRenderCancelled, GuacamoleRenderer, type GuacamoleRenderStats } from './guacamole-renderer.js';
import { collectKeyEvents } from './keys/collect-keys.js';
import { toSrt, typedTextCues } from './keys/typed-text.js';

/** Changes whenever the same recording could be drawn differently; the manifest records it. */
export const GUACAMOLE_RENDERER_VERSION = '1.2.0';

export interface GuacamoleMp4ArgsInput {
  output: string;
  frameRate: number;
  /** A SubRip file of what was typed, written into the MP4 as a mov_text subtitle track. */
  subtitles?: string;
  exportId?: string;
  metadata?: Record<string, string>;
}

/**
 * ffmpeg reads timestamped raw frames (Matroska) on stdin and writes H.264 in MP4, as for terminal
 * recordings: variable frame rate, so an idle desktop is one frame, not 25 a second. Exported so
 * that the benchmark runs exactly the command the exports run.
 */
export function buildGuacamoleMp4Args({ output, frameRate, subtitles, exportId, metadata = {} }: GuacamoleMp4ArgsInput): string[] {
  return [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    ...pipedFramesInputArgs(),
    // Our own subtitle file, read as SubRip and only from a file.
    ...(subtitles ? ['-protocol_whitelist', 'file', '-f', 'srt', '-i', toolPath(subtitles)] : []),
    '-map',
    '0:v',
    ...(subtitles ? ['-map', '1:s', '-c:s', 'mov_text', '-metadata:s:s:0', 'language=und', '-metadata:s:s:0', 'handler_name=Typed keys'] : []),
    // Desktops are text, flat colour and some photos: ultrafast keeps them sharp for two thirds
    // of superfast's CPU, which decides the speed of an export when drawing takes the other core.
    // A constant quantizer rather than CRF 20: CRF's rate control took a fifth more of ffmpeg's
    // CPU and spent bits on frames that barely changed. At QP 16 the worst frame of each shared
    // recording is as close to the drawn one or closer (49-52 dB, CRF 20: 48-49), the average a
    // little less (54-56 dB, CRF 20: 56-60), the file up to 14% smaller. One encoding thread: the
    // other core draws the frames, and x264's frame threads would only add their own overhead (a
    // third more CPU for the same frames on two cores).
    ...drawnFramesVideoArgs({ frameRate, preset: 'ultrafast', threads: 1, qp: 16 }),
    ...mp4MetadataOptions(exportId, metadata),
    '-f',
    'mp4',
    toolPath(output),
  ];
}

export interface GuacamoleRenderToMp4Options {
  ffmpegPath: string;
  input: string;
  output: string;
  /** From the catalog (the summary): the canvas size, the duration and whether keys were recorded. */
  width: number;
  height: number;
  durationSeconds: number;
  /** The summary's first timestamp: frame times count from it. */
  firstTimestampMs?: number | null;
  /** Adds the typed-text subtitle track; false skips looking for keys. Undefined: when the recording has keys. */
  keysRecorded?: boolean;
  render: GuacamoleRenderOptions;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Recorded time processed over the total; called about twice a second. Must not throw. */
  onProgress?: (progress: { fraction: number; recordedSeconds: number }) => void;
  exportId?: string;
  metadata?: Record<string, string>;
  /** ffmpeg's version, reported back in the ConversionReport. */
  ffmpegVersion?: string;
}

export interface GuacamoleExportResult extends ConversionReport {
  width: number;
  height: number;
  /** Subtitles of what was typed, when keys were recorded. */
  subtitleCues: number;
  stats: GuacamoleRenderStats;
}

/**
 * Memory for frames written to the pipe but not yet taken by ffmpeg. Drawing is bursty (a chunk of
 * images to decode, then many quick frames) and so is encoding; a queue of some dozen frames lets
 * each side work through the other's bursts instead of waiting frame by frame.
 */
const FRAME_QUEUE_BYTES = 48 * 1024 * 1024;
const MIN_FRAMES_IN_FLIGHT = 4;
const MAX_FRAMES_IN_FLIGHT = 32;

function unreadable(input: string, error: GuacamoleError): MediaError {
  return sourceCorrupt(`${input} is not a readable Guacamole recording (${error.message})`);
}

/**
 * Renders a Guacamole recording to MP4: its display drawn instruction by instruction and each
 * changed frame piped to ffmpeg (see media/piped-frames.ts), with what was typed as a subtitle
 * track. Throws MediaError; the subtitle file is removed whatever happens.
 */
export async function renderGuacamoleToMp4(options: GuacamoleRenderToMp4Options): Promise<GuacamoleExportResult> {
  const { input, output, signal } = options;
  if (signal?.aborted) throw cancelled();
  await checkSource(input);
  const partial = `${output}.partial`;
  const subtitleFile = `${output}.keys.srt`;
  await mkdir(path.dirname(output), { recursive: true });

  let renderer: GuacamoleRenderer;
  try {
    renderer = new GuacamoleRenderer({ width: options.width, height: options.height }, options.render);
  } catch (error) {
    throw sourceCorrupt(`${input} has no drawable display size (${(error as Error).message})`);
  }

  try {
    // Subtitles come first, from a quick pass over the keys, so that ffmpeg gets them as a file.
    let subtitleCues = 0;
    if (options.keysRecorded !== false) {
      const { events, videoSeconds } = await collectKeyEvents(input, { ...options.render, firstTimestampMs: options.firstTimestampMs, signal }).catch(
        (error: unknown) => {
          throw error instanceof GuacamoleError ? unreadable(input, error) : error;
        },
      );
      if (signal?.aborted) throw cancelled();
      const cues = typedTextCues(events);
      // No subtitle may outlast the video (shorter than the recording with an idle limit): the MP4's
      // duration is the video's.
      const endMs = Math.floor(videoSeconds * 1000);
      const kept = cues.filter((cue) => cue.startMs < endMs).map((cue) => ({ ...cue, endMs: Math.min(cue.endMs, endMs) }));
      subtitleCues = kept.length;
      if (subtitleCues > 0) await writeFile(subtitleFile, toSrt(kept), 'utf8');
    }

    const args = buildGuacamoleMp4Args({
      output: partial,
      frameRate: options.render.frameRate,
      subtitles: subtitleCues > 0 ? subtitleFile : undefined,
      exportId: options.exportId,
      metadata: options.metadata,
    });
    const frameBytes = renderer.width * renderer.height * 1.5;
    const { report, drawn: stats } = await encodePipedFrames({
      ...options,
      args,
      partial,
      width: renderer.width,
      height: renderer.height,
      framesInFlight: Math.max(MIN_FRAMES_IN_FLIGHT, Math.min(MAX_FRAMES_IN_FLIGHT, Math.floor(FRAME_QUEUE_BYTES / frameBytes))),
      draw: ({ sink, signal: stop, onProgress }) =>
        renderer.render({ file: input, firstTimestampMs: options.firstTimestampMs, signal: stop, sink, onProgress }),
      cancelledBy: (error) => error instanceof GuacamoleRenderCancelled,
      drawingFailure: (error) =>
        error instanceof GuacamoleError
          ? unreadable(input, error)
          : ffmpegFailed(`drawing the Guacamole recording failed (${(error as Error).message})`, undefined, error),
    });
    return {
      ...report,
      rendering: guacamoleRenderingReport(renderer, options.render, stats, subtitleCues),
      width: renderer.width,
      height: renderer.height,
      subtitleCues,
      stats,
    };
  } finally {
    await rm(subtitleFile, { force: true }).catch(() => undefined);
  }
}

/** "name×count, …" of a count table, most frequent first, for the manifest's flat values. */
function countList(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([opcode, count]) => `${opcode}×${count}`)
    .join(', ');
}

function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** How the frames given to ffmpeg were drawn, for the manifest: enough to reproduce them. */
export function guacamoleRenderingReport(
  renderer: { width: number; height: number },
  render: GuacamoleRenderOptions,
  stats: GuacamoleRenderStats,
  subtitleCues: number,
): Record<string, string | number | null> {
  return {
    renderer: 'custodian-guacamole',
    rendererVersion: GUACAMOLE_RENDERER_VERSION,
    imageDecoder: 'PNG in TypeScript, JPEG and WebP by Skia (@napi-rs/canvas), anything else by sharp (libvips)',
    frameRateCap: render.frameRate,
    idleTimeLimitSeconds: render.idleTimeLimit,
    width: renderer.width,
    height: renderer.height,
    pixelFormat: 'yuv420p, BT.709 limited range, colour fitted per 2x2 block',
    instructions: stats.instructions,
    skippedInstructions: total(stats.counts.skipped),
    skippedOpcodes: countList(stats.counts.skipped),
    unsupportedInstructions: total(stats.counts.unsupported),
    unsupportedOpcodes: countList(stats.counts.unsupported),
    unknownInstructions: total(stats.counts.unknown),
    unknownOpcodes: countList(stats.counts.unknown),
    invalidInstructions: total(stats.counts.invalid),
    imagesFailed: stats.imagesFailed,
    truncatedAtByte: stats.truncated?.byteOffset ?? null,
    typedTextSubtitles: subtitleCues > 0 ? `mov_text, ${subtitleCues} cues` : 'none',
  };
}
