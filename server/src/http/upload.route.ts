import { pipeline, Transform } from 'node:stream';
import type { Request, RequestHandler, Response } from 'express';
import { AppError, badInput } from '../common/errors.js';
import { importNotice } from '../recordings/import-notice.js';
import { RecordingUploadService, type AcceptedUpload, type ReceivedUpload } from '../recordings/recording-upload.service.js';
import { holdsNul, refuseNul } from './request-text.js';
import { sendError } from './route.js';
import type { RouteDeps } from './route-context.js';

/**
 * Past the size limit the rest of a body is still read, up to this much more, and thrown away: a
 * client still sending when the refusal comes would otherwise see its connection reset instead of
 * the 413. A body that goes on beyond it has its connection cut.
 */
const DISCARDED_AFTER_LIMIT_BYTES = 16 * 1024 * 1024;

class CutOff extends Error {}

/**
 * A refusal sent before the request body was read: a small declared body is read and thrown away
 * after the answer, keeping the connection; any other closes it, since reading it would cost what
 * refusing early saves (and its unread rest would otherwise be taken as the next request).
 */
function refuseUnread(req: Request, res: Response, error: AppError): void {
  const declared = Number(req.headers['content-length']);
  if (!(declared <= DISCARDED_AFTER_LIMIT_BYTES)) res.setHeader('Connection', 'close');
  sendError(res, error);
}

/** The body ended past the size limit (after the rest was read and thrown away). */
class TooLarge extends Error {}
/** The body was empty. */
class EmptyBody extends Error {}

/**
 * POST /api/recordings?filename=session.webm: a recording agent uploads one file as the raw
 * request body, with its metadata as JSON in the X-Recording-Metadata header. The body is
 * streamed into the recordings store (in a bucket, a multipart upload: it never lands on this
 * machine's disk), and ends the write with an error at the size limit; it is never held in memory.
 */
export function uploadRoute(deps: RouteDeps): RequestHandler {
  return async (req, res, next) => {
    try {
      // Agents send a token; a session cookie is not taken, so no page of another site can make a browser upload.
      const ctx = await deps.contextOf(req, { authorizationOnly: true });
      const uploads = ctx.get(RecordingUploadService);
      let accepted: AcceptedUpload;
      try {
        accepted = uploads.accept(ctx.caller, {
          filename: req.query.filename,
          declaredBytes: Number(req.headers['content-length'] ?? 0),
          metadataHeader: typeof req.headers['x-recording-metadata'] === 'string' ? req.headers['x-recording-metadata'] : undefined,
        });
        // The name and the metadata go into the catalog and the audit rows.
        refuseNul(req);
        if (holdsNul(accepted.metadata))
          throw badInput('X-Recording-Metadata holds a NUL character (U+0000); text may not contain one.', 'X-Recording-Metadata');
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        await deps.recordRefusals([error]);
        return refuseUnread(req, res, error);
      }

      // Bytes past the limit are read and dropped; the write then ends with an error, so the
      // store keeps nothing of a refused body.
      let received = 0;
      const limited = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          received += chunk.length;
          if (received <= uploads.maxUploadBytes) return callback(null, chunk);
          callback(received > uploads.maxUploadBytes + DISCARDED_AFTER_LIMIT_BYTES ? new CutOff() : null);
        },
        flush(callback) {
          callback(received > uploads.maxUploadBytes ? new TooLarge() : received === 0 ? new EmptyBody() : null);
        },
      });
      // A client that goes away fails the write through `limited`, which the store watches.
      pipeline(req, limited, () => undefined);
      let upload: ReceivedUpload;
      try {
        upload = await uploads.receive(limited);
      } catch (error) {
        if (error instanceof CutOff) return;
        if (error instanceof TooLarge) return sendError(res, uploads.tooLarge());
        if (error instanceof EmptyBody) return sendError(res, badInput('The request body is empty.'));
        // The store failed before the body was all read: the rest is not read.
        if (!req.complete) res.setHeader('Connection', 'close');
        throw error;
      }

      const outcome = await uploads.catalog(accepted, upload);
      res.status(outcome.status === 'imported' ? 201 : 200).json({
        status: outcome.status,
        recording: { id: outcome.recording.id, sourceSha256: outcome.recording.sourceSha256 },
        ...(importNotice(outcome.recording) && { notice: importNotice(outcome.recording) }),
      });
    } catch (error) {
      if (!(error instanceof AppError)) return next(error);
      await deps.recordRefusals([error]).catch(next);
      if (!res.headersSent) sendError(res, error);
    }
  };
}
