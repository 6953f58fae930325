import path from 'node:path';
import { probeMedia } from '../media/probe.js';
import { isGzipFile, startsLikeAsciicast, summarizeAsciicast, type AsciicastSummary } from '../terminal/asciicast/index.js';
import { RecordingKind } from './recording-kind.js';
import type { TerminalInfo } from './terminal-info.js';

/** What a source file turned out to be, read from the file itself. */
export interface RecordingSource {
  kind: RecordingKind;
  format: string;
  /** File name extension to store it under, e.g. webm or cast.gz. */
  extension: string;
  durationSeconds: number;
  width: number | null;
  height: number | null;
  hasAudio: boolean;
  terminal: TerminalInfo | null;
  /** When the file itself says when it started (asciicast headers do). */
  startedAt?: Date;
  /** What the file says was run, used when the agent names no application. */
  applications: string[];
}

/**
 * Reads a file as a terminal recording when its bytes start like one (gzip, or a JSON object),
 * else as video through ffprobe. The file's name plays no part: it is whatever the sender chose,
 * and the stored type and extension must be what the content is. Throws MediaError or
 * AsciicastError with a message for the person importing.
 */
export async function readRecordingSource(file: string, options: { ffprobePath: string }): Promise<RecordingSource> {
  if (await startsLikeAsciicast(file)) return terminalSource(file);
  return videoSource(options.ffprobePath, file);
}

async function videoSource(ffprobePath: string, file: string): Promise<RecordingSource> {
  const info = await probeMedia(ffprobePath, file);
  return {
    kind: RecordingKind.VIDEO,
    format: info.container,
    extension: info.container,
    durationSeconds: info.durationSeconds,
    width: info.width,
    height: info.height,
    hasAudio: info.hasAudio,
    terminal: null,
    applications: [],
  };
}

async function terminalSource(file: string): Promise<RecordingSource> {
  const summary = await summarizeAsciicast(file);
  const { header } = summary;
  return {
    kind: RecordingKind.TERMINAL,
    format: 'asciicast',
    extension: (await isGzipFile(file)) ? 'cast.gz' : 'cast',
    durationSeconds: summary.durationSeconds,
    width: null,
    height: null,
    hasAudio: false,
    terminal: terminalInfo(summary),
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
