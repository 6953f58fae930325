import type { RequestHandler } from 'express';
import { DownloadsService } from '../downloads/downloads.service.js';
import { startsAtBeginning } from './ranged-file.js';
import { sendRangedObject } from './ranged-object.js';
import { route } from './route.js';
import type { RouteDeps } from './route-context.js';

/**
 * GET /exports/:taskId/file: the MP4 of a completed export, with Range support, for its
 * requester. The download is audited before the first byte is sent.
 */
export function downloadRoute(deps: RouteDeps): RequestHandler {
  return route(deps, async (req, res) => {
    const ctx = await deps.contextOf(req);
    const download = await ctx.get(DownloadsService).exportFile(ctx.caller, String(req.params.taskId), startsAtBeginning(req));
    res.attachment(download.fileName);
    await sendRangedObject(req, res, download, { contentType: 'video/mp4', headers: { 'X-Content-SHA256': download.sha256 ?? '' } });
  });
}
