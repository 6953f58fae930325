import { createReadStream } from 'node:fs';
import fsp from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { AsciicastError, isKnownEventCode, parseSize, type AsciicastEvent, type AsciicastHeader } from './asciicast.js';
import { MAX_COLS, MAX_ROWS, parseHeader } from './header.js';

/** A v1 file is one JSON document; beyond this size it is refused rather than read into memory. */
const MAX_V1_BYTES = 256 * 1024 * 1024;

export interface Asciicast {
  header: AsciicastHeader;
  /** The events in order, times in seconds since the start. Can be iterated once. */
  events: AsyncIterable<AsciicastEvent>;
}

/** True when the bytes start like gzip. */
export async function isGzipFile(file: string): Promise<boolean> {
  const handle = await fsp.open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** The file as text, gunzipped when it is gzip (whatever its name says). */
async function openText(file: string): Promise<Readable> {
  const raw = createReadStream(file);
  const stream = (await isGzipFile(file)) ? raw.pipe(createGunzip()) : raw;
  // A corrupt gzip stream must surface as a refusal, not as an unhandled stream error.
  raw.on('error', (error) => stream.destroy(error));
  return stream;
}

function parseJsonLine(text: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AsciicastError(`not valid JSON (${(error as Error).message})`, line);
  }
}

/**
 * Reads a recording as a stream: the header first, then events on demand, so a recording of
 * hours never sits in memory whole. Problems are AsciicastError with the line number.
 */
export async function readAsciicast(file: string): Promise<Asciicast> {
  const stream = await openText(file);
  const lines = createInterface({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const closeAll = () => {
    stream.destroy();
  };
  let lineNumber = 0;
  let first: string | undefined;
  try {
    for (;;) {
      const next = await lines.next();
      if (next.done) break;
      lineNumber++;
      if (next.value.trim() !== '') {
        first = next.value;
        break;
      }
    }
  } catch (error) {
    closeAll();
    throw readFailure(error);
  }
  if (first === undefined) {
    closeAll();
    throw new AsciicastError('the file is empty');
  }
  let parsedFirst: unknown;
  try {
    parsedFirst = JSON.parse(first);
  } catch {
    // Not a one-line header: a pretty-printed v1 document spans many lines.
    closeAll();
    return readVersion1(file);
  }
  if (parsedFirst !== null && typeof parsedFirst === 'object' && (parsedFirst as { version?: unknown }).version === 1) {
    closeAll();
    return readVersion1(file);
  }
  const header = parseHeader(parsedFirst, lineNumber);
  const startLine = lineNumber;
  return {
    header,
    events: (async function* () {
      let lineNo = startLine;
      let clock = 0;
      try {
        for (;;) {
          let next: IteratorResult<string>;
          try {
            next = await lines.next();
          } catch (error) {
            throw readFailure(error, lineNo + 1);
          }
          if (next.done) return;
          lineNo++;
          const text = next.value;
          if (text.trim() === '' || (header.version === 3 && text.startsWith('#'))) continue;
          const event = parseEventLine(text, lineNo);
          if (event === undefined) continue;
          // v2 stores times since the start, v3 intervals since the previous event. Times that
          // go backwards (clock adjustments on the recording host) are held at the last time.
          clock = header.version === 3 ? clock + event.time : Math.max(clock, event.time);
          if (isKnownEventCode(event.code)) yield { time: clock, code: event.code, data: event.data };
        }
      } finally {
        closeAll();
      }
    })(),
  };
}

function readFailure(error: unknown, line?: number): AsciicastError {
  if (error instanceof AsciicastError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') return new AsciicastError(`the gzip data is corrupt (${(error as Error).message})`, line);
  if (code === 'ERR_INVALID_CHAR' || error instanceof TypeError) return new AsciicastError((error as Error).message, line);
  throw error;
}

/** One event line; undefined for lines the format says to skip. */
function parseEventLine(text: string, line: number): { time: number; code: string; data: string } | undefined {
  const value = parseJsonLine(text, line);
  if (!Array.isArray(value) || value.length < 3) throw new AsciicastError('an event must be a JSON array [time, code, data]', line);
  const [time, code, data] = value;
  if (typeof time !== 'number' || !Number.isFinite(time) || time < 0)
    throw new AsciicastError(`the event time must be a number of seconds of at least 0, got ${JSON.stringify(time)}`, line);
  if (typeof code !== 'string' || code === '') throw new AsciicastError(`the event code must be a text such as "o", got ${JSON.stringify(code)}`, line);
  if (typeof data !== 'string') throw new AsciicastError(`the event data must be a text, got ${JSON.stringify(data)}`, line);
  if (code === 'r') {
    const size = parseSize(data);
    if (!size || size.cols > MAX_COLS || size.rows > MAX_ROWS)
      throw new AsciicastError(`a resize event needs "COLSxROWS" within ${MAX_COLS}x${MAX_ROWS}, got ${JSON.stringify(data)}`, line);
  }
  return { time, code, data };
}

async function readVersion1(file: string): Promise<Asciicast> {
  const stream = await openText(file);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > MAX_V1_BYTES) throw new AsciicastError(`a version 1 recording larger than ${MAX_V1_BYTES / 1024 / 1024} MiB is not supported`);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    throw readFailure(error);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new AsciicastError(
      `the first line is not a JSON header, and the whole file is not a version 1 JSON document either (${(error as Error).message})`,
      1,
    );
  }
  const header = parseHeader(document, 1);
  if (header.version !== 1) throw new AsciicastError('a multi-line JSON document must be a version 1 recording', 1);
  const stdout = (document as { stdout?: unknown }).stdout;
  if (!Array.isArray(stdout)) throw new AsciicastError('a version 1 recording needs a "stdout" list of [delay, data] frames', 1);
  stdout.forEach((frame, index) => {
    if (!Array.isArray(frame) || typeof frame[0] !== 'number' || !Number.isFinite(frame[0]) || frame[0] < 0 || typeof frame[1] !== 'string') {
      throw new AsciicastError(`stdout frame ${index + 1} must be [delay in seconds, text]`, lineOf(text, index));
    }
  });
  return {
    header,
    events: (async function* () {
      let clock = 0;
      for (const [delay, data] of stdout as [number, string][]) {
        clock += delay;
        yield { time: clock, code: 'o' as const, data };
      }
    })(),
  };
}

/** Best-effort line number of the n-th stdout frame in a pretty-printed v1 file, for messages. */
function lineOf(text: string, frameIndex: number): number | undefined {
  const start = text.indexOf('"stdout"');
  if (start < 0) return undefined;
  let line = text.slice(0, start).split('\n').length;
  let depth = 0;
  let frames = -1;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    else if (ch === '"') {
      // Skip strings, which may hold brackets.
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (ch === '[') {
      depth++;
      if (depth === 2 && ++frames === frameIndex) return line;
    } else if (ch === ']') depth--;
  }
  return undefined;
}
