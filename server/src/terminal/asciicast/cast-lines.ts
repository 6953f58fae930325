import type { ByteSource } from '../../common/byte-source.js';
import { AsciicastError } from './asciicast.js';
import { castText, mebibytes } from './cast-text.js';

/**
 * The longest line read. asciinema writes one event per read of the terminal, at most some tens
 * of KB of output, which JSON escaping can make six times longer; lines of real recordings stay
 * under a few hundred KB. A line is held in memory whole (as bytes, then as text), so without a
 * limit one event of a gigabyte, which gzip packs into a megabyte, would take the process down.
 */
export const MAX_LINE_BYTES = 2 * 1024 * 1024;

/** How much of a refused line is kept, to tell a one-line version 1 document by its start. */
const HEAD_BYTES = 64 * 1024;

/** One line of the text without its line ending; `number` counts from 1, blank lines included. */
export interface CastLine {
  number: number;
  text: string;
}

/** A line longer than the limit, refused before more of it is read. */
export class LineTooLong extends AsciicastError {
  constructor(
    line: number,
    maxBytes: number,
    /** The line's first bytes as text. */
    readonly head: string,
  ) {
    super(`the line is longer than ${mebibytes(maxBytes)}, more than any terminal recording writes on one line`, line);
  }
}

/** The lines of a recording (gunzipped when gzip), each at most MAX_LINE_BYTES; failures are AsciicastError with the line number. */
export function castLines(file: string | ByteSource): AsyncGenerator<CastLine> {
  return splitLines(castText(file));
}

/**
 * Splits bytes into lines without holding more than `maxLineBytes` of any one line: a longer line
 * is refused as soon as that much of it has arrived. Invalid UTF-8 becomes U+FFFD, as any text
 * reader would show it, so no byte sequence can make this throw anything but an AsciicastError.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer>, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<CastLine> {
  const source = chunks[Symbol.asyncIterator]();
  let number = 1;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  try {
    for (;;) {
      let next: IteratorResult<Buffer>;
      try {
        next = await source.next();
      } catch (error) {
        throw atLine(error, number);
      }
      if (next.done) break;
      const chunk = next.value;
      let start = 0;
      for (;;) {
        const end = chunk.indexOf(0x0a, start);
        const stop = end === -1 ? chunk.length : end;
        if (pendingBytes + (stop - start) > maxLineBytes) throw new LineTooLong(number, maxLineBytes, head([...pending, chunk.subarray(start, stop)]));
        if (end === -1) {
          if (stop > start) {
            pending.push(chunk.subarray(start));
            pendingBytes += stop - start;
          }
          break;
        }
        yield { number, text: decode([...pending, chunk.subarray(start, end)]) };
        number++;
        pending = [];
        pendingBytes = 0;
        start = end + 1;
      }
    }
    if (pendingBytes > 0) yield { number, text: decode(pending) };
  } finally {
    await source.return?.();
  }
}

function decode(parts: Buffer[]): string {
  const text = (parts.length === 1 ? parts[0]! : Buffer.concat(parts)).toString('utf8');
  // CRLF line endings, as Windows tools write them.
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}

function head(parts: Buffer[]): string {
  const kept: Buffer[] = [];
  let bytes = 0;
  for (const part of parts) {
    if (bytes >= HEAD_BYTES) break;
    kept.push(part.subarray(0, HEAD_BYTES - bytes));
    bytes += kept.at(-1)!.length;
  }
  return Buffer.concat(kept).toString('utf8');
}

function atLine(error: unknown, line: number): AsciicastError {
  if (error instanceof AsciicastError && error.line === undefined) return new AsciicastError(error.reason, line);
  if (error instanceof AsciicastError) return error;
  return new AsciicastError(`the file cannot be read (${error instanceof Error ? error.message : String(error)})`, line);
}
