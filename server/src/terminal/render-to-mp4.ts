import type { ConversionReport } from '../media/conversion-report.js';
import { mp4MetadataOptions } from '../media/export-metadata.js';
import { cancelled, ffmpegFailed, type MediaError, sourceCorrupt } from '../media/media-error.js';
import { checkSource } from '../media/source-check.js';
import { drawnFramesVideoArgs, encodePipedFrames, pipedFramesInputArgs } from '../media/piped-frames.js';
import { toolPath } from '../media/tool-path.js';
import { AsciicastError } from './asciicast/asciicast.js';
import { readAsciicast } from './asciicast/read-asciicast.js';
import { TERMINAL_EMULATOR_VERSION } from './render/terminal-emulator.js';
import type { TerminalRenderOptions } from './render/terminal-render-options.js';
import { RenderCancelled, TerminalRenderer, TerminalTooLarge, type RenderStats } from './render/terminal-renderer.js';

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
    ...pipedFramesInputArgs(),
    // Screen content is mostly flat colour and text: superfast keeps it sharp at this CRF and
    // costs a sixth less CPU than veryfast, which decides the speed of a long export.
    ...drawnFramesVideoArgs({ frameRate, preset: 'superfast' }),
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

/** Frames written to the pipe but not yet taken by ffmpeg, at most. */
const FRAMES_IN_FLIGHT = 4;

function unreadable(input: string, error: AsciicastError): MediaError {
  return sourceCorrupt(`${input} is not a readable terminal recording (${error.message})`);
}

/**
 * Renders a terminal recording to MP4: the session replayed in a terminal emulator, each screen
 * state drawn and piped to ffmpeg (see media/piped-frames.ts). Throws MediaError.
 */
export async function renderTerminalToMp4(options: TerminalRenderToMp4Options): Promise<TerminalExportResult> {
  const { input, output, signal } = options;
  if (signal?.aborted) throw cancelled();
  await checkSource(input);
  const cast = await readAsciicast(input).catch((error: unknown) => {
    throw error instanceof AsciicastError ? unreadable(input, error) : error;
  });
  let renderer: TerminalRenderer;
  try {
    renderer = new TerminalRenderer(cast.header, options, options.render);
  } catch (error) {
    throw error instanceof TerminalTooLarge ? sourceCorrupt(`${input} cannot be drawn: ${error.message}`) : error;
  }
  const partial = `${output}.partial`;
  const args = buildTerminalMp4Args({ output: partial, frameRate: options.render.frameRate, exportId: options.exportId, metadata: options.metadata });
  const { report, drawn: stats } = await encodePipedFrames({
    ...options,
    args,
    partial,
    width: renderer.width,
    height: renderer.height,
    framesInFlight: FRAMES_IN_FLIGHT,
    draw: ({ sink, signal: stop, onProgress }) =>
      renderer.render({
        events: cast.events,
        durationSeconds: options.durationSeconds,
        signal: stop,
        sink: (timeMs, frame) => sink(timeMs, frame.yuv420),
        onProgress,
      }),
    cancelledBy: (error) => error instanceof RenderCancelled,
    drawingFailure: (error) =>
      error instanceof AsciicastError
        ? unreadable(input, error)
        : ffmpegFailed(`rendering the terminal failed (${(error as Error).message})`, undefined, error),
  });
  return { ...report, rendering: renderingReport(renderer, options.render), width: renderer.width, height: renderer.height, stats };
}

/** How the frames given to ffmpeg were drawn, for the manifest. */
function renderingReport(renderer: TerminalRenderer, render: TerminalRenderOptions): Record<string, string | number | null> {
  return {
    renderer: 'custodian-terminal',
    emulator: `@xterm/headless ${TERMINAL_EMULATOR_VERSION}`,
    font: 'DejaVu Sans Mono 2.37 (fallbacks: Noto Sans SC, Noto Emoji)',
    // Smaller than asked when the terminal would not fit in the largest frame at that size.
    fontSizePx: renderer.fontSize,
    requestedFontSizePx: render.fontSize,
    frameRateCap: render.frameRate,
    idleTimeLimitSeconds: render.idleTimeLimit,
    width: renderer.width,
    height: renderer.height,
    pixelFormat: 'yuv420p, BT.709 limited range',
  };
}
