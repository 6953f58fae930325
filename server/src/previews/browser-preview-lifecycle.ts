import type { EntityManager } from '@mikro-orm/postgresql';
import {
  claimDerived,
  completeDerived,
  type DerivedClaim,
  failDerived,
  handBackDerived,
  reportDerivedProgress,
  requestDerived,
} from '../derived/derived-lifecycle.js';
import type { Recording } from '../recordings/recording.entity.js';
import { BrowserPreviewStatus } from './browser-preview-status.js';
import { BrowserPreview } from './browser-preview.entity.js';

/**
 * Every change of a browser preview row. The transitions and their guards are those every
 * derived artifact shares (derived/derived-lifecycle.ts); what is a preview's own is its file:
 * a READY preview whose file is gone is made again, and the retention counts from the last
 * playback.
 */

const TABLE = 'browser_previews';
const { IN_PROGRESS } = BrowserPreviewStatus;

/** A task service's hold on a preview it makes. */
export type PreviewClaim = DerivedClaim;

/** Where a preview file is kept in the exports store. */
export function previewKey(previewId: string): string {
  return `browser-previews/${previewId}.mp4`;
}

/**
 * The recording's preview, made PENDING when there was none, when it FAILED, when its file
 * went missing, or when the task service making it stopped renewing its heartbeat. `queue` says
 * the caller must send its job after the commit (see requestDerived).
 */
export async function requestPreview(
  tx: EntityManager,
  recording: Recording,
  options: { staleAfterSeconds: number; fileMissing: (preview: BrowserPreview) => Promise<boolean> },
): Promise<{ preview: BrowserPreview; queue: boolean }> {
  const { id, queue } = await requestDerived(tx, TABLE, recording.id, {
    staleAfterSeconds: options.staleAfterSeconds,
    readyButGone: async (row) => options.fileMissing(await tx.findOneOrFail(BrowserPreview, { id: row.id }, { refresh: true })),
    resultColumns: ['output_key'],
  });
  const preview = await tx.findOneOrFail(BrowserPreview, { id }, { refresh: true });
  return { preview, queue };
}

/** Takes a PENDING preview for a task service, which must be authorized; null when it is not PENDING (a duplicate job). */
export function claimPreview(tx: EntityManager, previewId: string, taskServiceId: string): Promise<PreviewClaim | null> {
  return claimDerived(tx, TABLE, previewId, taskServiceId);
}

/** How far the preview is (0 to 1); also its heartbeat. False when the claim is gone. */
export function reportPreviewProgress(em: EntityManager, claim: PreviewClaim, fraction: number): Promise<boolean> {
  return reportDerivedProgress(em, TABLE, claim, fraction);
}

/** The file is stored under `outputKey`: the preview plays from now on. False when the claim was lost meanwhile. */
export function completePreview(em: EntityManager, claim: PreviewClaim, output: { outputKey: string; sizeBytes: number; sha256: string }): Promise<boolean> {
  return completeDerived(em, TABLE, claim, {
    // The retention counts from the last playback; a preview nobody has played yet counts from now.
    last_played_at: new Date(),
    output_key: output.outputKey,
    output_size_bytes: output.sizeBytes,
    output_sha256: output.sha256,
  });
}

export function failPreview(em: EntityManager, claim: PreviewClaim, error: string): Promise<boolean> {
  return failDerived(em, TABLE, claim, error);
}

/** A task service stopping hands its preview back to the queue. */
export function handBackPreview(em: EntityManager, claim: PreviewClaim): Promise<boolean> {
  return handBackDerived(em, TABLE, claim);
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
