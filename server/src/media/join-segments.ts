import { rm, writeFile } from 'node:fs/promises';
import { ffmpegReport, type ConversionReport } from './conversion-report.js';
import { mp4MetadataOptions } from './export-metadata.js';
import { finishFile } from './finish-file.js';
import { keptGapArgs } from './longest-recording.js';
import { cancelled } from './media-error.js';
import { runTool } from './run-tool.js';
import { toolFailure } from './tool-failure.js';
import { toolPath } from './tool-path.js';
import { ownIoFailure } from './transcode.js';
import { SPARSE_FRAMES_TIMESCALE } from './unchanged-frames.js';

/** One encoded segment to join: its MP4 and the length of the recording it covers. */
export interface JoinPart {
  file: string;
  durationSeconds: number;
}

/**
 * The concat demuxer's list. Each part's `duration` is the length of the recording it covers,
 * as planned, not what its encoder wrote: the next part then starts exactly where it starts in
 * the recording, so joining adds no drift however many parts there are.
 */
export function concatList(parts: readonly JoinPart[]): string {
  const quote = (file: string) => `'${toolPath(file).replaceAll("'", "'\\''")}'`;
  return ['ffconcat version 1.0', ...parts.flatMap((part) => [`file ${quote(part.file)}`, `duration ${part.durationSeconds.toFixed(6)}`]), ''].join('\n');
}

/**
 * ffmpeg's arguments for joining: streams copied as they are (every part was encoded by the
 * same encoder with the same settings; only the last keeps its last second whole), the export's
 * metadata stamped, the index first. Only our own list and the MP4s it names may be read.
 */
export function buildJoinArgs(list: string, output: string, exportId?: string, metadata?: Record<string, string>): string[] {
  return [
    '-hide_banner',
    '-loglevel',
    'error',
    '-nostdin',
    '-y',
    // A still stretch inside a part is no timestamp error.
    ...keptGapArgs(),
    '-protocol_whitelist',
    'file',
    '-format_whitelist',
    'concat,mov',
    '-f',
    'concat',
    '-safe',
    '0',
    '-i',
    toolPath(list),
    '-map',
    '0',
    '-c',
    'copy',
    // The parts' own time unit: a still stretch inside one keeps its time in the whole.
    ...SPARSE_FRAMES_TIMESCALE,
    ...mp4MetadataOptions(exportId, metadata),
    '-f',
    'mp4',
    toolPath(output),
  ];
}

export interface JoinOptions {
  ffmpegPath: string;
  ffmpegVersion?: string;
  parts: readonly JoinPart[];
  output: string;
  exportId?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * Joins encoded segments into one MP4. Like transcodeToMp4, ffmpeg writes `<output>.partial`, and
 * only a complete, hashed and synced file gets the final name; on failure nothing is left.
 */
export async function joinSegments(options: JoinOptions): Promise<ConversionReport> {
  const { output, signal } = options;
  if (signal?.aborted) throw cancelled();
  const partial = `${output}.partial`;
  const list = `${output}.ffconcat`;
  try {
    await writeFile(list, concatList(options.parts));
  } catch (error) {
    throw ownIoFailure(error, output);
  }
  try {
    const args = buildJoinArgs(list, partial, options.exportId);
    const result = await runTool(options.ffmpegPath, args, { signal, timeoutMs: options.timeoutMs });
    const failure = toolFailure(result, { tool: 'ffmpeg', toolPath: options.ffmpegPath, inputPath: list, timeoutMs: options.timeoutMs });
    if (failure) throw failure;
    const finished = await finishFile(partial, output).catch((error: unknown) => {
      throw ownIoFailure(error, output);
    });
    return ffmpegReport(args, options.ffmpegVersion, finished);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    throw error;
  } finally {
    await rm(list, { force: true }).catch(() => undefined);
  }
}
