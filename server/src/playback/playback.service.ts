import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../access/caller.js';
import { activity, requirePlayer, requireVisibleRecording } from '../access/guards.js';
import { auditedTransaction, refusal, type AuditedAs } from '../access/refusal.js';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAudit, recordAuditNow } from '../audit/record-audit.js';
import { AppError } from '../common/errors.js';
import { isUuid } from '../common/keyset.js';
import { RecordingKind } from '../recordings/recording-kind.js';
import { Recording } from '../recordings/recording.entity.js';
import { type ObjectStore, StoreError } from '../storage/object-store.js';
import { needsBrowserPreview } from '../previews/browser-playable.js';
import { previewPlayed } from '../previews/browser-preview-lifecycle.js';
import { BrowserPreviewStatus } from '../previews/browser-preview-status.js';
import { BrowserPreview } from '../previews/browser-preview.entity.js';

const PLAYING = activity('play recordings', 'Playing recordings');

/** A playback the caller may start: the recording and its stored source, found in the recordings store. */
export interface Playback {
  recording: Recording;
  source: { store: ObjectStore; key: string; sizeBytes: number };
}

/**
 * Decides whether a caller may play a recording, and writes the decision to the audit log as
 * "Play recording" (RECORDING_PLAYED) in the same transaction: every refusal, and every allowed
 * request that starts a playback.
 */
export class PlaybackService {
  constructor(
    private readonly em: EntityManager,
    private readonly recordings: ObjectStore,
    /** Where browser previews are kept, beside export files. */
    private readonly exports: ObjectStore,
  ) {}

  /**
   * `startsPlayback`: the request begins a viewing (no Range, or a range from byte 0) rather than
   * fetching the next chunk of one already audited. Terminal and Guacamole recordings are always
   * sent whole, so every request for one starts a playback. Refusals are UNAUTHENTICATED, FORBIDDEN,
   * NOT_FOUND (also for a restricted recording the caller may not see) or GONE.
   */
  play(caller: Caller, recordingId: string, startsPlayback: boolean): Promise<Playback> {
    return this.decide(caller, recordingId, async (recording) => ({
      file: { store: this.recordings, key: recording.sourceLocation },
      what: "The recording's source file",
      audited: startsPlayback || recording.kind !== RecordingKind.VIDEO,
    }));
  }

  /**
   * The same decision for the browser preview of a recording the browser cannot decode (see
   * previews/): the same rule, the same audit, the preview's MP4 in the exports store as the
   * file. A preview that is not READY is NOT_READY (409), not a refusal: the page asks for it
   * with prepareBrowserPreview first.
   */
  playPreview(caller: Caller, recordingId: string, startsPlayback: boolean): Promise<Playback> {
    return this.decide(caller, recordingId, async (recording, tx) => {
      const preview = needsBrowserPreview(recording) ? await tx.findOne(BrowserPreview, { recording: recording.id }) : null;
      if (!preview || preview.status !== BrowserPreviewStatus.READY || !preview.outputKey) {
        throw new AppError(
          'NOT_READY',
          'The browser preview of this recording is not ready; ask for it with prepareBrowserPreview and wait until it is READY.',
        );
      }
      // The retention counts from the last playback.
      if (startsPlayback) await previewPlayed(tx, preview.id);
      return { file: { store: this.exports, key: preview.outputKey }, what: 'The browser preview', audited: startsPlayback };
    });
  }

  private decide(
    caller: Caller,
    recordingId: string,
    locate: (recording: Recording, tx: EntityManager) => Promise<{ file: { store: ObjectStore; key: string }; what: string; audited: boolean }>,
  ): Promise<Playback> {
    const auditedAs: AuditedAs = { action: AuditAction.RECORDING_PLAYED, recordingIds: [recordingId] };
    return auditedTransaction(this.em, async (tx) => {
      const viewer = requirePlayer(caller, PLAYING, auditedAs);
      const found = isUuid(recordingId) ? await tx.findOne(Recording, { id: recordingId }) : null;
      const recording = requireVisibleRecording(caller, viewer, found, recordingId, auditedAs);
      const { file, what, audited } = await locate(recording, tx);
      const stored = await file.store.head(file.key).catch((error: unknown) => {
        if (!(error instanceof StoreError)) throw error;
        if (error.kind === 'INVALID_KEY' || error.kind === 'MISSING') return null;
        console.error(`recording ${recording.id}: ${error.message}`);
        throw refusal(caller, 'STORAGE_UNAVAILABLE', `${what} cannot be reached in storage right now; try again later.`, auditedAs);
      });
      if (!stored) throw refusal(caller, 'GONE', `${what} is no longer on the server.`, auditedAs);
      if (audited) {
        recordAudit(tx, {
          action: AuditAction.RECORDING_PLAYED,
          outcome: AuditOutcome.SUCCESS,
          actorId: viewer.user.id,
          actorName: viewer.user.username,
          recordingId: recording.id,
          clientAddress: caller.clientAddress,
        });
      }
      return { recording, source: { ...file, sizeBytes: stored.sizeBytes } };
    });
  }

  /**
   * A playback was allowed (and audited), but its file turned out unreadable before anything was
   * sent: that is recorded beside it, and the error returned for the caller's answer.
   */
  async unreadable(caller: Caller, playback: Playback, problem: string): Promise<AppError> {
    const message = `The terminal recording cannot be read: ${problem}`;
    await recordAuditNow(this.em, {
      action: AuditAction.RECORDING_PLAYED,
      outcome: AuditOutcome.FAILURE,
      actorId: caller.viewer?.user.id ?? null,
      actorName: caller.viewer?.user.username ?? null,
      recordingId: playback.recording.id,
      detail: message,
      clientAddress: caller.clientAddress,
    });
    return new AppError('UNREADABLE', message);
  }
}
