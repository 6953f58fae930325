import { AsciicastError, type AsciicastHeader, type TerminalTheme } from './asciicast.js';

/** The largest terminal a recording may declare; beyond it a file is refused, not rendered. */
export const MAX_COLS = 1000;
export const MAX_ROWS = 500;

type Json = Record<string, unknown>;

function dimension(value: unknown, name: string, max: number, line: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    throw new AsciicastError(`the header's ${name} must be a whole number from 1 to ${max}, got ${JSON.stringify(value)}`, line);
  }
  return value;
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function env(value: unknown): Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  // Recorders write null for variables that were unset.
  return Object.fromEntries(Object.entries(value as Json).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** v2 and v3 write the palette as "#rrggbb:#rrggbb:…"; a theme that does not parse is ignored. */
function theme(value: unknown): TerminalTheme | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { fg, bg, palette } = value as Json;
  if (typeof fg !== 'string' || typeof bg !== 'string' || !HEX_COLOUR.test(fg) || !HEX_COLOUR.test(bg)) return undefined;
  const colours = typeof palette === 'string' ? palette.split(':') : Array.isArray(palette) ? palette : [];
  if (![8, 16].includes(colours.length) || !colours.every((c) => typeof c === 'string' && HEX_COLOUR.test(c))) return undefined;
  return { fg: fg.toLowerCase(), bg: bg.toLowerCase(), palette: (colours as string[]).map((c) => c.toLowerCase()) };
}

function positiveNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Reads the header of any version from its parsed JSON object. */
export function parseHeader(raw: unknown, line: number): AsciicastHeader {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new AsciicastError('the header is not a JSON object', line);
  const header = raw as Json;
  const version = header.version;
  const environment = env(header.env);
  const common = {
    timestamp: positiveNumber(header.timestamp),
    title: optionalText(header.title),
    command: optionalText(header.command),
    idleTimeLimit: positiveNumber(header.idle_time_limit),
  };
  if (version === 1 || version === 2) {
    return {
      version,
      cols: dimension(header.width, 'width', MAX_COLS, line),
      rows: dimension(header.height, 'height', MAX_ROWS, line),
      termType: environment.TERM,
      env: environment,
      theme: theme(header.theme),
      ...common,
    };
  }
  if (version === 3) {
    const term = header.term;
    if (term === null || typeof term !== 'object') throw new AsciicastError('a version 3 header needs a "term" object with cols and rows', line);
    const t = term as Json;
    return {
      version,
      cols: dimension(t.cols, 'term.cols', MAX_COLS, line),
      rows: dimension(t.rows, 'term.rows', MAX_ROWS, line),
      termType: optionalText(t.type) ?? environment.TERM,
      env: environment,
      theme: theme(t.theme),
      ...common,
    };
  }
  throw new AsciicastError(`unsupported asciicast version ${JSON.stringify(version)} (1, 2 and 3 are supported)`, line);
}
