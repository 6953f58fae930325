import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../access/caller.js';
import { activity, requirePlayer, requireVisibleRecording } from '../access/guards.js';
import { canPlayRecording } from '../access/permissions.js';
import { auditedTransaction, type AuditedAs } from '../access/refusal.js';
import { AuditAction } from '../audit/audit-action.js';
import { AppError } from '../common/errors.js';
import { isUuid } from '../common/keyset.js';
import type { JobQueue } from '../queue/job-queue.js';
import { Recording } from '../recordings/recording.entity.js';
import type { ObjectStore } from '../storage/object-store.js';
import { needsBrowserPreview } from './browser-playable.js';
import { requestPreview } from './browser-preview-lifecycle.js';
import { queueBrowserPreviews } from './browser-preview-queue.js';
import { BrowserPreview } from './browser-preview.entity.js';

const PREPARING = activity('play recordings', 'Playing recordings');

/**
 * Browser previews on request: the same rule as playback (PLAYER, or PRIVILEGED_PLAYER for a
 * restricted recording, which does not exist for anyone else), and every refusal audited as
 * "Play recording" in the same transaction. Asking is not a playback: the playback is audited
 * when the preview file is fetched (see PlaybackService.playPreview).
 */
export class BrowserPreviewsService {
  constructor(
    private readonly em: EntityManager,
    private readonly queue: Pick<JobQueue, 'send'>,
    private readonly exports: ObjectStore,
    /** A preview whose task service has been silent this long is made again when asked for. */
    private readonly staleAfterSeconds: number,
  ) {}

  /**
   * The recording's browser preview, asked for when it has none (or its last attempt failed, or
   * was lost): made once, then reused by every playback. BAD_USER_INPUT for a recording that
   * plays in the browser as it is.
   */
  async prepare(caller: Caller, recordingId: string): Promise<BrowserPreview> {
    const auditedAs: AuditedAs = { action: AuditAction.RECORDING_PLAYED, recordingIds: [recordingId] };
    const { preview, queue } = await auditedTransaction(this.em, async (tx) => {
      const viewer = requirePlayer(caller, PREPARING, auditedAs);
      const found = isUuid(recordingId) ? await tx.findOne(Recording, { id: recordingId }) : null;
      const recording = requireVisibleRecording(caller, viewer, found, recordingId, auditedAs);
      if (!needsBrowserPreview(recording)) {
        throw new AppError('BAD_USER_INPUT', 'This recording plays in the browser as it is; it needs no browser preview.', { field: 'recordingId' });
      }
      return requestPreview(tx, recording, {
        staleAfterSeconds: this.staleAfterSeconds,
        fileMissing: async (ready) => !ready.outputKey || !(await this.exports.head(ready.outputKey).catch(() => ({ sizeBytes: 0 }))),
      });
    });
    // After the commit, so that a task service never gets a job whose preview is not there yet.
    if (queue) await queueBrowserPreviews(this.em, this.queue, [preview.id]);
    return preview;
  }

  /**
   * The preview of a recording the caller already sees, for those who may play it (a recording
   * also shows inside an export task, to LOGGING_READERs who may not): null otherwise, or when
   * none was asked for.
   */
  async previewOf(caller: Caller, recording: Recording): Promise<BrowserPreview | null> {
    const roles = caller.viewer?.roles;
    if (!roles || !canPlayRecording(roles, recording.restricted)) return null;
    return this.em.findOne(BrowserPreview, { recording: recording.id });
  }
}
