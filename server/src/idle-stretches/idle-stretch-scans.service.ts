import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../access/caller.js';
import { activity, requirePlayer, requireVisibleRecording } from '../access/guards.js';
import { canPlayRecording } from '../access/permissions.js';
import { auditedTransaction, type AuditedAs } from '../access/refusal.js';
import { AuditAction } from '../audit/audit-action.js';
import { AppError } from '../common/errors.js';
import { isUuid } from '../common/keyset.js';
import { requestDerived } from '../derived/derived-lifecycle.js';
import type { JobQueue } from '../queue/job-queue.js';
import { RecordingKind } from '../recordings/recording-kind.js';
import { Recording } from '../recordings/recording.entity.js';
import { queueIdleStretchScans } from './idle-stretch-scan-queue.js';
import { IdleStretchScan } from './idle-stretch-scan.entity.js';

const SCANNING = activity('play recordings', 'Playing recordings');

/**
 * Idle stretch scans of video recordings on request, with the rule of playback (PLAYER, or
 * PRIVILEGED_PLAYER for a restricted recording, which does not exist for anyone else) because
 * the stretches tell what the picture does; every refusal is audited as "Play recording" in the
 * same transaction, as a refused playback is. Asking is not a playback, so a granted request is
 * not audited: the playback it comes with is (the page asks when play is pressed).
 */
export class IdleStretchScansService {
  constructor(
    private readonly em: EntityManager,
    private readonly queue: Pick<JobQueue, 'send'>,
    /** A scan whose task service has been silent this long is made again when asked for. */
    private readonly staleAfterSeconds: number,
  ) {}

  /**
   * The recording's idle stretch scan, asked for when it has none (or its last attempt failed,
   * or was lost): made once, then reused. BAD_USER_INPUT for a recording that is not a video,
   * whose player finds its stretches itself.
   */
  async scan(caller: Caller, recordingId: string): Promise<IdleStretchScan> {
    const auditedAs: AuditedAs = { action: AuditAction.RECORDING_PLAYED, recordingIds: [recordingId] };
    const { scan, queue } = await auditedTransaction(this.em, async (tx) => {
      const viewer = requirePlayer(caller, SCANNING, auditedAs);
      const found = isUuid(recordingId) ? await tx.findOne(Recording, { id: recordingId }) : null;
      const recording = requireVisibleRecording(caller, viewer, found, recordingId, auditedAs);
      if (recording.kind !== RecordingKind.VIDEO) {
        throw new AppError('BAD_USER_INPUT', 'Only video recordings are scanned for idle stretches; the player finds those of other recordings itself.', {
          field: 'recordingId',
        });
      }
      const requested = await requestDerived(tx, 'idle_stretch_scans', recording.id, {
        staleAfterSeconds: this.staleAfterSeconds,
        resultColumns: ['stretches'],
      });
      return { scan: await tx.findOneOrFail(IdleStretchScan, { id: requested.id }, { refresh: true }), queue: requested.queue };
    });
    // After the commit, so that a task service never gets a job whose scan is not there yet.
    if (queue) await queueIdleStretchScans(this.em, this.queue, [scan.id]);
    return scan;
  }

  /**
   * The scan of a recording the caller already sees, for those who may play it (a recording also
   * shows inside an export task, to LOGGING_READERs who may not): null otherwise, or when none
   * was asked for.
   */
  async scanOf(caller: Caller, recording: Recording): Promise<IdleStretchScan | null> {
    const roles = caller.viewer?.roles;
    if (recording.kind !== RecordingKind.VIDEO || !roles || !canPlayRecording(roles, recording.restricted)) return null;
    return this.em.findOne(IdleStretchScan, { recording: recording.id });
  }
}
