import type { ByteSource } from '../../common/byte-source.js';
import { AsciicastError, isKnownEventCode, parseSize, type AsciicastEvent, type AsciicastHeader } from './asciicast.js';
import { type CastLine, castLines, LineTooLong } from './cast-lines.js';
import { castText, mebibytes } from './cast-text.js';
import { MAX_COLS, MAX_ROWS, parseHeader } from './header.js';

/**
 * A v1 file is one JSON document, parsed whole: in memory several times its size. v1 recorders
 * (asciinema 1.x) held the whole session in memory too, so their files are small; a larger one is
 * refused rather than read into memory.
 */
const MAX_V1_BYTES = 64 * 1024 * 1024;

export interface Asciicast {
  header: AsciicastHeader;
  /** The events in order, times in seconds since the start. Can be iterated once. */
  events: AsyncIterable<AsciicastEvent>;
}

function parseJsonLine(text: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AsciicastError(`not valid JSON (${(error as Error).message})`, line);
  }
}

/** A too-long first line can still be a version 1 document written on one line. */
function startsLikeVersion1(head: string): boolean {
  return /^\s*\{/.test(head) && /"version"\s*:\s*1\s*[,}]/.test(head);
}

/**
 * Reads a recording as a stream: the header first, then events on demand, so a recording of
 * hours never sits in memory whole. Problems are AsciicastError with the line number; nothing
 * else is thrown, whatever the file holds (see castLines for the limits).
 */
export async function readAsciicast(file: string | ByteSource): Promise<Asciicast> {
  const lines = castLines(file);
  const close = async () => {
    await lines.return(undefined);
  };
  let first: CastLine | undefined;
  try {
    for (;;) {
      const next = await lines.next();
      if (next.done) break;
      if (next.value.text.trim() !== '') {
        first = next.value;
        break;
      }
    }
  } catch (error) {
    await close();
    if (error instanceof LineTooLong && startsLikeVersion1(error.head)) return readVersion1(file);
    throw error;
  }
  if (first === undefined) {
    await close();
    throw new AsciicastError('the file is empty');
  }
  let parsedFirst: unknown;
  try {
    parsedFirst = JSON.parse(first.text);
  } catch {
    // Not a one-line header: a pretty-printed v1 document spans many lines.
    await close();
    return readVersion1(file);
  }
  if (parsedFirst !== null && typeof parsedFirst === 'object' && (parsedFirst as { version?: unknown }).version === 1) {
    await close();
    return readVersion1(file);
  }
  let header: AsciicastHeader;
  try {
    header = parseHeader(parsedFirst, first.number);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    header,
    events: (async function* () {
      let clock = 0;
      try {
        for (;;) {
          const next = await lines.next();
          if (next.done) return;
          const { number, text } = next.value;
          if (text.trim() === '' || (header.version === 3 && text.startsWith('#'))) continue;
          const event = parseEventLine(text, number);
          if (event === undefined) continue;
          // v2 stores times since the start, v3 intervals since the previous event. Times that
          // go backwards (clock adjustments on the recording host) are held at the last time.
          clock = header.version === 3 ? clock + event.time : Math.max(clock, event.time);
          if (isKnownEventCode(event.code)) yield { time: clock, code: event.code, data: event.data };
        }
      } finally {
        await close();
      }
    })(),
  };
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

async function readVersion1(file: string | ByteSource): Promise<Asciicast> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of castText(file)) {
    size += chunk.length;
    // Returning from the loop closes the file.
    if (size > MAX_V1_BYTES) throw new AsciicastError(`a version 1 recording larger than ${mebibytes(MAX_V1_BYTES)} is not supported`);
    chunks.push(chunk);
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
