import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

/** One event as the generator makes it: the time is whole microseconds since the start. */
export interface CastEvent {
  timeUs: number;
  code: 'o' | 'i' | 'r' | 'm' | 'x';
  data: string;
}

export interface CastHeaderFields {
  cols: number;
  rows: number;
  /** Unix time, seconds. */
  timestamp: number;
  title: string;
  command: string;
  term: string;
  shell: string;
}

/** Writes in chunks of about this many characters: few syscalls, little memory. */
const CHUNK_CHARS = 64 * 1024;

function headerLine(version: 2 | 3, h: CastHeaderFields): string {
  const common = { timestamp: h.timestamp, command: h.command, title: h.title, env: { SHELL: h.shell, TERM: h.term } };
  return JSON.stringify(
    version === 2 ? { version, width: h.cols, height: h.rows, ...common } : { version, term: { cols: h.cols, rows: h.rows, type: h.term }, ...common },
  );
}

/** Seconds with the microsecond precision asciinema writes. */
const seconds = (us: number): string => (us / 1e6).toFixed(6);

/** v2 lines carry the time since the start, v3 lines the interval since the previous event. */
async function* castText(version: 2 | 3, header: CastHeaderFields, events: Iterable<CastEvent>): AsyncGenerator<Buffer> {
  let text = `${headerLine(version, header)}\n`;
  let previousUs = 0;
  for (const event of events) {
    const time = version === 2 ? event.timeUs : event.timeUs - previousUs;
    previousUs = event.timeUs;
    text += `[${seconds(time)}, "${event.code}", ${JSON.stringify(event.data)}]\n`;
    if (text.length >= CHUNK_CHARS) {
      yield Buffer.from(text);
      text = '';
    }
  }
  if (text !== '') yield Buffer.from(text);
}

/**
 * Streams the events into an asciicast file as they are generated, so that memory stays flat
 * however long the session is. The file appears under its name only once complete.
 */
export async function writeCastFile(
  file: string,
  header: CastHeaderFields,
  events: Iterable<CastEvent>,
  options: { version: 2 | 3; gzip: boolean },
): Promise<void> {
  const partial = `${file}.partial`;
  try {
    const source = Readable.from(castText(options.version, header, events), { objectMode: false });
    if (options.gzip) await pipeline(source, createGzip(), createWriteStream(partial));
    else await pipeline(source, createWriteStream(partial));
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
