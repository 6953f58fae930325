import type { RequestHandler } from 'express';
import { PlaybackService } from '../playback/playback.service.js';
import { startsAtBeginning } from './ranged-file.js';
import { sendRangedObject } from './ranged-object.js';
import { route } from './route.js';
import type { RouteDeps } from './route-context.js';

/**
 * GET /api/recordings/:id/browser-preview: the READY browser preview (an H.264 MP4) of a
 * recording the browser cannot decode, with Range support, for those who may play the recording.
 * Audited as a playback once, when it starts, like the recording itself (see media.route.ts).
 */
export function browserPreviewRoute(deps: RouteDeps): RequestHandler {
  return route(deps, async (req, res) => {
    const ctx = await deps.contextOf(req);
    const allowed = await ctx.get(PlaybackService).playPreview(ctx.caller, String(req.params.id), startsAtBeginning(req));
    return sendRangedObject(req, res, allowed.source, { contentType: 'video/mp4' });
  });
}
