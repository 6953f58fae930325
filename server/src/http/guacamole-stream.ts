import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type { Response } from 'express';
import { FILE_RESPONSE_HEADERS } from './file-headers.js';

/** Guacamole protocol instructions as guacd writes them; there is no registered type. */
export const GUACAMOLE_CONTENT_TYPE = 'application/x-guacamole-recording';

/**
 * Sends a Guacamole recording as plain instructions, gunzipped on the way when it was stored
 * compressed, so that the browser's player reads one format. A recording still being written when
 * it was imported may end inside the gzip stream as well as inside an instruction: the sync flush
 * sends what can be decompressed instead of failing at the end, and the player stops at its last
 * complete instruction, as the catalog does.
 */
export async function sendGuacamole(res: Response, source: Readable, gzip: boolean): Promise<void> {
  res.status(200);
  res.set(FILE_RESPONSE_HEADERS);
  res.setHeader('Content-Type', GUACAMOLE_CONTENT_TYPE);
  // The player reads the recording whole and seeks in what it parsed.
  res.setHeader('Accept-Ranges', 'none');
  const stages: NodeJS.ReadWriteStream[] = gzip ? [zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH })] : [];
  try {
    await pipeline([source, ...stages, res] as [Readable, ...NodeJS.ReadWriteStream[], Response]);
  } catch (error) {
    // ERR_STREAM_PREMATURE_CLOSE: the client left. Anything else broke the file mid-way, after
    // the status was sent: the response can only be cut short.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') console.error('Guacamole recording stream failed:', error);
  }
}
