import type { RequestHandler } from 'express';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { AuditService } from '../audit/audit.service.js';
import { authService, type ContextDeps } from '../graphql/context.js';
import { PlaybackService } from '../playback/playback.service.js';
import { RecordingKind } from '../recordings/recording-kind.js';
import { AsciicastError, asciicastV2Lines } from '../terminal/asciicast/index.js';
import { sendLines } from './asciicast-stream.js';
import { bearerOf, clientAddressOf } from './credentials.js';
import { sendRangedFile, startsAtBeginning } from './ranged-file.js';
import { refuse } from './refuse.js';

/**
 * GET /api/recordings/:id/media: the recording for the browser's players, for those who may play
 * it (session cookie or API token). Video recordings are the stored source file with Range
 * support; terminal recordings are streamed as asciicast v2, whatever version they were recorded
 * in. Each playback is audited once, when it starts; refusals every time.
 */
export function mediaRoute(deps: { contextDeps: ContextDeps; recordingsDir: string }): RequestHandler {
  return async (req, res, next) => {
    try {
      const viewer = await authService(deps.contextDeps).authenticate(bearerOf(req));
      const em = deps.contextDeps.em.fork();
      const clientAddress = clientAddressOf(req);
      const decision = await new PlaybackService(em, deps.recordingsDir).decide(viewer, {
        recordingId: String(req.params.id),
        clientAddress,
        startsPlayback: startsAtBeginning(req),
      });
      if (!decision.allowed) return refuse(res, decision.status, decision.code, decision.message);
      const { recording, sourceFile } = decision;
      if (recording.kind !== RecordingKind.TERMINAL) return sendRangedFile(res, sourceFile);

      const failed = await sendLines(res, asciicastV2Lines(sourceFile));
      if (!failed) return;
      if (!(failed.unreadable instanceof AsciicastError)) throw failed.unreadable;
      const message = `The terminal recording cannot be read: ${failed.unreadable.message}`;
      // The playback was audited as allowed; that the file could not be read is recorded beside it.
      await new AuditService(em).recordNow({
        action: AuditAction.RECORDING_PLAYED,
        outcome: AuditOutcome.FAILURE,
        actorId: viewer!.user.id,
        actorName: viewer!.user.username,
        recordingId: recording.id,
        detail: message,
        clientAddress,
      });
      refuse(res, 422, 'UNREADABLE', message);
    } catch (error) {
      next(error);
    }
  };
}
