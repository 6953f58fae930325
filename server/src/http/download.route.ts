import type { RequestHandler } from 'express';
import { DownloadsService } from '../downloads/downloads.service.js';
import { startsAtBeginning } from './ranged-file.js';
import { sendRangedObject } from './ranged-object.js';
import { route } from './route.js';
import type { RouteDeps } from './route-context.js';

/**
 * GET /exports/:taskId/file: the MP4 of a completed export, with Range support, for its
 * requester. The download is audited before the first byte is sent. With a bucket that signs
 * addresses, a download that starts is sent there instead (302): the browser reads the file from
 * the bucket, and the audit row says until when the address works.
 */
export function downloadRoute(deps: RouteDeps): RequestHandler {
  return route(deps, async (req, res) => {
    const ctx = await deps.contextOf(req);
    const download = await ctx.get(DownloadsService).exportFile(ctx.caller, String(req.params.taskId), startsAtBeginning(req));
    if (download.browserUrl) {
      // Whoever holds the address reads the file until it expires: no cache may keep this answer.
      res.set({ 'Cache-Control': 'no-store', 'X-Content-SHA256': download.sha256 ?? '' });
      return res.redirect(302, download.browserUrl.url);
    }
    res.attachment(download.fileName);
    await sendRangedObject(req, res, download, { contentType: 'video/mp4', headers: { 'X-Content-SHA256': download.sha256 ?? '' } });
  });
}
