import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';
import { FILE_RESPONSE_HEADERS } from './file-headers.js';

export const ASCIICAST_CONTENT_TYPE = 'application/x-asciicast';

/**
 * Streams newline-delimited lines (asciicast v2) with backpressure. The first line is read before
 * any header is sent: when that fails nothing is sent and the error is returned, so the caller
 * can still answer with a status; a failure later can only cut the response short.
 */
export async function sendLines(res: Response, lines: AsyncIterable<string>): Promise<{ unreadable: unknown } | null> {
  const iterator = lines[Symbol.asyncIterator]();
  let first: IteratorResult<string>;
  try {
    first = await iterator.next();
  } catch (error) {
    return { unreadable: error };
  }
  async function* withNewlines(): AsyncGenerator<string> {
    try {
      if (first.done) return;
      yield `${first.value}\n`;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield `${next.value}\n`;
      }
    } finally {
      // Closes the file when the client goes away before the end.
      await iterator.return?.();
    }
  }
  res.status(200);
  res.set(FILE_RESPONSE_HEADERS);
  res.setHeader('Content-Type', ASCIICAST_CONTENT_TYPE);
  // Players read terminal recordings whole; there is nothing to seek to byte-wise.
  res.setHeader('Accept-Ranges', 'none');
  try {
    await pipeline(Readable.from(withNewlines()), res);
  } catch (error) {
    // ERR_STREAM_PREMATURE_CLOSE: the client left. Anything else broke the file mid-way.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') console.error('terminal recording stream failed:', error);
  }
  return null;
}
