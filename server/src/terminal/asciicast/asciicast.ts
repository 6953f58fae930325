/**
 * Terminal session recordings in the asciicast format of asciinema (also written by JumpServer
 * and Teleport). Three versions exist:
 *   v1  one JSON document: `stdout` holds [delay, data] pairs.
 *   v2  a header line, then one `[time, code, data]` line per event, times since the start.
 *   v3  a header line with a `term` object, then events whose times are intervals since the
 *       previous event; `#` lines are comments; `x` is the exit status.
 * Everything below the parser works on this normalised form, whatever the version.
 */

/** Colours a recording asks to be shown with: foreground, background and the 16-colour palette. */
export interface TerminalTheme {
  fg: string;
  bg: string;
  /** 8 or 16 CSS hex colours. */
  palette: string[];
}

export interface AsciicastHeader {
  version: 1 | 2 | 3;
  cols: number;
  rows: number;
  /** Unix time (seconds) the recording started, when the recorder wrote it. */
  timestamp?: number;
  title?: string;
  command?: string;
  /** Terminal type, e.g. xterm-256color. */
  termType?: string;
  env: Record<string, string>;
  theme?: TerminalTheme;
  idleTimeLimit?: number;
}

/** Output `o`, input `i`, resize `r` ("COLSxROWS"), marker `m`, exit `x`. Others are ignored. */
export type AsciicastEventCode = 'o' | 'i' | 'r' | 'm' | 'x';

export interface AsciicastEvent {
  /** Seconds since the start of the recording, whatever the file's version stored. */
  time: number;
  code: AsciicastEventCode;
  data: string;
}

/** A file that is not a valid recording; `line` is 1-based, when the problem has one. */
export class AsciicastError extends Error {
  constructor(
    readonly reason: string,
    readonly line?: number,
  ) {
    super(line === undefined ? reason : `line ${line}: ${reason}`);
    this.name = 'AsciicastError';
  }
}

const KNOWN_CODES = new Set<string>(['o', 'i', 'r', 'm', 'x']);

export function isKnownEventCode(code: string): code is AsciicastEventCode {
  return KNOWN_CODES.has(code);
}

/** Parses a resize event's data ("120x40"); undefined when it is not one. */
export function parseSize(data: string): { cols: number; rows: number } | undefined {
  const match = /^(\d{1,4})x(\d{1,4})$/.exec(data.trim());
  if (!match) return undefined;
  const cols = Number(match[1]);
  const rows = Number(match[2]);
  return cols > 0 && rows > 0 ? { cols, rows } : undefined;
}
