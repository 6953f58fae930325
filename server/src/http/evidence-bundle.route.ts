import type { RequestHandler } from 'express';
import { DownloadsService } from '../downloads/downloads.service.js';
import { writeEvidenceBundle } from '../evidence/evidence-bundle.js';
import type { Log } from '../common/log.js';
import { FILE_RESPONSE_HEADERS } from './file-headers.js';
import { route } from './route.js';
import type { RouteDeps } from './route-context.js';

/**
 * GET /exports/evidence-bundle?tasks=<id>,<id>: a ZIP of one or more completed exports with their
 * signed manifests, streamed as it is written. A HEAD request learns whether the bundle may be
 * had; nothing is sent, nothing audited.
 */
export function evidenceBundleRoute(deps: RouteDeps, log: Log): RequestHandler {
  return route(deps, async (req, res) => {
    const ctx = await deps.contextOf(req);
    const ids = String(req.query.tasks ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    const bundle = await ctx.get(DownloadsService).evidenceBundle(ctx.caller, ids, req.method !== 'HEAD');
    res.status(200);
    res.attachment(bundle.fileName);
    res.set(FILE_RESPONSE_HEADERS);
    res.setHeader('Content-Type', 'application/zip');
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    try {
      await writeEvidenceBundle(res, bundle.items);
      res.end();
    } catch (error) {
      // Headers are gone: the only honest signal left is a cut-off download.
      log(`evidence bundle for ${ids.join(', ')} stopped: ${(error as Error).message}`);
      res.destroy();
    }
  });
}
