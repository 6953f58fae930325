import type { Request, Response } from 'express';
import { FILE_RESPONSE_HEADERS } from './file-headers.js';

/**
 * A player seeking in a file sends many Range requests; only a request for the whole file, or one
 * starting at its first byte, begins a new viewing. Routes audit those and not every chunk.
 */
export function startsAtBeginning(req: Request): boolean {
  const range = req.headers.range;
  return !range || /^bytes=0-/.test(range);
}

export interface RangedFileOptions {
  /** What the file is, from what was stored about it; never guessed from its name. */
  contentType: string;
  headers?: Record<string, string>;
}

/**
 * Sends a file honouring Range requests: 206 with Content-Range for a satisfiable range, 416 for
 * one past the end, 200 for the whole file; Accept-Ranges always. Never cached by intermediaries.
 */
export function sendRangedFile(res: Response, file: string, options: RangedFileOptions): void {
  const headers = { ...options.headers, ...FILE_RESPONSE_HEADERS, 'Content-Type': options.contentType };
  res.sendFile(file, { acceptRanges: true, cacheControl: false, headers });
}
