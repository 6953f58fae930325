import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Recording } from '../recordings/recording.entity.js';
import { BrowserPreviewStatus } from './browser-preview-status.js';
import { BrowserPreview } from './browser-preview.entity.js';

/**
 * Every change of a browser preview row, each a guarded statement, so that two task services (or
 * a task service and a request) cannot both move a preview: the transitions are
 * PENDING → IN_PROGRESS → READY | FAILED, IN_PROGRESS → PENDING (handed back or lost), and
 * FAILED → PENDING (asked for again).
 */

const { PENDING, IN_PROGRESS, READY, FAILED } = BrowserPreviewStatus;

/** A task service's hold on a preview it makes. */
export interface PreviewClaim {
  previewId: string;
  taskServiceId: string;
  attempt: number;
}

/** Where a preview file is kept in the exports store. */
export function previewKey(previewId: string): string {
  return `browser-previews/${previewId}.mp4`;
}

/**
 * The recording's preview, made PENDING when there was none, when it FAILED, when its file
 * went missing, or when the task service making it stopped renewing its heartbeat. `queue` says
 * the caller must send its job after the commit: a new or reset preview, or a PENDING one whose
 * job was sent more than `staleAfterSeconds` ago (the job may be lost; a duplicate is harmless).
 */
export async function requestPreview(
  tx: EntityManager,
  recording: Recording,
  options: { staleAfterSeconds: number; fileMissing: (preview: BrowserPreview) => Promise<boolean> },
): Promise<{ preview: BrowserPreview; queue: boolean }> {
  const now = new Date();
  const inserted: unknown[] = await tx.getConnection().execute(
    `insert into browser_previews (id, recording_id, status, progress, attempts, requested_at, queued_at) values (?, ?, ?, 0, 0, ?, ?)
      on conflict (recording_id) do nothing returning id`,
    [randomUUID(), recording.id, PENDING, now, now],
    'all',
    tx.getTransactionContext(),
  );
  const preview = await tx.findOneOrFail(BrowserPreview, { recording: recording.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  const staleBefore = new Date(now.getTime() - options.staleAfterSeconds * 1000);
  const reset =
    preview.status === FAILED ||
    (preview.status === IN_PROGRESS && (preview.heartbeatAt ?? preview.queuedAt) < staleBefore) ||
    (preview.status === READY && (await options.fileMissing(preview)));
  if (reset) {
    Object.assign(preview, {
      status: PENDING,
      progress: 0,
      error: null,
      taskService: null,
      heartbeatAt: null,
      finishedAt: null,
      outputKey: null,
      requestedAt: now,
    });
  }
  const queue = preview.status === PENDING && (reset || inserted.length > 0 || preview.queuedAt < staleBefore);
  if (queue) preview.queuedAt = now;
  await tx.flush();
  return { preview, queue };
}

/** Takes a PENDING preview for a task service, which must be authorized; null when it is not PENDING (a duplicate job). */
export async function claimPreview(tx: EntityManager, previewId: string, taskServiceId: string): Promise<PreviewClaim | null> {
  const now = new Date();
  const rows: { attempts: number }[] = await tx.getConnection().execute(
    `update browser_previews set status = ?, task_service_id = ?, attempts = attempts + 1, started_at = ?, heartbeat_at = ?, progress = 0, error = null
      where id = ? and status = ? and recording_id is not null and exists (select 1 from task_services s where s.id = ? and s.authorized for share)
     returning attempts`,
    [IN_PROGRESS, taskServiceId, now, now, previewId, PENDING, taskServiceId],
    'all',
    tx.getTransactionContext(),
  );
  return rows[0] ? { previewId, taskServiceId, attempt: rows[0].attempts } : null;
}

function heldBy(claim: PreviewClaim) {
  return { id: claim.previewId, status: IN_PROGRESS, taskService: claim.taskServiceId, attempts: claim.attempt };
}

/** How far the preview is (0 to 1); also its heartbeat. False when the claim is gone. */
export async function reportPreviewProgress(em: EntityManager, claim: PreviewClaim, fraction: number): Promise<boolean> {
  const now = new Date();
  return (await em.nativeUpdate(BrowserPreview, heldBy(claim), { progress: Math.min(1, Math.max(0, fraction)), heartbeatAt: now })) > 0;
}

/** The file is stored under `outputKey`: the preview plays from now on. False when the claim was lost meanwhile. */
export async function completePreview(
  em: EntityManager,
  claim: PreviewClaim,
  output: { outputKey: string; sizeBytes: number; sha256: string },
): Promise<boolean> {
  const now = new Date();
  const count = await em.nativeUpdate(BrowserPreview, heldBy(claim), {
    status: READY,
    progress: 1,
    finishedAt: now,
    heartbeatAt: now,
    // The retention counts from the last playback; a preview nobody has played yet counts from now.
    lastPlayedAt: now,
    outputKey: output.outputKey,
    outputSizeBytes: output.sizeBytes,
    outputSha256: output.sha256,
  });
  return count > 0;
}

export async function failPreview(em: EntityManager, claim: PreviewClaim, error: string): Promise<boolean> {
  return (await em.nativeUpdate(BrowserPreview, heldBy(claim), { status: FAILED, error, finishedAt: new Date() })) > 0;
}

/** A task service stopping hands its preview back to the queue. */
export async function handBackPreview(em: EntityManager, claim: PreviewClaim): Promise<boolean> {
  const now = new Date();
  return (await em.nativeUpdate(BrowserPreview, heldBy(claim), { status: PENDING, progress: 0, taskService: null, heartbeatAt: null, queuedAt: now })) > 0;
}

/** A playback of the preview started: the retention counts from now. */
export async function previewPlayed(tx: EntityManager, previewId: string): Promise<void> {
  await tx.nativeUpdate(BrowserPreview, { id: previewId }, { lastPlayedAt: new Date() });
}

/**
 * Deletes, at most `limit` at a time, the rows of previews whose recording is gone, or that
 * nobody played for `retentionDays` (0: only those without their recording), returning the keys
 * of their files for the caller to delete after the commit.
 */
export async function expirePreviews(
  tx: EntityManager,
  options: { retentionDays: number; limit: number },
): Promise<{ id: string; outputKey: string | null }[]> {
  const rows: { id: string; output_key: string | null }[] = await tx.getConnection().execute(
    `delete from browser_previews where id in (
       select id from browser_previews
        where status <> ? and (recording_id is null or (? > 0 and coalesce(last_played_at, finished_at, requested_at) < now() - make_interval(days => ?)))
        order by id limit ? for update skip locked)
     returning id, output_key`,
    [IN_PROGRESS, options.retentionDays, options.retentionDays, options.limit],
    'all',
    tx.getTransactionContext(),
  );
  return rows.map((row) => ({ id: row.id, outputKey: row.output_key }));
}
