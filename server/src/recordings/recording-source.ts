import path from 'node:path';
import { type ByteSource, byteSource } from '../common/byte-source.js';
// The reading modules themselves, not the folder's index: that one also brings the renderer and its
// image decoders, which only a task service loads.
import { startsLikeGuacamole } from '../guacamole/read-guacamole.js';
import { type GuacamoleSummary, summarizeGuacamole } from '../guacamole/summarize.js';
import { MAX_RECORDING_DAYS, MAX_RECORDING_SECONDS } from '../media/longest-recording.js';
import { formatRefused } from '../media/media-error.js';
import { probeMedia } from '../media/probe.js';
import { isGzipFile, startsLikeAsciicast, summarizeAsciicast, type AsciicastSummary } from '../terminal/asciicast/index.js';
import type { GuacamoleInfo } from './guacamole-info.js';
import { RecordingKind } from './recording-kind.js';
import type { TerminalInfo } from './terminal-info.js';

/** What a recording's bytes turned out to be, read from the bytes themselves. */
export interface RecordingSource {
  kind: RecordingKind;
  format: string;
  /** File name extension to store it under, e.g. webm or cast.gz. */
  extension: string;
  durationSeconds: number;
  width: number | null;
  height: number | null;
  hasAudio: boolean;
  /** The codecs ffprobe found in a video file; null for terminal and Guacamole recordings. */
  videoCodec: string | null;
  audioCodec: string | null;
  terminal: TerminalInfo | null;
  guacamole: GuacamoleInfo | null;
  /** The remote protocol, when the file shows it (Guacamole recordings), used when the agent names none. */
  protocol?: string;
  /** When the file itself says when it started (asciicast headers do). */
  startedAt?: Date;
  /** What the file says was run, used when the agent names no application. */
  applications: string[];
}

/**
 * Reads a file as a Guacamole recording when its bytes (or, gzip, its uncompressed bytes) start
 * with a Guacamole instruction, as a terminal recording when they start like one (gzip, or a JSON
 * object), else as video through ffprobe. The file's name plays no part: it is whatever the
 * sender chose, and the stored type and extension must be what the content is. A recording that
 * lasts longer than MAX_RECORDING_DAYS by its own timestamps is refused, whatever its kind. Throws
 * MediaError, AsciicastError or GuacamoleError with a message for the person importing.
 */
export async function readRecordingSource(file: string | ByteSource, options: { ffprobePath: string }): Promise<RecordingSource> {
  const recording = await readSource(byteSource(file), options.ffprobePath);
  if (recording.durationSeconds > MAX_RECORDING_SECONDS) {
    const days = Math.round(recording.durationSeconds / 86_400);
    throw formatRefused(`it lasts ${days.toLocaleString('en-US')} days by its own timestamps, and a recording may last at most ${MAX_RECORDING_DAYS} days`);
  }
  return recording;
}

async function readSource(source: ByteSource, ffprobePath: string): Promise<RecordingSource> {
  // Before asciicast, which takes every gzip file for its own.
  if (await startsLikeGuacamole(source)) return guacamoleSource(source);
  if (await startsLikeAsciicast(source)) return terminalSource(source);
  // Opens with a Guacamole instruction but breaks soon after: read it as one, so that the refusal
  // says where and why it stops being a Guacamole recording, rather than that it is no media.
  if (await opensLikeGuacamole(source)) return guacamoleSource(source);
  return videoSource(ffprobePath, source);
}

/** `4.size,` and the like: a length, a dot, a lowercase opcode of that length. No media container starts so. */
async function opensLikeGuacamole(source: ByteSource): Promise<boolean> {
  const start = await source.start(64).catch(() => null);
  const opening = start && /^(\d{1,3})\.([a-z][a-z0-9-]*)[,;]/.exec(start.toString('latin1'));
  return !!opening && Number(opening[1]) === opening[2]!.length;
}

async function videoSource(ffprobePath: string, source: ByteSource): Promise<RecordingSource> {
  const info = await probeMedia(ffprobePath, source);
  return {
    kind: RecordingKind.VIDEO,
    format: info.container,
    extension: info.container,
    durationSeconds: info.durationSeconds,
    width: info.width,
    height: info.height,
    hasAudio: info.hasAudio,
    videoCodec: info.videoCodec,
    audioCodec: info.audioCodec,
    terminal: null,
    guacamole: null,
    applications: [],
  };
}

async function guacamoleSource(source: ByteSource): Promise<RecordingSource> {
  const summary = await summarizeGuacamole(source);
  return {
    kind: RecordingKind.GUACAMOLE,
    format: 'guacamole',
    extension: summary.gzip ? 'guac.gz' : 'guac',
    durationSeconds: summary.durationSeconds,
    width: summary.width,
    height: summary.height,
    hasAudio: false,
    videoCodec: null,
    audioCodec: null,
    terminal: null,
    guacamole: guacamoleInfo(summary),
    protocol: summary.protocol?.toUpperCase(),
    applications: [],
  };
}

function guacamoleInfo(summary: GuacamoleSummary): GuacamoleInfo {
  return {
    protocol: summary.protocol,
    terminalLayout: summary.terminalLayout,
    keysRecorded: summary.keysRecorded,
    instructions: summary.instructions,
    gzip: summary.gzip,
    truncatedAtByte: summary.truncated?.byteOffset ?? null,
    truncatedAtInstruction: summary.truncated?.instruction ?? null,
    firstTimestampMs: summary.firstTimestampMs,
  };
}

async function terminalSource(source: ByteSource): Promise<RecordingSource> {
  const summary = await summarizeAsciicast(source);
  const { header } = summary;
  return {
    kind: RecordingKind.TERMINAL,
    format: 'asciicast',
    extension: (await isGzipFile(source)) ? 'cast.gz' : 'cast',
    durationSeconds: summary.durationSeconds,
    width: null,
    height: null,
    hasAudio: false,
    videoCodec: null,
    audioCodec: null,
    terminal: terminalInfo(summary),
    guacamole: null,
    startedAt: header.timestamp !== undefined ? new Date(header.timestamp * 1000) : undefined,
    applications: header.command ? [commandName(header.command)] : [],
  };
}

function terminalInfo(summary: AsciicastSummary): TerminalInfo {
  const { header } = summary;
  return {
    asciicastVersion: header.version,
    cols: header.cols,
    rows: header.rows,
    maxCols: summary.maxCols,
    maxRows: summary.maxRows,
    title: header.title ?? null,
    command: header.command ?? null,
    termType: header.termType ?? null,
    env: Object.entries(header.env).map(([name, value]) => `${name}=${value}`),
    theme: header.theme ?? null,
    idleTimeLimit: header.idleTimeLimit ?? null,
    outputEvents: summary.outputEvents,
    inputEvents: summary.inputEvents,
    resizes: summary.resizes,
    markers: summary.markers,
    exitStatus: summary.exitStatus ?? null,
  };
}

/** "/usr/bin/htop -d 10" → "htop". */
function commandName(command: string): string {
  const first = command.trim().split(/\s+/)[0] ?? command;
  return path.basename(first);
}
