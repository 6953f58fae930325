import fs from 'node:fs';
import path from 'node:path';
import type { RequestHandler } from 'express';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAudit } from '../audit/audit.service.js';
import { canDownloadExport, canViewTask } from '../auth/permissions.js';
import { isUuid } from '../common/keyset.js';
import { ExportTaskStatus } from '../exports/export-task-status.js';
import { ExportTask } from '../exports/export-task.entity.js';
import { TASK_RELATIONS } from '../exports/exports.service.js';
import { authService, type ContextDeps } from '../graphql/context.js';
import { refuse } from './refuse.js';
import { bearerOf, clientAddressOf } from './credentials.js';
import { sendRangedFile, startsAtBeginning } from './ranged-file.js';

/**
 * GET /exports/:taskId/file: the MP4 of a completed export, with Range support, for its requester
 * (see canDownloadExport). Each download is audited before the first byte is sent.
 */
export function downloadRoute(deps: { contextDeps: ContextDeps; exportsDir: string }): RequestHandler {
  return async (req, res, next) => {
    try {
      const viewer = await authService(deps.contextDeps).authenticate(bearerOf(req));
      if (!viewer) return refuse(res, 401, 'UNAUTHENTICATED', 'Sign in to download exports.');
      const taskId = String(req.params.taskId);
      const em = deps.contextDeps.em.fork();
      const task = isUuid(taskId) ? await em.findOne(ExportTask, { id: taskId }, { populate: TASK_RELATIONS }) : null;
      if (!task || !canViewTask(viewer.roles, task.recording.restricted)) return refuse(res, 404, 'NOT_FOUND', `There is no export task ${taskId}.`);
      if (!canDownloadExport(viewer.roles, task.requestedBy.id === viewer.user.id, task.recording.restricted)) {
        return refuse(res, 403, 'FORBIDDEN', task.requestedBy.id === viewer.user.id
          ? 'Downloading exports needs both the LOGGING_READER and PRIVILEGED_PLAYER roles.'
          : 'Only the user who requested an export may download it; export the recording yourself, with your own reason.');
      }
      if (task.status === ExportTaskStatus.EXPIRED) {
        const when = task.expiredAt ? ` on ${task.expiredAt.toISOString()}` : '';
        return refuse(res, 410, 'EXPIRED', `This export expired${when}: its file was deleted after the retention period. The audit trail keeps its record; export the recording again if you need the file.`);
      }
      if (task.status !== ExportTaskStatus.COMPLETED || !task.outputPath) {
        return refuse(res, 409, 'NOT_READY', `The export is ${task.status}; only completed exports can be downloaded.`);
      }
      const file = path.resolve(deps.exportsDir, task.outputPath);
      if (!file.startsWith(path.resolve(deps.exportsDir) + path.sep) || !fs.existsSync(file)) {
        return refuse(res, 410, 'GONE', 'The exported file is no longer on the server.');
      }
      if (startsAtBeginning(req)) {
        await em.transactional(async (tx) => {
          recordAudit(tx, {
            action: AuditAction.EXPORT_DOWNLOADED,
            outcome: AuditOutcome.SUCCESS,
            actorId: viewer.user.id,
            actorName: viewer.user.username,
            recordingId: task.recording.id,
            taskId: task.id,
            reason: task.reason,
            clientAddress: clientAddressOf(req),
          });
        });
      }
      res.attachment(task.fileName);
      sendRangedFile(res, file, { headers: { 'X-Content-SHA256': task.outputSha256 ?? '' } });
    } catch (error) {
      next(error);
    }
  };
}
