import fsp from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAudit } from '../audit/audit.service.js';
import { Channel, notify } from '../db/notifications.js';
import { ExportTaskStatus } from '../exports/export-task-status.js';
import { ExportTask } from '../exports/export-task.entity.js';
import { TASK_RELATIONS } from '../exports/exports.service.js';
import { recordSignedManifest } from '../evidence/manifest-signing.js';
import { MediaError } from '../media/media-error.js';
import type { MediaTools } from '../media/media-tools.js';
import { probeMedia } from '../media/probe.js';
import { transcodeToMp4 } from '../media/transcode.js';
import { RecordingKind } from '../recordings/recording-kind.js';
import type { Recording } from '../recordings/recording.entity.js';
import type { KeyRing } from '../signing/key-ring.js';
import { renderTerminalToMp4 } from '../terminal/render-to-mp4.js';
import { DEFAULT_TERMINAL_RENDER_OPTIONS, type TerminalRenderOptions } from '../terminal/render/terminal-renderer.js';
import type { TerminalExportOptions } from '../exports/terminal-export-options.js';

/** Why a running export was stopped from outside ffmpeg. */
export type StopReason = 'lost' | 'shutdown';

export interface ExportJobDeps {
  em: EntityManager;
  mediaTools: MediaTools;
  recordingsDir: string;
  exportsDir: string;
  workerId: string;
  workerHost: string;
  /** The task service this worker runs as; it must be authorized to claim. */
  taskServiceId: string;
  exportTimeoutSeconds: number;
  /** Signs the manifest of each completed export. */
  keyRing: KeyRing;
  log: (line: string) => void;
}

export type ExportJobResult = 'completed' | 'failed' | 'not-claimed' | 'lost' | 'handed-back';

const PROGRESS_INTERVAL_MS = 500;

/**
 * Runs one export task on this worker: claims it atomically (only a PENDING task can be claimed,
 * so a duplicate job is harmless), converts the recording, and records the outcome with its
 * audit row in one transaction. The `signal` stops it from outside (cancel, lost claim, shutdown).
 */
export async function runExportJob(deps: ExportJobDeps, taskId: string, signal: AbortSignal & { reason?: unknown }): Promise<ExportJobResult> {
  const em = deps.em.fork();
  const now = new Date();
  const claimed = await em.transactional(async (tx) => {
    // Only an authorized task service may claim: checked here too, so a worker that missed its
    // revocation cannot take a task.
    const claim: { affectedRows: number } = await tx.getConnection().execute(
      `update export_tasks set status = 'IN_PROGRESS', worker_id = ?, worker_host = ?, heartbeat_at = ?, started_at = ?, updated_at = ?, progress = 0, error = null
        where id = ? and status = 'PENDING' and exists (select 1 from task_services s where s.id = ? and s.authorized for share)`,
      [deps.workerId, deps.workerHost, now, now, now, taskId, deps.taskServiceId],
      'run',
      tx.getTransactionContext(),
    );
    if (claim.affectedRows === 0) return false;
    await tx.getConnection().execute('update export_tasks set attempts = attempts + 1 where id = ?', [taskId], 'run', tx.getTransactionContext());
    await notify(tx, Channel.taskUpdated, taskId);
    return true;
  });
  if (!claimed) return 'not-claimed';

  const task = await em.findOneOrFail(ExportTask, { id: taskId }, { populate: TASK_RELATIONS });
  const recording = task.recording;
  const source = path.resolve(deps.recordingsDir, recording.sourceLocation);
  const outputPath = `${taskId}.mp4`;
  const output = path.join(deps.exportsDir, outputPath);
  const mine = { id: taskId, workerId: deps.workerId, status: ExportTaskStatus.IN_PROGRESS };
  deps.log(`export ${taskId}: converting ${recording.sourceLocation} (attempt ${task.attempts})`);

  let lastProgressAt = 0;
  let progressWrite: Promise<unknown> = Promise.resolve();
  const reportProgress = (fraction: number) => {
    const at = Date.now();
    if (at - lastProgressAt < PROGRESS_INTERVAL_MS || fraction >= 1) return;
    lastProgressAt = at;
    // Progress writes are chained so they land in order and never overtake the final status.
    progressWrite = progressWrite.then(() =>
      em.transactional(async (tx) => {
        const count = await tx.nativeUpdate(ExportTask, mine, { progress: fraction, updatedAt: new Date(), heartbeatAt: new Date() });
        if (count) await notify(tx, Channel.taskUpdated, taskId);
      }).catch((error: Error) => deps.log(`export ${taskId}: progress not saved: ${error.message}`)),
    );
  };

  try {
    await fsp.mkdir(deps.exportsDir, { recursive: true });
    const conversion = {
      ffmpegPath: deps.mediaTools.ffmpegPath,
      input: source,
      output,
      durationSeconds: recording.durationSeconds,
      signal,
      timeoutMs: deps.exportTimeoutSeconds * 1000,
      onProgress: ({ fraction }: { fraction: number }) => reportProgress(fraction),
      exportId: taskId,
      ffmpegVersion: deps.mediaTools.ffmpegVersion,
    };
    const result =
      recording.kind === RecordingKind.TERMINAL
        ? await renderTerminalToMp4({ ...conversion, ...terminalCanvas(recording), render: terminalRenderOptions(task.terminalOptions) })
        : await transcodeToMp4({ ...conversion, hasAudio: recording.hasAudio });
    await progressWrite;
    const info = await probeMedia(deps.mediaTools.ffprobePath, output);
    const completed = await em.transactional(async (tx) => {
      const at = new Date();
      const count = await tx.nativeUpdate(ExportTask, mine, {
        status: ExportTaskStatus.COMPLETED,
        progress: 1,
        finishedAt: at,
        updatedAt: at,
        outputPath,
        outputSha256: result.outputSha256,
        outputSizeBytes: result.outputSizeBytes,
        outputDurationSeconds: info.durationSeconds,
        ffmpegVersion: deps.mediaTools.ffmpegVersion,
        ffmpegArgs: result.arguments,
      });
      if (count === 0) return false;
      await recordSignedManifest(tx, deps.keyRing, {
        task: { id: taskId, reason: task.request.reason, requestedAt: task.requestedAt, startedAt: task.startedAt ?? now, workerHost: deps.workerHost },
        requester: task.requestedBy,
        recording,
        conversion: result,
        output: { fileName: task.fileName, durationSeconds: info.durationSeconds },
        completedAt: at,
      });
      recordAudit(tx, {
        action: AuditAction.EXPORT_COMPLETED,
        outcome: AuditOutcome.SUCCESS,
        actorId: task.requestedBy.id,
        actorName: task.requestedBy.username,
        recordingId: recording.id,
        taskId,
        reason: task.request.reason,
        detail: `sha256 ${result.outputSha256}, ${result.outputSizeBytes} bytes, on ${deps.workerHost}`,
      });
      await tx.flush();
      await notify(tx, Channel.taskUpdated, taskId);
      return true;
    });
    if (!completed) {
      // Cancelled (or taken back) while the file was being finished: no file without a COMPLETED task.
      await fsp.rm(output, { force: true });
      return 'lost';
    }
    deps.log(`export ${taskId}: completed (${result.outputSizeBytes} bytes)`);
    return 'completed';
  } catch (error) {
    await progressWrite;
    if (error instanceof MediaError && error.kind === 'CANCELLED') {
      if (signal.reason === 'shutdown') return (await handBack(em, mine)) ? 'handed-back' : 'lost';
      return 'lost';
    }
    const message = error instanceof MediaError ? error.message : `The export stopped on an internal error: ${(error as Error).message}`;
    deps.log(`export ${taskId}: failed: ${message}`);
    await em.transactional(async (tx) => {
      const at = new Date();
      const count = await tx.nativeUpdate(ExportTask, mine, { status: ExportTaskStatus.FAILED, error: message, finishedAt: at, updatedAt: at });
      if (count === 0) return;
      recordAudit(tx, {
        action: AuditAction.EXPORT_FAILED,
        outcome: AuditOutcome.FAILURE,
        actorId: task.requestedBy.id,
        actorName: task.requestedBy.username,
        recordingId: recording.id,
        taskId,
        reason: task.request.reason,
        detail: message,
      });
      await tx.flush();
      await notify(tx, Channel.taskUpdated, taskId);
    });
    return 'failed';
  }
}

/** Gives a task back to the queue without counting the attempt (the worker is shutting down). */
async function handBack(em: EntityManager, mine: { id: string; workerId: string; status: ExportTaskStatus }): Promise<boolean> {
  return em.transactional(async (tx) => {
    const count = await tx.nativeUpdate(ExportTask, mine, { status: ExportTaskStatus.PENDING, workerId: null, workerHost: null, heartbeatAt: null, progress: 0, updatedAt: new Date() });
    if (count === 0) return false;
    await tx.getConnection().execute('update export_tasks set attempts = greatest(attempts - 1, 0) where id = ?', [mine.id], 'run', tx.getTransactionContext());
    await notify(tx, Channel.taskUpdated, mine.id);
    return true;
  });
}

/** The largest terminal size of a recording, which the video canvas is made for. */
function terminalCanvas(recording: Recording): { maxCols: number; maxRows: number } {
  if (!recording.terminal) throw new Error(`Recording ${recording.id} is a terminal recording without terminal details`);
  return { maxCols: recording.terminal.maxCols, maxRows: recording.terminal.maxRows };
}

function terminalRenderOptions(options: TerminalExportOptions | null): TerminalRenderOptions {
  if (!options) return DEFAULT_TERMINAL_RENDER_OPTIONS;
  return { frameRate: options.frameRate, idleTimeLimit: options.idleTimeLimitSeconds, fontSize: options.fontSize };
}
