import type { Request } from 'express';

/**
 * A player seeking in a file sends many Range requests; only a GET of the whole file, or of a
 * range starting at its first byte, begins a new viewing or download. Routes audit those and not
 * every chunk, nor a HEAD, which reads no byte.
 */
export function startsAtBeginning(req: Request): boolean {
  const range = req.headers.range;
  return req.method === 'GET' && (!range || /^bytes=0-/.test(range));
}

export interface RangedFileOptions {
  /** What the file is, from what was stored about it; never guessed from its name. */
  contentType: string;
  headers?: Record<string, string>;
}
