import type { Readable, Writable } from 'node:stream';
import { type ByteSource, byteSource } from '../common/byte-source.js';
import { containerName, isStillImageFormat } from './container-name.js';
import { recordingInputArgs } from './input-whitelist.js';
import { LineSplitter } from './line-splitter.js';
import { ffmpegFailed, noVideo, sourceCorrupt, sourceUnreadable } from './media-error.js';
import { parseClock } from './progress.js';
import { runTool, type RunToolResult } from './run-tool.js';
import { checkSource } from './source-check.js';
import { toolFailure } from './tool-failure.js';
import { STANDARD_INPUT, toolPath } from './tool-path.js';

export interface MediaInfo {
  /** Short container name: 'webm', 'mkv', 'mp4', 'mov', 'avi', ... */
  container: string;
  /** 0 when no part of the file states or implies a duration. */
  durationSeconds: number;
  width: number | null;
  height: number | null;
  hasAudio: boolean;
  videoCodec: string | null;
  audioCodec: string | null;
  sizeBytes: number;
}

export interface ProbeOptions {
  signal?: AbortSignal;
  /** Limit for each ffprobe run. */
  timeoutMs?: number;
}

interface ProbeStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  duration?: string;
  tags?: Record<string, string>;
  disposition?: { attached_pic?: number };
}

interface ProbeOutput {
  streams?: ProbeStream[];
  format?: { format_name?: string; duration?: string; tags?: Record<string, string> };
}

const DEFAULT_TIMEOUT_MS = 120_000;
/**
 * A source that can only be streamed (an upload in a bucket) may be read whole, over the network,
 * for its duration: its runs get at least the time to read it at this rate (10 MB/s).
 */
const SLOWEST_STREAM_BYTES_PER_MS = 10_000;

/** How long each ffprobe run on `source` may take, unless the caller says. */
export function probeTimeoutMs(source: ByteSource, sizeBytes: number): number {
  if (source.localPath !== null) return DEFAULT_TIMEOUT_MS;
  return Math.max(DEFAULT_TIMEOUT_MS, Math.ceil(sizeBytes / SLOWEST_STREAM_BYTES_PER_MS));
}
/**
 * ffprobe describes a real recording in a few KB of JSON. A crafted file with thousands of
 * streams or a tag of hundreds of MB would make it print without end; past this the file is
 * refused rather than collected into one string.
 */
const MAX_PROBE_OUTPUT_CHARS = 4 * 1024 * 1024;

/**
 * Reads what an export needs to know about a recording: a local file, or bytes that can only be
 * streamed (an upload kept in a bucket), which ffprobe then reads on its standard input. Throws
 * MediaError for unusable files.
 */
export async function probeMedia(ffprobePath: string, file: string | ByteSource, given: ProbeOptions = {}): Promise<MediaInfo> {
  const source = byteSource(file);
  const sizeBytes = await checkSource(source);
  const options = { ...given, timeoutMs: given.timeoutMs ?? probeTimeoutMs(source, sizeBytes) };
  const stdout = await probeJson(ffprobePath, source, options);

  let output: ProbeOutput;
  try {
    output = JSON.parse(stdout) as ProbeOutput;
  } catch (error) {
    throw ffmpegFailed('ffprobe printed something that is not JSON', stdout.slice(0, 500), error);
  }

  const formatName = output.format?.format_name ?? '';
  const streams = output.streams ?? [];
  // Cover art in an audio file is reported as a video stream; it is not a recording.
  const video = streams.find((s) => s.codec_type === 'video' && s.disposition?.attached_pic !== 1);
  const audio = streams.find((s) => s.codec_type === 'audio');
  if (!video) throw noVideo(source.name);
  if (isStillImageFormat(formatName)) throw noVideo(source.name, 'is a still image, not a recording');

  const durationSeconds =
    positive(output.format?.duration) ?? positive(video.duration) ?? durationTag(video.tags) ?? (await durationFromPackets(ffprobePath, source, options)) ?? 0;

  return {
    // From the content alone: a file's name is whatever its sender chose.
    container: containerName(formatName, {
      majorBrand: output.format?.tags?.major_brand,
      videoCodec: video.codec_name ?? null,
      audioCodec: audio?.codec_name ?? null,
    }),
    durationSeconds,
    width: video.width ?? null,
    height: video.height ?? null,
    hasAudio: audio !== undefined,
    videoCodec: video.codec_name ?? null,
    audioCodec: audio?.codec_name ?? null,
    sizeBytes,
  };
}

/** ffprobe's JSON description of the file, refused when it grows past what a recording needs. */
async function probeJson(ffprobePath: string, source: ByteSource, options: ProbeOptions): Promise<string> {
  const chunks: string[] = [];
  let length = 0;
  const tooMuch = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, tooMuch.signal]) : tooMuch.signal;
  const args = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams'];
  try {
    await runProbe(ffprobePath, args, source, {
      ...options,
      signal,
      onStdout: (chunk) => {
        length += chunk.length;
        if (length > MAX_PROBE_OUTPUT_CHARS) tooMuch.abort();
        else chunks.push(chunk);
      },
    });
  } catch (error) {
    if (tooMuch.signal.aborted && !options.signal?.aborted) {
      throw sourceCorrupt(`ffprobe's description of it runs past ${MAX_PROBE_OUTPUT_CHARS / 1024 / 1024} MiB, more than any recording needs`);
    }
    throw error;
  }
  return chunks.join('');
}

/**
 * Files written by a live recorder (a browser's MediaRecorder, for one) carry no duration in
 * their header: the recorder never went back to write it. The last video packet then tells
 * where the recording ends. This reads the whole file, but only demuxes it.
 */
async function durationFromPackets(ffprobePath: string, source: ByteSource, options: ProbeOptions): Promise<number | undefined> {
  const splitter = new LineSplitter();
  let first = Infinity;
  let end = -Infinity;
  const take = (line: string): void => {
    const [ptsText, durationText] = line.split(',');
    const pts = Number(ptsText);
    if (ptsText === undefined || ptsText === '' || !Number.isFinite(pts)) return;
    const duration = Number(durationText);
    first = Math.min(first, pts);
    end = Math.max(end, pts + (Number.isFinite(duration) ? duration : 0));
  };
  const args = ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'packet=pts_time,duration_time', '-of', 'csv=p=0'];
  await runProbe(ffprobePath, args, source, {
    ...options,
    onStdout: (chunk) => splitter.push(chunk).forEach(take),
  });
  splitter.flush().forEach(take);
  return end > first ? end - first : undefined;
}

/**
 * Runs ffprobe with `args` on the source: named by its path when it is a local file, otherwise
 * fed on standard input from the start (ffprobe reads forward and stops when it knows enough,
 * which ends the stream early). A source that fails while being fed is the error, not whatever
 * ffprobe made of the bytes it got.
 */
async function runProbe(
  ffprobePath: string,
  args: string[],
  source: ByteSource,
  options: ProbeOptions & { onStdout?: (chunk: string) => void },
): Promise<RunToolResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const local = source.localPath;
  let feedFailure: Error | undefined;
  const feedStdin = local === null ? (stdin: Writable) => feed(source, stdin, (error) => (feedFailure = error)) : undefined;
  const input = local === null ? [...recordingInputArgs('pipe'), '-i', STANDARD_INPUT] : [...recordingInputArgs(), '-i', toolPath(local)];
  const result = await runTool(ffprobePath, [...args, ...input], { signal: options.signal, timeoutMs, onStdout: options.onStdout, feedStdin });
  if (feedFailure && result.stoppedBy === null) throw sourceUnreadable(source.name, feedFailure.message);
  const failure = toolFailure(result, { tool: 'ffprobe', toolPath: ffprobePath, inputPath: local ?? STANDARD_INPUT, timeoutMs });
  if (failure) throw failure;
  return result;
}

/**
 * Streams the source into ffprobe's standard input until it ends or ffprobe stops reading (which
 * ends the source early, a bucket's download with it). Only the source's own failure is reported.
 */
async function feed(source: ByteSource, stdin: Writable, failed: (error: Error) => void): Promise<void> {
  let bytes: Readable;
  try {
    bytes = await source.stream();
  } catch (error) {
    failed(error as Error);
    stdin.destroy();
    return;
  }
  await new Promise<void>((resolve) => {
    let stopped = false;
    const stop = (): void => {
      stopped = true;
      bytes.unpipe(stdin);
      bytes.destroy();
      resolve();
    };
    bytes.once('error', (error) => {
      if (!stopped) failed(error);
      stdin.destroy();
      resolve();
    });
    bytes.once('end', resolve);
    stdin.once('close', stop);
    stdin.once('error', stop);
    bytes.pipe(stdin);
  });
}

function positive(text: string | undefined): number | undefined {
  const value = Number(text);
  return text !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Matroska keeps per-stream durations in a "DURATION" tag such as "00:00:10.007000000". */
function durationTag(tags: Record<string, string> | undefined): number | undefined {
  const key = Object.keys(tags ?? {}).find((k) => k.toUpperCase().startsWith('DURATION'));
  const seconds = key === undefined ? undefined : parseClock(tags?.[key] ?? '');
  return seconds !== undefined && seconds > 0 ? seconds : undefined;
}

/**
 * The times of the video stream's keyframes, in seconds from the start of the file as ffmpeg's
 * input `-ss` counts them (from the container's start time), read from packet flags: the file is
 * demuxed, not decoded, and only keyframe times are kept, whatever its length.
 */
export async function keyframeTimes(ffprobePath: string, file: string, options: ProbeOptions = {}): Promise<number[]> {
  const splitter = new LineSplitter();
  const keyframes: number[] = [];
  let start: number | undefined;
  const take = (line: string): void => {
    const fields = line.split(',');
    // The format's line has one field, its start time; each packet's has its time and flags.
    if (fields.length === 1) {
      const value = Number(fields[0]);
      if (fields[0] !== '' && Number.isFinite(value)) start = value;
      return;
    }
    const pts = Number(fields[0]);
    if (fields[0] !== '' && Number.isFinite(pts) && fields[1]?.startsWith('K')) keyframes.push(pts);
  };
  const args = ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'packet=pts_time,flags:format=start_time', '-of', 'csv=p=0'];
  await runProbe(ffprobePath, args, byteSource(file), {
    ...options,
    onStdout: (chunk) => splitter.push(chunk).forEach(take),
  });
  splitter.flush().forEach(take);
  const origin = start ?? keyframes[0] ?? 0;
  return keyframes.map((t) => t - origin).sort((a, b) => a - b);
}
