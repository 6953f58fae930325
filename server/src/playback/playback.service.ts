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
  ) {}

  /**
   * `startsPlayback`: the request begins a viewing (no Range, or a range from byte 0) rather than
   * fetching the next chunk of one already audited. Terminal and Guacamole recordings are always
   * sent whole, so every request for one starts a playback. Refusals are UNAUTHENTICATED, FORBIDDEN,
   * NOT_FOUND (also for a restricted recording the caller may not see) or GONE.
   */
  play(caller: Caller, recordingId: string, startsPlayback: boolean): Promise<Playback> {
    const auditedAs: AuditedAs = { action: AuditAction.RECORDING_PLAYED, recordingIds: [recordingId] };
    return auditedTransaction(this.em, async (tx) => {
      const viewer = requirePlayer(caller, PLAYING, auditedAs);
      const found = isUuid(recordingId) ? await tx.findOne(Recording, { id: recordingId }) : null;
      const recording = requireVisibleRecording(caller, viewer, found, recordingId, auditedAs);
      const stored = await this.recordings.head(recording.sourceLocation).catch((error: unknown) => {
        if (!(error instanceof StoreError)) throw error;
        if (error.kind === 'INVALID_KEY' || error.kind === 'MISSING') return null;
        console.error(`recording ${recording.id}: ${error.message}`);
        throw refusal(caller, 'STORAGE_UNAVAILABLE', "The recording's source file cannot be reached in storage right now; try again later.", auditedAs);
      });
      if (!stored) throw refusal(caller, 'GONE', "The recording's source file is no longer on the server.", auditedAs);
      if (startsPlayback || recording.kind !== RecordingKind.VIDEO) {
        recordAudit(tx, {
          action: AuditAction.RECORDING_PLAYED,
          outcome: AuditOutcome.SUCCESS,
          actorId: viewer.user.id,
          actorName: viewer.user.username,
          recordingId: recording.id,
          clientAddress: caller.clientAddress,
        });
      }
      return { recording, source: { store: this.recordings, key: recording.sourceLocation, sizeBytes: stored.sizeBytes } };
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
