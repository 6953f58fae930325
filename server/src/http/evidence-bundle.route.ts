import fs from 'node:fs';
import path from 'node:path';
import type { RequestHandler } from 'express';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAudit } from '../audit/audit.service.js';
import { canDownloadExport, canViewTask } from '../auth/permissions.js';
import { isUuid } from '../common/keyset.js';
import { bundleFolder, writeEvidenceBundle, type BundleItem } from '../evidence/evidence-bundle.js';
import { ExportManifest } from '../evidence/export-manifest.entity.js';
import { ExportTaskStatus } from '../exports/export-task-status.js';
import { ExportTask } from '../exports/export-task.entity.js';
import { MAX_RECORDINGS_PER_EXPORT, TASK_RELATIONS } from '../exports/exports.service.js';
import { authService, type ContextDeps } from '../graphql/context.js';
import type { KeyRing } from '../signing/key-ring.js';
import { bearerOf, clientAddressOf } from './credentials.js';
import { refuse } from './refuse.js';

/**
 * GET /exports/evidence-bundle?tasks=<id>,<id>: a ZIP of one or more completed exports, each with
 * its signed manifest, signature and public key. The same people who may download the MP4 may
 * download it; every task is checked before the first byte, and each one's download is audited
 * in one transaction before streaming starts.
 */
export function evidenceBundleRoute(deps: { contextDeps: ContextDeps; exportsDir: string; keyRing: KeyRing; log?: (line: string) => void }): RequestHandler {
  return async (req, res, next) => {
    try {
      const viewer = await authService(deps.contextDeps).authenticate(bearerOf(req));
      if (!viewer) return refuse(res, 401, 'UNAUTHENTICATED', 'Sign in to download evidence bundles.');
      const ids = [...new Set(String(req.query.tasks ?? '').split(',').map((id) => id.trim()).filter(Boolean))];
      if (ids.length === 0) return refuse(res, 400, 'BAD_USER_INPUT', 'Name the export tasks to bundle: ?tasks=<id>,<id>.');
      if (ids.length > MAX_RECORDINGS_PER_EXPORT) {
        return refuse(res, 400, 'BAD_USER_INPUT', `At most ${MAX_RECORDINGS_PER_EXPORT} exports fit in one bundle (got ${ids.length}).`);
      }
      const em = deps.contextDeps.em.fork();
      const valid = ids.filter(isUuid);
      const tasks = valid.length ? await em.find(ExportTask, { id: { $in: valid } }, { populate: TASK_RELATIONS }) : [];
      const byId = new Map(tasks.map((task) => [task.id, task]));
      const hidden = ids.filter((id) => !byId.get(id) || !canViewTask(viewer.roles, byId.get(id)!.recording.restricted));
      if (hidden.length) return refuse(res, 404, 'NOT_FOUND', `There is no export task ${hidden.join(', ')}.`);
      const refused = ids.filter((id) => !canDownloadExport(viewer.roles, byId.get(id)!.requestedBy.id === viewer.user.id, byId.get(id)!.recording.restricted));
      if (refused.length) {
        return refuse(res, 403, 'FORBIDDEN', `Only the requester of an export, holding both the LOGGING_READER and PRIVILEGED_PLAYER roles, may download it; refused: ${refused.join(', ')}.`);
      }
      const ordered = ids.map((id) => byId.get(id)!);
      const unfinished = ordered.filter((task) => task.status !== ExportTaskStatus.COMPLETED || !task.outputPath);
      if (unfinished.length) {
        return refuse(res, 409, 'NOT_READY', `Only completed exports can be downloaded; not completed: ${unfinished.map((t) => `${t.id} (${t.status})`).join(', ')}.`);
      }
      const manifests = new Map((await em.find(ExportManifest, { task: { $in: ids } })).map((m) => [m.task.id, m]));
      const unsigned = ordered.filter((task) => !manifests.has(task.id));
      if (unsigned.length) {
        return refuse(res, 409, 'NOT_READY', `These exports were completed without a signed manifest, so only their MP4 can be downloaded: ${unsigned.map((t) => t.id).join(', ')}.`);
      }
      const keys = new Map((await deps.keyRing.publicKeys()).map((key) => [key.keyId, key]));
      const items: BundleItem[] = [];
      for (const task of ordered) {
        const manifest = manifests.get(task.id)!;
        const file = path.resolve(deps.exportsDir, task.outputPath!);
        const stat = file.startsWith(path.resolve(deps.exportsDir) + path.sep) ? await fs.promises.stat(file).catch(() => null) : null;
        if (!stat?.isFile()) return refuse(res, 410, 'GONE', `The exported file of ${task.id} is no longer on the server.`);
        const publicKey = keys.get(manifest.keyId);
        if (!publicKey) return refuse(res, 410, 'GONE', `The public key ${manifest.keyId} that signed ${task.id} is missing from the signing key folder.`);
        items.push({ taskId: task.id, fileName: task.fileName, file, sizeBytes: stat.size, manifest, publicKey });
      }

      const name = items.length === 1 ? `${bundleFolder(items[0]!.fileName)}_evidence.zip` : `custodian-evidence_${items.length}-exports_${new Date().toISOString().slice(0, 10)}.zip`;
      const startResponse = () => {
        res.status(200);
        res.attachment(name);
        res.setHeader('Content-Type', 'application/zip');
        res.setHeader('Cache-Control', 'private, no-store');
      };
      // A HEAD request learns whether the bundle may be had; nothing is downloaded, nothing audited.
      if (req.method === 'HEAD') {
        startResponse();
        return res.end();
      }

      await em.transactional(async (tx) => {
        recordAudit(
          tx,
          ...ordered.map((task) => ({
            action: AuditAction.EXPORT_DOWNLOADED,
            outcome: AuditOutcome.SUCCESS,
            actorId: viewer.user.id,
            actorName: viewer.user.username,
            recordingId: task.recording.id,
            taskId: task.id,
            reason: task.reason,
            detail: ordered.length === 1 ? 'evidence bundle' : `evidence bundle of ${ordered.length} exports`,
            clientAddress: clientAddressOf(req),
          })),
        );
      });

      startResponse();
      try {
        await writeEvidenceBundle(res, items);
        res.end();
      } catch (error) {
        // Headers are gone: the only honest signal left is a cut-off download.
        deps.log?.(`evidence bundle for ${ids.join(', ')} stopped: ${(error as Error).message}`);
        res.destroy();
      }
    } catch (error) {
      next(error);
    }
  };
}
