import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { RequestHandler, Response } from 'express';
import { AppError, badInput } from '../common/errors.js';
import { RecordingUploadService, type AcceptedUpload } from '../recordings/recording-upload.service.js';
import { sendError } from './route.js';
import type { RequestContextOf } from './route-context.js';

class TooLarge extends Error {}

/**
 * A refusal sent before the request body was read closes the connection: the unread rest of the
 * body would otherwise be taken as the client's next request on a kept-alive connection.
 */
function refuseAndClose(res: Response, error: AppError): void {
  res.setHeader('Connection', 'close');
  sendError(res, error);
}

/**
 * POST /api/recordings?filename=session.webm: a recording agent uploads one file as the raw
 * request body, with its metadata as JSON in the X-Recording-Metadata header. The body is
 * streamed to disk and cut off at the size limit; it is never held in memory.
 */
export function uploadRoute(contextOf: RequestContextOf, recordingsDir: string): RequestHandler {
  return async (req, res, next) => {
    const incoming = path.join(recordingsDir, '.incoming', randomUUID());
    try {
      const ctx = await contextOf(req);
      const uploads = ctx.get(RecordingUploadService);
      let accepted: AcceptedUpload;
      try {
        accepted = uploads.accept(ctx.caller, {
          filename: req.query.filename,
          declaredBytes: Number(req.headers['content-length'] ?? 0),
          metadataHeader: typeof req.headers['x-recording-metadata'] === 'string' ? req.headers['x-recording-metadata'] : undefined,
        });
      } catch (error) {
        if (error instanceof AppError) return refuseAndClose(res, error);
        throw error;
      }

      await fsp.mkdir(path.dirname(incoming), { recursive: true });
      let received = 0;
      const limit = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          received += chunk.length;
          callback(received > uploads.maxUploadBytes ? new TooLarge() : null, chunk);
        },
      });
      try {
        await pipeline(req, limit, fs.createWriteStream(incoming, { flags: 'wx' }));
      } catch (error) {
        if (!(error instanceof TooLarge)) throw error;
        // A refused upload is removed before the answer, so a client that sees the refusal never finds it.
        await fsp.rm(incoming, { force: true });
        return refuseAndClose(res, uploads.tooLarge());
      }
      if (received === 0) {
        await fsp.rm(incoming, { force: true });
        return refuseAndClose(res, badInput('The request body is empty.'));
      }

      const outcome = await uploads.catalog(accepted, incoming).catch(async (error: unknown) => {
        await fsp.rm(incoming, { force: true });
        throw error;
      });
      res
        .status(outcome.status === 'imported' ? 201 : 200)
        .json({ status: outcome.status, recording: { id: outcome.recording.id, sourceSha256: outcome.recording.sourceSha256 } });
    } catch (error) {
      if (error instanceof AppError && !res.headersSent) return sendError(res, error);
      next(error);
    } finally {
      await fsp.rm(incoming, { force: true });
    }
  };
}
