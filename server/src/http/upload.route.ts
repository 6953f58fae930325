import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { RequestHandler, Response } from 'express';
import { canAdminister } from '../auth/permissions.js';
import { authService, type ContextDeps } from '../graphql/context.js';
import type { MediaTools } from '../media/media-tools.js';
import { ImportService } from '../recordings/import.service.js';
import { parseRecordingMetadata } from '../recordings/recording-metadata.js';
import { refuse } from './refuse.js';
import { bearerOf } from './credentials.js';

class TooLarge extends Error {}

/**
 * POST /api/recordings?filename=session.webm: a recording agent uploads one file as the raw
 * request body, with its metadata as JSON in the X-Recording-Metadata header. The body is
 * streamed to disk and cut off at the size limit; it is never held in memory.
 */
/**
 * A refusal sent before the request body was read closes the connection: the unread rest of the
 * body would otherwise be taken as the client's next request on a kept-alive connection.
 */
function refuseAndClose(res: Response, status: number, code: string, message: string): void {
  res.setHeader('Connection', 'close');
  refuse(res, status, code, message);
}

export function uploadRoute(deps: { contextDeps: ContextDeps; mediaTools: MediaTools; recordingsDir: string; maxUploadBytes: number }): RequestHandler {
  return async (req, res, next) => {
    const incoming = path.join(deps.recordingsDir, '.incoming', randomUUID());
    // A refused upload is removed before the answer, so a client that sees the refusal never finds it.
    const discard = () => fsp.rm(incoming, { force: true });
    try {
      const viewer = await authService(deps.contextDeps).authenticate(bearerOf(req));
      if (!viewer) return refuseAndClose(res, 401, 'UNAUTHENTICATED', 'Send an API token in the Authorization header.');
      if (!canAdminister(viewer.roles)) return refuseAndClose(res, 403, 'FORBIDDEN', 'Uploading recordings needs the ADMINISTRATOR role.');
      const filename = typeof req.query.filename === 'string' ? path.basename(req.query.filename) : '';
      if (!filename) return refuseAndClose(res, 400, 'BAD_USER_INPUT', 'Name the file: ?filename=session.webm');
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > deps.maxUploadBytes) return refuseAndClose(res, 413, 'TOO_LARGE', `The file is larger than the limit of ${deps.maxUploadBytes} bytes.`);
      let metadata = {};
      const header = req.headers['x-recording-metadata'];
      if (typeof header === 'string' && header.trim()) {
        let parsed;
        try {
          parsed = parseRecordingMetadata(JSON.parse(header));
        } catch {
          return refuseAndClose(res, 400, 'BAD_USER_INPUT', 'X-Recording-Metadata is not valid JSON.');
        }
        if (!parsed.ok) return refuseAndClose(res, 400, 'BAD_USER_INPUT', `X-Recording-Metadata is invalid: ${parsed.problem}.`);
        metadata = parsed.metadata;
      }

      await fsp.mkdir(path.dirname(incoming), { recursive: true });
      let received = 0;
      const limit = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          received += chunk.length;
          callback(received > deps.maxUploadBytes ? new TooLarge() : null, chunk);
        },
      });
      try {
        await pipeline(req, limit, fs.createWriteStream(incoming, { flags: 'wx' }));
      } catch (error) {
        if (error instanceof TooLarge) {
          await discard();
          return refuseAndClose(res, 413, 'TOO_LARGE', `The file is larger than the limit of ${deps.maxUploadBytes} bytes.`);
        }
        throw error;
      }
      if (received === 0) {
        await discard();
        return refuseAndClose(res, 400, 'BAD_USER_INPUT', 'The request body is empty.');
      }

      const importer = new ImportService(deps.contextDeps.em.fork(), deps.mediaTools.ffprobePath, deps.recordingsDir);
      const outcome = await importer.importFile(incoming, { metadata, move: true, originalName: filename });
      if (outcome.status === 'skipped') {
        await discard();
        return refuse(res, 422, 'UNSUPPORTED_MEDIA', `${filename} was not imported: ${outcome.reason}`);
      }
      res.status(outcome.status === 'imported' ? 201 : 200).json({ status: outcome.status, recording: { id: outcome.recording.id, sourceSha256: outcome.recording.sourceSha256 } });
    } catch (error) {
      next(error);
    } finally {
      await fsp.rm(incoming, { force: true });
    }
  };
}
