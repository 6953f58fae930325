import type { Request } from 'express';

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
