import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAudit } from '../audit/audit.service.js';
import { canListRecordings, canPlayRecording } from '../auth/permissions.js';
import type { Viewer } from '../auth/viewer.js';
import { isUuid } from '../common/keyset.js';
import { RecordingKind } from '../recordings/recording-kind.js';
import { Recording } from '../recordings/recording.entity.js';

export type PlaybackRefusal = {
  allowed: false;
  status: 401 | 403 | 404 | 410;
  code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'GONE';
  message: string;
};

export type PlaybackDecision = { allowed: true; recording: Recording; sourceFile: string } | PlaybackRefusal;

export interface PlaybackRequest {
  recordingId: string;
  clientAddress: string | null;
  /**
   * Whether this request begins a viewing (no Range, or a range from byte 0) rather than fetching
   * the next chunk of one already audited. Terminal recordings are always sent whole, so every
   * request for one starts a playback.
   */
  startsPlayback: boolean;
}

/**
 * Decides whether a viewer may play a recording and writes the decision to the audit log in the
 * same transaction: every refusal, and every allowed request that starts a playback.
 */
export class PlaybackService {
  constructor(
    private readonly em: EntityManager,
    private readonly recordingsDir: string,
  ) {}

  async decide(viewer: Viewer | null, request: PlaybackRequest): Promise<PlaybackDecision> {
    const { recordingId } = request;
    return this.em.transactional(async (tx) => {
      const recording = isUuid(recordingId) ? await tx.findOne(Recording, { id: recordingId }) : null;
      const decision = this.rule(viewer, recording, recordingId);
      const startsPlayback = request.startsPlayback || recording?.kind === RecordingKind.TERMINAL;
      if (!decision.allowed || startsPlayback) {
        recordAudit(tx, {
          action: AuditAction.RECORDING_PLAYED,
          outcome: decision.allowed ? AuditOutcome.SUCCESS : decision.code === 'GONE' ? AuditOutcome.FAILURE : AuditOutcome.DENIED,
          actorId: viewer?.user.id ?? null,
          actorName: viewer?.user.username ?? null,
          // The column is a uuid: an id that is not one is kept in the detail instead.
          recordingId: isUuid(recordingId) ? recordingId : null,
          detail: decision.allowed ? null : isUuid(recordingId) ? decision.message : `${decision.message} (requested id: ${recordingId.slice(0, 100)})`,
          clientAddress: request.clientAddress,
        });
      }
      return decision;
    });
  }

  private rule(viewer: Viewer | null, recording: Recording | null, recordingId: string): PlaybackDecision {
    if (!viewer) return { allowed: false, status: 401, code: 'UNAUTHENTICATED', message: 'Sign in to play recordings.' };
    if (!canListRecordings(viewer.roles)) {
      return { allowed: false, status: 403, code: 'FORBIDDEN', message: 'Playing recordings needs the PLAYER or PRIVILEGED_PLAYER role.' };
    }
    // A restricted recording is invisible, not forbidden, to those who may not play it: its
    // existence is not disclosed.
    if (!recording || !canPlayRecording(viewer.roles, recording.restricted)) {
      return { allowed: false, status: 404, code: 'NOT_FOUND', message: `There is no recording ${recordingId}.` };
    }
    const sourceFile = path.resolve(this.recordingsDir, recording.sourceLocation);
    if (!fs.existsSync(sourceFile)) {
      return { allowed: false, status: 410, code: 'GONE', message: 'The recording\'s source file is no longer on the server.' };
    }
    return { allowed: true, recording, sourceFile };
  }
}
