import type { RequestHandler } from 'express';
import { authService, type ContextDeps } from '../graphql/context.js';
import { PlaybackService } from '../playback/playback.service.js';
import { bearerOf, clientAddressOf } from './credentials.js';
import { sendRangedFile, startsAtBeginning } from './ranged-file.js';
import { refuse } from './refuse.js';

/**
 * GET /api/recordings/:id/media: the recording for the browser's player, for those who may play
 * it (session cookie or API token). Video recordings are the stored source file with Range
 * support. Each playback is audited once, when it starts; refusals every time.
 */
export function mediaRoute(deps: { contextDeps: ContextDeps; recordingsDir: string }): RequestHandler {
  return async (req, res, next) => {
    try {
      const viewer = await authService(deps.contextDeps).authenticate(bearerOf(req));
      const playback = new PlaybackService(deps.contextDeps.em.fork(), deps.recordingsDir);
      const decision = await playback.decide(viewer, {
        recordingId: String(req.params.id),
        clientAddress: clientAddressOf(req),
        startsPlayback: startsAtBeginning(req),
      });
      if (!decision.allowed) return refuse(res, decision.status, decision.code, decision.message);
      sendRangedFile(res, decision.sourceFile);
    } catch (error) {
      next(error);
    }
  };
}
