import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import type { ByteRange, ObjectStore } from '../storage/object-store.js';
import { storeRefusal } from '../storage/store-refusal.js';
import { FILE_RESPONSE_HEADERS } from './file-headers.js';
import type { RangedFileOptions } from './ranged-file.js';

/** A stored object to send: where it is and how large it was found. */
export interface StoredFile {
  store: ObjectStore;
  key: string;
  sizeBytes: number;
}

/**
 * Sends a stored object honouring Range requests (RFC 9110), whatever the store: read through the
 * API one range at a time, so that browsers never get a bucket address, and with one reading of
 * the Range header for files and buckets alike. 206 with Content-Range for one satisfiable range,
 * 416 for one that starts past the end, 200 for the whole object (also for several ranges at
 * once, or one that is not valid, which RFC 9110 says to ignore). Never cached by intermediaries.
 */
export async function sendRangedObject(req: Request, res: Response, stored: StoredFile, options: RangedFileOptions): Promise<void> {
  const size = stored.sizeBytes;
  res.set({ ...options.headers, ...FILE_RESPONSE_HEADERS, 'Content-Type': options.contentType, 'Accept-Ranges': 'bytes' });
  const range = requestedRange(req.headers.range, size);
  if (range === 'unsatisfiable') {
    res.status(416).set('Content-Range', `bytes */${size}`).end();
    return;
  }
  if (range) res.status(206).set('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
  else res.status(200);
  res.set('Content-Length', String(range ? range.end - range.start + 1 : size));
  if (req.method === 'HEAD' || size === 0) {
    res.end();
    return;
  }
  let body: Awaited<ReturnType<ObjectStore['read']>>;
  try {
    body = await stored.store.read(stored.key, range ?? undefined);
  } catch (error) {
    // Nothing sent yet: the caller can still answer with the store's failure.
    throw storeRefusal(error, 'The file', (line) => console.error(line));
  }
  try {
    await pipeline(body, res);
  } catch (error) {
    // Headers are gone: a cut-off response is the only signal left. A client that left is no error.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE')
      console.error(`sending ${stored.store.description}${stored.key} failed:`, error);
    res.destroy();
  }
}

/** The one range of a `Range: bytes=…` header; null for none (or several, answered whole). */
export function requestedRange(header: string | undefined, size: number): ByteRange | null | 'unsatisfiable' {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === '' && match[2] === '')) return null;
  let start: number;
  let end: number;
  if (match[1] === '') {
    // bytes=-N: the last N bytes.
    const suffix = Number(match[2]);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
    if (match[2] !== '' && Number(match[2]) < start) return null;
  }
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}
