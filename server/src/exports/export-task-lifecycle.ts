import type { EntityManager } from '@mikro-orm/postgresql';
import type { ViewerIdentity } from '../access/viewer.js';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAudit, type AuditEntry } from '../audit/record-audit.js';
import { User } from '../auth/user.entity.js';
import { Channel, notify } from '../db/notifications.js';
import { pgArray } from '../db/pg-array.js';
import type { Recording } from '../recordings/recording.entity.js';
import { ExportRequest } from './export-request.entity.js';
import { ExportTaskStatus } from './export-task-status.js';
import { ExportTask, TASK_RELATIONS } from './export-task.entity.js';
import { describeRenderOptions, renderOptionsFor, type ResolvedRenderOptions } from './render-options.js';

/*
 * The export task lifecycle: every change to an export task, one function per transition. No
 * other module writes export_tasks.
 *
 *                       request
 *                          │
 *                          ▼               cancel
 *        ┌───────────► PENDING ────────────────────────────┐
 *        │                 │ claim                         ▼
 *        │ hand back       ▼                cancel     CANCELLED
 *        │ requeue lost  IN_PROGRESS ──────────────────────▲
 *        └──────────────── │    │
 *                 complete │    │ fail, or requeue lost on the last attempt
 *                          ▼    └───────────────────► FAILED
 *                      COMPLETED ──expire──► EXPIRED
 *
 *   retry: a FAILED task stays FAILED and names a new PENDING task of the same request
 *   (same recording, reason, requester and render options), which names it back. A task
 *   keeps one outcome; the audit trail tells the attempts apart by task id.
 *
 * Each transition runs in the caller's transaction (`tx`), so that what the caller writes with it
 * (the signed manifest of a completed export) commits with it or not at all. It changes only
 * rows in a state it may start from (TRANSITIONS) and says what it changed; it adds its audit
 * row, and notifies `custodian_task_updated` with each task's id, which is delivered on commit.
 *
 * A task service proves an update comes from its current claim of a task with the claim's
 * number: a worker that was presumed lost and whose task was claimed again cannot complete,
 * fail or report progress on it any more.
 */

const { PENDING, IN_PROGRESS, COMPLETED, FAILED, CANCELLED, EXPIRED } = ExportTaskStatus;

/** The states each transition may start from, and those it leads to. */
export const TRANSITIONS = {
  request: { from: [], to: [PENDING] },
  claim: { from: [PENDING], to: [IN_PROGRESS] },
  reportProgress: { from: [IN_PROGRESS], to: [IN_PROGRESS] },
  complete: { from: [IN_PROGRESS], to: [COMPLETED] },
  fail: { from: [IN_PROGRESS], to: [FAILED] },
  handBack: { from: [IN_PROGRESS], to: [PENDING] },
  requeueLost: { from: [IN_PROGRESS], to: [PENDING, FAILED] },
  requeueOrphan: { from: [PENDING], to: [PENDING] },
  cancel: { from: [PENDING, IN_PROGRESS], to: [CANCELLED] },
  expire: { from: [COMPLETED], to: [EXPIRED] },
  // The retried task stays FAILED; the attempt is a new PENDING task of the same request.
  retry: { from: [FAILED], to: [FAILED] },
} as const satisfies Record<string, { from: readonly ExportTaskStatus[]; to: readonly ExportTaskStatus[] }>;

export type Transition = keyof typeof TRANSITIONS;

/** One claim of a task by a task service: what a worker holds while it converts. */
export interface Claim {
  taskId: string;
  taskServiceId: string;
  /** The task's `attempts` when it was claimed. */
  attempt: number;
}

function inTransaction(tx: EntityManager, transition: Transition): void {
  if (!tx.isInTransaction()) throw new Error(`export task ${transition} must run inside the caller's transaction`);
}

/** The rows a claim still holds: the task is running, for this task service, on this attempt. */
function heldBy(claimed: Claim) {
  return { id: claimed.taskId, status: IN_PROGRESS, taskService: claimed.taskServiceId, attempts: claimed.attempt };
}

async function announce(tx: EntityManager, taskIds: readonly string[]): Promise<void> {
  for (const id of taskIds) await notify(tx, Channel.taskUpdated, id);
}

/** An audit row about a task, in the name of its requester (the system acts for them). */
function onBehalfOfRequester(task: ExportTask, entry: Pick<AuditEntry, 'action' | 'outcome' | 'detail'>): AuditEntry {
  return {
    ...entry,
    actorId: task.requestedBy.id,
    actorName: task.requestedBy.username,
    recordingId: task.recording.id,
    taskId: task.id,
    reason: task.request.reason,
  };
}

export interface NewExportRequest {
  requester: ViewerIdentity;
  reason: string;
  idempotencyKey: string | null;
  clientAddress: string | null;
  recordings: readonly Recording[];
  /** Applied to terminal and Guacamole recordings; video recordings ignore them. */
  renderOptions: ResolvedRenderOptions;
}

/** request: one export request and a PENDING task per recording, each audited as EXPORT_REQUESTED. */
export async function request(tx: EntityManager, input: NewExportRequest): Promise<ExportTask[]> {
  inTransaction(tx, 'request');
  const { requester, reason, clientAddress } = input;
  const exportRequest = tx.create(ExportRequest, { requestedBy: requester.id, reason, idempotencyKey: input.idempotencyKey, clientAddress });
  const tasks = input.recordings.map((recording) =>
    tx.create(ExportTask, {
      request: exportRequest,
      recording,
      requestedBy: tx.getReference(User, requester.id),
      renderOptions: renderOptionsFor(recording.kind, input.renderOptions),
    }),
  );
  recordAudit(
    tx,
    ...tasks.map((task) => ({
      action: AuditAction.EXPORT_REQUESTED,
      outcome: AuditOutcome.SUCCESS,
      actorId: requester.id,
      actorName: requester.username,
      recordingId: task.recording.id,
      taskId: task.id,
      reason,
      clientAddress,
      detail: task.renderOptions ? describeRenderOptions(task.renderOptions) : null,
    })),
  );
  await tx.flush();
  await announce(
    tx,
    tasks.map((task) => task.id),
  );
  return tasks;
}

/**
 * claim: a PENDING task starts IN_PROGRESS on this task service, as its next attempt. Only an
 * authorized task service may claim; the database checks that too, so a worker that missed its
 * revocation cannot take a task. Null when the task was not PENDING or the service may not.
 */
export async function claim(tx: EntityManager, taskId: string, taskServiceId: string): Promise<Claim | null> {
  inTransaction(tx, 'claim');
  const now = new Date();
  const rows: { attempts: number }[] = await tx.getConnection().execute(
    `update export_tasks set status = ?, task_service_id = ?, attempts = attempts + 1, heartbeat_at = ?, started_at = ?, updated_at = ?, progress = 0, error = null
      where id = ? and status = ? and exists (select 1 from task_services s where s.id = ? and s.authorized for share)
     returning attempts`,
    [IN_PROGRESS, taskServiceId, now, now, now, taskId, PENDING, taskServiceId],
    'all',
    tx.getTransactionContext(),
  );
  if (!rows[0]) return null;
  await announce(tx, [taskId]);
  return { taskId, taskServiceId, attempt: rows[0].attempts };
}

/** reportProgress: how far the conversion is (0 to 1); also renews the task's heartbeat. False when the claim is gone. */
export async function reportProgress(tx: EntityManager, claimed: Claim, fraction: number): Promise<boolean> {
  inTransaction(tx, 'reportProgress');
  const now = new Date();
  const count = await tx.nativeUpdate(ExportTask, heldBy(claimed), { progress: fraction, updatedAt: now, heartbeatAt: now });
  if (count) await announce(tx, [claimed.taskId]);
  return count > 0;
}

/**
 * The heartbeat of running tasks: renewed a few times per heartbeat timeout, so that the reaper
 * knows their task service is alive. Not a transition (nothing a reader sees changes, so nothing
 * is notified); returns the ids of the claims still held, so the worker stops the others.
 */
export async function renewHeartbeats(em: EntityManager, claims: readonly Claim[]): Promise<Set<string>> {
  if (claims.length === 0) return new Set();
  const where = { $or: claims.map(heldBy) };
  await em.nativeUpdate(ExportTask, where, { heartbeatAt: new Date() });
  return heldClaims(em, claims);
}

/** Which of these claims are still held (not cancelled, not taken over). */
export async function heldClaims(em: EntityManager, claims: readonly Claim[]): Promise<Set<string>> {
  if (claims.length === 0) return new Set();
  const still = await em.find(ExportTask, { $or: claims.map(heldBy) }, { fields: ['id'], disableIdentityMap: true });
  return new Set(still.map((task) => task.id));
}

/**
 * Whether this claim completed the task with the file of this hash: how a task service whose
 * commit went unanswered (the connection died with it) learns that it did happen.
 */
export async function completedBy(em: EntityManager, claimed: Claim, sha256: string): Promise<boolean> {
  const where = { id: claimed.taskId, status: COMPLETED, taskService: claimed.taskServiceId, attempts: claimed.attempt, outputSha256: sha256 };
  return (await em.count(ExportTask, where)) > 0;
}

/** What a finished conversion produced. */
export interface ExportOutput {
  /** Relative to the exports folder. */
  outputPath: string;
  sha256: string;
  sizeBytes: number;
  durationSeconds: number;
  ffmpegVersion: string;
  ffmpegArgs: string[];
  /** When the export completed: the time its signed manifest states. */
  completedAt: Date;
}

/**
 * complete: IN_PROGRESS → COMPLETED with its output, audited as EXPORT_COMPLETED. Returns the
 * task with its relations (for the manifest the caller signs in the same transaction), or null
 * when the claim is gone (cancelled, or taken over): then there must be no file.
 */
export async function complete(tx: EntityManager, claimed: Claim, output: ExportOutput): Promise<ExportTask | null> {
  inTransaction(tx, 'complete');
  const count = await tx.nativeUpdate(ExportTask, heldBy(claimed), {
    status: COMPLETED,
    progress: 1,
    finishedAt: output.completedAt,
    updatedAt: new Date(),
    outputPath: output.outputPath,
    outputSha256: output.sha256,
    outputSizeBytes: output.sizeBytes,
    outputDurationSeconds: output.durationSeconds,
    ffmpegVersion: output.ffmpegVersion,
    ffmpegArgs: output.ffmpegArgs,
  });
  if (count === 0) return null;
  const task = await tx.findOneOrFail(ExportTask, { id: claimed.taskId }, { populate: TASK_RELATIONS, refresh: true });
  recordAudit(
    tx,
    onBehalfOfRequester(task, {
      action: AuditAction.EXPORT_COMPLETED,
      outcome: AuditOutcome.SUCCESS,
      detail: `sha256 ${output.sha256}, ${output.sizeBytes} bytes, on ${task.taskServiceHost ?? 'an unknown host'}`,
    }),
  );
  await announce(tx, [task.id]);
  return task;
}

/** fail: IN_PROGRESS → FAILED with why, in words a person can act on; audited as EXPORT_FAILED. False when the claim is gone. */
export async function fail(tx: EntityManager, claimed: Claim, error: string): Promise<boolean> {
  inTransaction(tx, 'fail');
  const at = new Date();
  const count = await tx.nativeUpdate(ExportTask, heldBy(claimed), { status: FAILED, error, finishedAt: at, updatedAt: at });
  if (count === 0) return false;
  const task = await tx.findOneOrFail(ExportTask, { id: claimed.taskId }, { populate: TASK_RELATIONS, refresh: true });
  recordAudit(tx, onBehalfOfRequester(task, { action: AuditAction.EXPORT_FAILED, outcome: AuditOutcome.FAILURE, detail: error }));
  await announce(tx, [task.id]);
  return true;
}

/**
 * handBack: IN_PROGRESS → PENDING when the worker shuts down before the conversion ends; the
 * attempt does not count. The caller queues the task again after the commit.
 */
export async function handBack(tx: EntityManager, claimed: Claim): Promise<boolean> {
  inTransaction(tx, 'handBack');
  const rows: { id: string }[] = await tx.getConnection().execute(
    `update export_tasks set status = ?, attempts = greatest(attempts - 1, 0), heartbeat_at = null, progress = 0, updated_at = ?, queued_at = ?
      where id = ? and status = ? and task_service_id = ? and attempts = ? returning id`,
    [PENDING, new Date(), new Date(), claimed.taskId, IN_PROGRESS, claimed.taskServiceId, claimed.attempt],
    'all',
    tx.getTransactionContext(),
  );
  await announce(
    tx,
    rows.map((row) => row.id),
  );
  return rows.length > 0;
}

export interface LostTasks {
  /** Back to PENDING: the caller queues them again after the commit. */
  requeued: string[];
  /** FAILED on their last attempt, audited as EXPORT_FAILED. */
  failed: string[];
}

/**
 * requeueLost: tasks whose task service stopped renewing their heartbeat (killed, machine lost)
 * go back to PENDING, or become FAILED after the last attempt. Safe to run in every process at
 * once: stale rows are locked with SKIP LOCKED, so each is handled by one of them.
 */
export async function requeueLost(tx: EntityManager, limits: { heartbeatTimeoutSeconds: number; maxAttempts: number }): Promise<LostTasks> {
  inTransaction(tx, 'requeueLost');
  const { heartbeatTimeoutSeconds, maxAttempts } = limits;
  const rows: { id: string; status: ExportTaskStatus; attempts: number; host: string | null }[] = await tx.getConnection().execute(
    `with stale as (
       select t.id, s.host_name from export_tasks t left join task_services s on s.id = t.task_service_id
        where t.status = ? and t.heartbeat_at < now() - make_interval(secs => ?)
        for update of t skip locked)
     update export_tasks t
        set status = case when t.attempts >= ? then ? else ? end,
            error = case when t.attempts >= ? then format('The task service on %s stopped responding on attempt %s of %s; the export was not retried again.', coalesce(stale.host_name, 'an unknown host'), t.attempts, ?::int) end,
            finished_at = case when t.attempts >= ? then now() end,
            queued_at = case when t.attempts >= ? then t.queued_at else now() end,
            heartbeat_at = null, progress = 0, updated_at = now()
       from stale
      where t.id = stale.id
     returning t.id, t.status, t.attempts, stale.host_name as host`,
    [IN_PROGRESS, heartbeatTimeoutSeconds, maxAttempts, FAILED, PENDING, maxAttempts, maxAttempts, maxAttempts, maxAttempts],
    'all',
    tx.getTransactionContext(),
  );
  const failed = rows.filter((row) => row.status === FAILED);
  if (failed.length) {
    const tasks = await tx.find(ExportTask, { id: { $in: failed.map((row) => row.id) } }, { populate: TASK_RELATIONS });
    const byId = new Map(failed.map((row) => [row.id, row]));
    recordAudit(
      tx,
      ...tasks.map((task) =>
        onBehalfOfRequester(task, {
          action: AuditAction.EXPORT_FAILED,
          outcome: AuditOutcome.FAILURE,
          detail: `The task service on ${byId.get(task.id)!.host ?? 'an unknown host'} stopped responding on attempt ${task.attempts} of ${maxAttempts}.`,
        }),
      ),
    );
  }
  await announce(
    tx,
    rows.map((row) => row.id),
  );
  return { requeued: rows.filter((row) => row.status === PENDING).map((row) => row.id), failed: failed.map((row) => row.id) };
}

/**
 * requeueOrphan: PENDING tasks whose queue job was lost (a crash between the commit and the
 * queueing) are marked as queued again now; the caller queues them after the commit. Returns
 * those still PENDING. A duplicate job is harmless: only a PENDING task can be claimed.
 */
export async function requeueOrphans(tx: EntityManager, taskIds: readonly string[]): Promise<string[]> {
  inTransaction(tx, 'requeueOrphan');
  if (taskIds.length === 0) return [];
  const rows: { id: string }[] = await tx
    .getConnection()
    .execute(
      'update export_tasks set updated_at = ?, queued_at = ? where id = any(?::uuid[]) and status = ? returning id',
      [new Date(), new Date(), pgArray(taskIds), PENDING],
      'all',
      tx.getTransactionContext(),
    );
  await announce(
    tx,
    rows.map((row) => row.id),
  );
  return rows.map((row) => row.id);
}

/**
 * cancel: PENDING or IN_PROGRESS → CANCELLED, audited as EXPORT_CANCELLED in the name of who
 * cancelled. The worker running it hears the notification and stops ffmpeg. False when the task
 * had already finished.
 */
export async function cancel(tx: EntityManager, task: ExportTask, by: ViewerIdentity, clientAddress: string | null): Promise<boolean> {
  inTransaction(tx, 'cancel');
  const at = new Date();
  const count = await tx.nativeUpdate(
    ExportTask,
    { id: task.id, status: { $in: [...TRANSITIONS.cancel.from] } },
    { status: CANCELLED, finishedAt: at, updatedAt: at },
  );
  if (count === 0) return false;
  recordAudit(tx, {
    action: AuditAction.EXPORT_CANCELLED,
    outcome: AuditOutcome.SUCCESS,
    actorId: by.id,
    actorName: by.username,
    recordingId: task.recording.id,
    taskId: task.id,
    reason: task.request.reason,
    clientAddress,
  });
  await announce(tx, [task.id]);
  return true;
}

/** A task `expire` changed: its file is the caller's to delete, after the commit. */
export interface ExpiredTask {
  id: string;
  outputPath: string | null;
}

/**
 * expire: COMPLETED exports older than the retention become EXPIRED, audited as EXPORT_EXPIRED
 * (by the system). At most `limit` at a time, so that a long backlog does not hold locks for
 * long; safe in several processes at once (SKIP LOCKED). The status is the truth: once a task is
 * EXPIRED its file is refused for download even if deleting it fails.
 */
export async function expire(tx: EntityManager, policy: { retentionDays: number; limit: number }): Promise<ExpiredTask[]> {
  inTransaction(tx, 'expire');
  const rows: { id: string; output_path: string | null; output_sha256: string | null; finished_at: Date; recording_id: string; reason: string }[] = await tx
    .getConnection()
    .execute(
      `with due as (
       select id from export_tasks
        where status = ? and finished_at < now() - make_interval(days => ?)
        order by finished_at limit ? for update skip locked)
     update export_tasks t set status = ?, expired_at = now(), updated_at = now()
       from due, export_requests r
      where t.id = due.id and r.id = t.request_id
     returning t.id, t.output_path, t.output_sha256, t.finished_at, t.recording_id, r.reason`,
      [COMPLETED, policy.retentionDays, policy.limit, EXPIRED],
      'all',
      tx.getTransactionContext(),
    );
  recordAudit(
    tx,
    ...rows.map((row) => ({
      action: AuditAction.EXPORT_EXPIRED,
      outcome: AuditOutcome.SUCCESS,
      recordingId: row.recording_id,
      taskId: row.id,
      reason: row.reason,
      detail: `Deleted after the ${policy.retentionDays}-day retention (completed ${new Date(row.finished_at).toISOString()}; sha256 ${row.output_sha256 ?? 'unknown'}).`,
    })),
  );
  await announce(
    tx,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ id: row.id, outputPath: row.output_path }));
}

/**
 * retry: a new PENDING task of the FAILED task's request, for the same recording with the same
 * render options, audited as EXPORT_RETRIED in the name of who retried it. The failed task stays
 * FAILED with its error and names its retry; a task is retried at most once, which the guarded
 * UPDATE decides when two retries race. Null when the task is no longer FAILED or was retried
 * already. The caller queues the new task after the commit.
 */
export async function retry(tx: EntityManager, failed: ExportTask, by: ViewerIdentity, clientAddress: string | null): Promise<ExportTask | null> {
  inTransaction(tx, 'retry');
  const task = tx.create(ExportTask, {
    request: failed.request,
    recording: failed.recording,
    requestedBy: failed.requestedBy,
    renderOptions: failed.renderOptions,
    retryOf: failed,
  });
  await tx.flush();
  const count = await tx.nativeUpdate(
    ExportTask,
    { id: failed.id, status: { $in: [...TRANSITIONS.retry.from] }, retriedAs: null },
    { retriedAs: task.id, updatedAt: new Date() },
  );
  if (count === 0) {
    // Lost to a concurrent retry, or no longer FAILED: the new row goes with the rolled-back caller.
    tx.remove(task);
    await tx.flush();
    return null;
  }
  recordAudit(tx, {
    action: AuditAction.EXPORT_RETRIED,
    outcome: AuditOutcome.SUCCESS,
    actorId: by.id,
    actorName: by.username,
    recordingId: task.recording.id,
    taskId: task.id,
    reason: failed.request.reason,
    clientAddress,
    detail: `Retry of the failed export task ${failed.id}${failed.error ? `: ${failed.error}` : ''}`,
  });
  await announce(tx, [failed.id, task.id]);
  return task;
}
