import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../access/caller.js';
import { activity, requireTaskReader } from '../access/guards.js';
import { canViewTask } from '../access/permissions.js';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAuditNow } from '../audit/record-audit.js';
import { BatchLoader } from '../common/batch-loader.js';
import { badInput } from '../common/errors.js';
import type { ExportTask } from '../exports/export-task.entity.js';
import { ExportTaskStatus } from '../exports/export-task-status.js';
import type { KeyRing } from '../signing/key-ring.js';
import { ExportManifest } from './export-manifest.entity.js';
import type { ExportVerification, ExportVerificationMatch, SigningKey } from './evidence.types.js';
import { readManifest } from './manifest.js';

const VERIFYING = activity('verify exports', 'Verifying exports');

/** Manifests and signature checks for the GraphQL API, bound to one request. */
export class EvidenceService {
  private readonly manifests: BatchLoader<string, ExportManifest>;

  constructor(
    private readonly em: EntityManager,
    private readonly keyRing: KeyRing,
  ) {
    this.manifests = new BatchLoader(async (taskIds) => {
      const rows = await em.find(ExportManifest, { task: { $in: taskIds } });
      return new Map(rows.map((row) => [row.task.id, row]));
    });
  }

  /** The public keys: no sign-in needed, anyone holding an export must be able to check it. */
  async signingKeys(): Promise<SigningKey[]> {
    await this.keyRing.refresh();
    return this.keyRing.publicKeys();
  }

  /** The manifest of a task the caller already sees (it came from a query that checked that). */
  manifestOf(task: ExportTask): Promise<ExportManifest | null> {
    // Written with the COMPLETED status; asking earlier would cache a null for the request's lifetime.
    if (task.status !== ExportTaskStatus.COMPLETED) return Promise.resolve(null);
    return this.manifests.load(task.id);
  }

  /**
   * Is a file with this SHA-256 one of our exports, and does its signed manifest hold? For those
   * who may see export tasks; restricted recordings' matches need PRIVILEGED_PLAYER. Each check
   * is audited, because verifying a file is a step in its chain of custody.
   */
  async verifyExport(caller: Caller, sha256: string): Promise<ExportVerification> {
    const viewer = requireTaskReader(caller, VERIFYING, { action: AuditAction.EXPORT_VERIFIED });
    const hash = sha256.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(hash)) throw badInput('A SHA-256 is 64 hexadecimal characters.', 'sha256');

    const rows = await this.em.find(
      ExportManifest,
      { outputSha256: hash },
      { populate: ['task', 'task.recording', 'task.request', 'task.requestedBy', 'task.taskService'], orderBy: { signedAt: 'asc' } },
    );
    await this.keyRing.refresh();
    const matches: ExportVerificationMatch[] = [];
    for (const manifest of rows) {
      if (!canViewTask(viewer.roles, manifest.task.recording.restricted)) continue;
      matches.push({
        task: manifest.task,
        manifest,
        signatureValid: await this.holds(manifest, hash),
        keyActive: manifest.keyId === this.keyRing.activeKeyId,
      });
    }
    const verified = matches.length > 0 && matches.every((m) => m.signatureValid);
    const summary =
      matches.length === 0
        ? 'No export has this SHA-256: the file is not an export of this Custodian, or it was changed after export.'
        : verified
          ? `The file is export ${matches.map((m) => m.task.id).join(', ')}, and its manifest's signature is valid.`
          : 'The file matches an export, but its manifest does not verify: the stored manifest was altered or its key is missing.';

    const base = { action: AuditAction.EXPORT_VERIFIED, actorId: viewer.user.id, actorName: viewer.user.username, clientAddress: caller.clientAddress };
    await recordAuditNow(
      this.em,
      ...(matches.length
        ? matches.map((m) => ({
            ...base,
            outcome: m.signatureValid ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
            recordingId: m.task.recording.id,
            taskId: m.task.id,
            reason: m.task.request.reason,
            detail: `sha256 ${hash}: signature ${m.signatureValid ? 'valid' : 'INVALID'} (key ${m.manifest.keyId})`,
          }))
        : [{ ...base, outcome: AuditOutcome.FAILURE, detail: `sha256 ${hash}: no matching export` }]),
    );
    return { sha256: hash, matches, verified, summary };
  }

  /** The signature is valid and the signed text itself names this hash and this export. */
  private async holds(manifest: ExportManifest, hash: string): Promise<boolean> {
    const read = readManifest(manifest.content);
    if (!read.ok || read.manifest.output.sha256 !== hash || read.manifest.export.id !== manifest.task.id) return false;
    return this.keyRing.verify(manifest.content, { keyId: manifest.keyId, algorithm: 'Ed25519', signature: manifest.signature });
  }
}
