import type { EntityManager } from '@mikro-orm/postgresql';
import type { SegmentRange } from '../media/segment-plan.js';
import type { Claim } from './export-task-lifecycle.js';

/**
 * Export segments: the parts of a long video recording's export that task services encode at
 * once (see worker/segmented-export.ts). This module is the only writer of `export_segments`.
 *
 * A segment is PENDING, IN_PROGRESS (claimed by a task service, with a heartbeat), COMPLETED
 * (its MP4 stored and hashed) or FAILED (its encoding failed MAX_SEGMENT_ATTEMPTS times, which
 * fails the task). Segments are worked on only while their task is IN_PROGRESS: a cancelled,
 * failed or taken-back task stops them all, because every claim and heartbeat checks it.
 * A claim is held by its attempt number, like a task's: a segment taken back and claimed again
 * no longer answers to the earlier encoder.
 */

export type SegmentStatus = 'PENDING' | 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';

/** Encodings of one segment before its failure fails the export. */
export const MAX_SEGMENT_ATTEMPTS = 3;

export interface ExportSegment extends SegmentRange {
  id: string;
  taskId: string;
  status: SegmentStatus;
  attempts: number;
  progress: number;
  taskServiceId: string | null;
  outputLocation: string | null;
  outputSha256: string | null;
  outputSizeBytes: number | null;
  arguments: string[] | null;
  error: string | null;
  /** The kind of the last failure (a MediaErrorKind), so that the task fails with the same. */
  errorKind: string | null;
}

/** A segment claimed by a task service for one attempt. */
export interface SegmentClaim extends SegmentRange {
  segmentId: string;
  taskId: string;
  taskServiceId: string;
  attempt: number;
}

export interface SegmentOutput {
  location: string;
  sha256: string;
  sizeBytes: number;
  arguments: string[];
}

const COLUMNS = `id, task_id as "taskId", index, start_seconds as "startSeconds", end_seconds as "endSeconds", status, attempts, progress,
  task_service_id as "taskServiceId", output_location as "outputLocation", output_sha256 as "outputSha256",
  output_size_bytes::float8 as "outputSizeBytes", arguments, error, error_kind as "errorKind"`;

// The claim still holds: the segment is running on this attempt and its task is still running.
const HELD = `id = ? and attempts = ? and status = 'IN_PROGRESS'
  and exists (select 1 from export_tasks t where t.id = export_segments.task_id and t.status = 'IN_PROGRESS')`;

function run<T>(tx: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  return tx.getConnection().execute(sql, params, 'all', tx.getTransactionContext());
}

/** The segments of a task, in order. */
export function segmentsOf(em: EntityManager, taskId: string): Promise<ExportSegment[]> {
  return run<ExportSegment>(em, `select ${COLUMNS} from export_segments where task_id = ? order by index`, [taskId]);
}

/**
 * Lays out the segments of a claimed task, and returns the ids of those to queue. A task taken
 * back and claimed again keeps segments already encoded when the plan is the same (the source
 * and the segment length did not change), so a lost task service costs only its own segment;
 * segments that were running go back to PENDING. A different plan replaces the old one; the
 * outputs of replaced segments are returned for deletion.
 */
export async function layOutSegments(
  tx: EntityManager,
  claimed: Claim,
  plan: readonly SegmentRange[],
): Promise<{ pending: string[]; replacedOutputs: string[] } | null> {
  const [held] = await run(tx, `select 1 from export_tasks where id = ? and status = 'IN_PROGRESS' and task_service_id = ? and attempts = ? for update`, [
    claimed.taskId,
    claimed.taskServiceId,
    claimed.attempt,
  ]);
  if (!held) return null;
  const existing = await segmentsOf(tx, claimed.taskId);
  const same =
    existing.length === plan.length &&
    existing.every((s, i) => s.index === plan[i]!.index && s.startSeconds === plan[i]!.startSeconds && s.endSeconds === plan[i]!.endSeconds);
  let replacedOutputs: string[] = [];
  if (same) {
    // A running segment keeps its attempt count, so that its encoder, if still alive, no longer
    // holds it once it is claimed again; a failed one starts its attempts afresh with the task's.
    await run(
      tx,
      `update export_segments set status = 'PENDING', progress = 0, attempts = case when status = 'FAILED' then 0 else attempts end, updated_at = now()
        where task_id = ? and status in ('IN_PROGRESS', 'FAILED')`,
      [claimed.taskId],
    );
  } else {
    replacedOutputs = existing.map((s) => s.outputLocation).filter((l): l is string => !!l);
    await run(tx, 'delete from export_segments where task_id = ?', [claimed.taskId]);
    for (const range of plan) {
      await run(tx, 'insert into export_segments (task_id, index, start_seconds, end_seconds) values (?, ?, ?, ?)', [
        claimed.taskId,
        range.index,
        range.startSeconds,
        range.endSeconds,
      ]);
    }
  }
  const pending = await run<{ id: string }>(tx, `select id from export_segments where task_id = ? and status = 'PENDING' order by index`, [claimed.taskId]);
  return { pending: pending.map((r) => r.id), replacedOutputs };
}

/**
 * Claims a PENDING segment for a task service: the given one, or with `taskId` the first pending
 * segment of that task. Only while the task runs, and only for an authorized task service.
 */
export async function claimSegment(tx: EntityManager, which: { segmentId: string } | { taskId: string }, taskServiceId: string): Promise<SegmentClaim | null> {
  const target =
    'segmentId' in which
      ? ['id = ?', which.segmentId]
      : [`id = (select id from export_segments where task_id = ? and status = 'PENDING' order by index limit 1 for update skip locked)`, which.taskId];
  const rows = await run<{ id: string; taskId: string; index: number; startSeconds: number; endSeconds: number; attempts: number }>(
    tx,
    `update export_segments set status = 'IN_PROGRESS', task_service_id = ?, attempts = attempts + 1, heartbeat_at = now(), progress = 0, error = null, error_kind = null,
        updated_at = now()
      where ${target[0]} and status = 'PENDING'
        and exists (select 1 from export_tasks t where t.id = export_segments.task_id and t.status = 'IN_PROGRESS')
        and exists (select 1 from task_services s where s.id = ? and s.authorized for share)
      returning id, task_id as "taskId", index, start_seconds as "startSeconds", end_seconds as "endSeconds", attempts`,
    [taskServiceId, target[1], taskServiceId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    segmentId: row.id,
    taskId: row.taskId,
    index: row.index,
    startSeconds: row.startSeconds,
    endSeconds: row.endSeconds,
    taskServiceId,
    attempt: row.attempts,
  };
}

/** Renews a claimed segment's heartbeat and records its progress; false when the claim is gone (stop encoding). */
export async function segmentHeartbeat(em: EntityManager, claim: SegmentClaim, progress: number): Promise<boolean> {
  const rows = await run(em, `update export_segments set heartbeat_at = now(), progress = ?, updated_at = now() where ${HELD} returning id`, [
    Math.max(0, Math.min(1, progress)),
    claim.segmentId,
    claim.attempt,
  ]);
  return rows.length > 0;
}

/** Records a segment's stored, hashed MP4. False when the claim was gone: the output is then not the segment's. */
export async function completeSegment(tx: EntityManager, claim: SegmentClaim, output: SegmentOutput): Promise<boolean> {
  const rows = await run(
    tx,
    `update export_segments set status = 'COMPLETED', progress = 1, output_location = ?, output_sha256 = ?, output_size_bytes = ?, arguments = ?::jsonb,
        error = null, updated_at = now()
      where ${HELD} returning id`,
    [output.location, output.sha256, output.sizeBytes, JSON.stringify(output.arguments), claim.segmentId, claim.attempt],
  );
  return rows.length > 0;
}

/**
 * Ends a claim without a result: handed back (no failure: the task service is stopping), or
 * failed. A failure that may pass is tried again up to MAX_SEGMENT_ATTEMPTS, then FAILED; one that
 * will not (a broken source) is FAILED at once. Returns the new status, or null when the claim was
 * already gone.
 */
export async function releaseSegment(
  tx: EntityManager,
  claim: SegmentClaim,
  failure: { message: string; kind: string; retryable: boolean } | null,
): Promise<SegmentStatus | null> {
  const rows = await run<{ status: SegmentStatus }>(
    tx,
    `update export_segments set
        status = case when ?::boolean and (not ?::boolean or attempts >= ?) then 'FAILED' else 'PENDING' end,
        attempts = case when ?::boolean then attempts else attempts - 1 end,
        error = ?, error_kind = ?, progress = 0, updated_at = now()
      where ${HELD} returning status`,
    [!!failure, failure?.retryable ?? false, MAX_SEGMENT_ATTEMPTS, !!failure, failure?.message ?? null, failure?.kind ?? null, claim.segmentId, claim.attempt],
  );
  return rows[0]?.status ?? null;
}

/** Running segments of a task whose task service went silent for `timeoutSeconds` go back to PENDING; their ids, to queue again. */
export async function takeBackSilentSegments(tx: EntityManager, taskId: string, timeoutSeconds: number): Promise<string[]> {
  const rows = await run<{ id: string }>(
    tx,
    `update export_segments set status = 'PENDING', progress = 0, updated_at = now()
      where task_id = ? and status = 'IN_PROGRESS' and heartbeat_at < now() - make_interval(secs => ?)
      returning id`,
    [taskId, timeoutSeconds],
  );
  return rows.map((r) => r.id);
}

/**
 * A completed segment whose stored MP4 is gone (removed by an earlier attempt of the task that
 * ended meanwhile) goes back to PENDING, to be encoded again. Only while the task runs.
 */
export async function forgetSegmentOutput(tx: EntityManager, segmentId: string): Promise<boolean> {
  const rows = await run(
    tx,
    `update export_segments set status = 'PENDING', progress = 0, output_location = null, output_sha256 = null, output_size_bytes = null,
        arguments = null, updated_at = now()
      where id = ? and status = 'COMPLETED'
        and exists (select 1 from export_tasks t where t.id = export_segments.task_id and t.status = 'IN_PROGRESS')
      returning id`,
    [segmentId],
  );
  return rows.length > 0;
}
