import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../access/caller.js';
import { activity, downloadRefusal, requireSignedIn, requireVisibleTask } from '../access/guards.js';
import { canViewTask } from '../access/permissions.js';
import { type AuditedAs, auditedTransaction, refusal } from '../access/refusal.js';
import { AuditAction, AuditOutcome } from '../audit/audit-action.js';
import { recordAudit } from '../audit/record-audit.js';
import { badInput } from '../common/errors.js';
import { isUuid } from '../common/keyset.js';
import { bundleFolder, type BundleItem } from '../evidence/evidence-bundle.js';
import { ExportManifest } from '../evidence/export-manifest.entity.js';
import type { AuditFilter } from '../export-audit/audit-filter.js';
import type { ExportAuditService } from '../export-audit/export-audit.service.js';
import { ExportTaskStatus } from '../exports/export-task-status.js';
import { ExportTask, TASK_RELATIONS } from '../exports/export-task.entity.js';
import { MAX_RECORDINGS_PER_EXPORT } from '../exports/exports.service.js';
import type { KeyRing } from '../signing/key-ring.js';
import { type BrowserUrl, type ObjectStore, StoreError } from '../storage/object-store.js';

const DOWNLOADING = activity('download exports', 'Downloading exports');
const BUNDLING = activity('download evidence bundles', 'Downloading evidence bundles');
const AUDIT_CSV = activity('download the audit log', 'The export audit');

/**
 * An export file the caller may download now: where it is stored, and its size there; with a
 * `browserUrl` when the download is to be read from the bucket itself (see exportFile).
 */
export interface ExportFileDownload {
  store: ObjectStore;
  key: string;
  sizeBytes: number;
  fileName: string;
  sha256: string | null;
  browserUrl: BrowserUrl | null;
}

/** An evidence bundle the caller may download now: what goes in it, and its name. */
export interface EvidenceBundleDownload {
  fileName: string;
  items: BundleItem[];
}

/** The audit log as a CSV file. */
export interface AuditCsvDownload {
  fileName: string;
  lines: AsyncIterable<string>;
}

/**
 * Every file Custodian hands out to its users: an export file, an evidence bundle, the audit
 * CSV. Each method decides the caller's rights, resolves what is to be sent and audits the
 * download, in one transaction, before the first byte; the routes only send what it returns.
 */
export class DownloadsService {
  constructor(
    private readonly em: EntityManager,
    private readonly exports: ObjectStore,
    private readonly keyRing: KeyRing,
    private readonly exportAudit: ExportAuditService,
  ) {}

  /**
   * The MP4 of a completed export, for its requester (see canDownloadExport). `startsDownload`:
   * the request reads from the first byte; later ranges of the same download are not audited again.
   * A download that starts, from a bucket that signs addresses (CUSTODIAN_S3_DOWNLOAD_URL_SECONDS),
   * gets one for the browser to read the file from, and its audit row says until when it works;
   * other requests (later ranges, a HEAD) are answered by the API.
   */
  exportFile(caller: Caller, taskId: string, startsDownload: boolean): Promise<ExportFileDownload> {
    return auditedTransaction(this.em, async (tx) => {
      const refusedAs: AuditedAs = { action: AuditAction.EXPORT_DOWNLOADED, taskId };
      const viewer = requireSignedIn(caller, DOWNLOADING, refusedAs);
      const found = isUuid(taskId) ? await tx.findOne(ExportTask, { id: taskId }, { populate: TASK_RELATIONS }) : null;
      if (found) refusedAs.recordingIds = [found.recording.id];
      const task = requireVisibleTask(caller, viewer, found, taskId, refusedAs);
      const refused = downloadRefusal(viewer, task);
      if (refused) throw refusal(caller, 'FORBIDDEN', refused, refusedAs);
      if (task.status === ExportTaskStatus.EXPIRED) {
        const when = task.expiredAt ? ` on ${task.expiredAt.toISOString()}` : '';
        throw refusal(
          caller,
          'EXPIRED',
          `This export expired${when}: its file was deleted after the retention period. The audit trail keeps its record; export the recording again if you need the file.`,
          refusedAs,
        );
      }
      if (task.status !== ExportTaskStatus.COMPLETED) {
        throw refusal(caller, 'NOT_READY', `The export is ${task.status}; only completed exports can be downloaded.`, refusedAs);
      }
      const { key, sizeBytes } = await this.storedFile(caller, task, refusedAs);
      const browserUrl = startsDownload ? await this.browserUrl(caller, task, key, refusedAs) : null;
      if (startsDownload) recordAudit(tx, downloaded(caller, task, browserUrl && `bucket address valid until ${browserUrl.expiresAt.toISOString()}`));
      return { store: this.exports, key, sizeBytes, fileName: task.fileName, sha256: task.outputSha256, browserUrl };
    });
  }

  /**
   * A ZIP of one or more completed exports, each with its signed manifest, signature and public
   * key; the same people who may download the MP4 may download it. Every task is checked before
   * anything is sent; with `audit` (a GET, not a HEAD), each one's download is audited.
   */
  evidenceBundle(caller: Caller, requestedIds: readonly string[], audit: boolean): Promise<EvidenceBundleDownload> {
    return auditedTransaction(this.em, async (tx) => {
      const refusedAs: AuditedAs = { action: AuditAction.EXPORT_DOWNLOADED };
      const viewer = requireSignedIn(caller, BUNDLING, refusedAs);
      const ids = [...new Set(requestedIds)];
      if (ids.length === 0) throw badInput('Name the export tasks to bundle: ?tasks=<id>,<id>.', 'tasks');
      if (ids.length > MAX_RECORDINGS_PER_EXPORT)
        throw badInput(`At most ${MAX_RECORDINGS_PER_EXPORT} exports fit in one bundle (got ${ids.length}).`, 'tasks');
      const valid = ids.filter(isUuid);
      const found = valid.length ? await tx.find(ExportTask, { id: { $in: valid } }, { populate: TASK_RELATIONS }) : [];
      const byId = new Map(found.filter((task) => canViewTask(viewer.roles, task.recording.restricted)).map((task) => [task.id, task]));
      const hidden = ids.filter((id) => !byId.has(id));
      refusedAs.recordingIds = found.map((task) => task.recording.id);
      if (hidden.length) throw refusal(caller, 'NOT_FOUND', `There is no export task ${hidden.join(', ')}.`, refusedAs);
      const tasks = ids.map((id) => byId.get(id)!);

      const refused = tasks.filter((task) => downloadRefusal(viewer, task));
      if (refused.length) {
        throw refusal(caller, 'FORBIDDEN', `${downloadRefusal(viewer, refused[0]!)} Refused: ${refused.map((t) => t.id).join(', ')}.`, refusedAs);
      }
      const unfinished = tasks.filter((task) => task.status !== ExportTaskStatus.COMPLETED || !task.outputPath);
      if (unfinished.length) {
        throw refusal(
          caller,
          'NOT_READY',
          `Only completed exports can be downloaded; not completed: ${unfinished.map((t) => `${t.id} (${t.status})`).join(', ')}.`,
          refusedAs,
        );
      }
      const manifests = new Map((await tx.find(ExportManifest, { task: { $in: ids } })).map((m) => [m.task.id, m]));
      const unsigned = tasks.filter((task) => !manifests.has(task.id));
      if (unsigned.length) {
        throw refusal(
          caller,
          'NOT_READY',
          `These exports were completed without a signed manifest, so only their MP4 can be downloaded: ${unsigned.map((t) => t.id).join(', ')}.`,
          refusedAs,
        );
      }

      const keys = new Map((await this.keyRing.publicKeys()).map((key) => [key.keyId, key]));
      const items: BundleItem[] = [];
      for (const task of tasks) {
        const manifest = manifests.get(task.id)!;
        const { key, sizeBytes } = await this.storedFile(caller, task, refusedAs);
        const publicKey = keys.get(manifest.keyId);
        if (!publicKey)
          throw refusal(caller, 'GONE', `The public key ${manifest.keyId} that signed ${task.id} is missing from the signing key folder.`, refusedAs);
        items.push({ taskId: task.id, fileName: task.fileName, read: () => this.exports.read(key), sizeBytes, manifest, publicKey });
      }
      if (audit) {
        const detail = tasks.length === 1 ? 'evidence bundle' : `evidence bundle of ${tasks.length} exports`;
        recordAudit(tx, ...tasks.map((task) => downloaded(caller, task, detail)));
      }
      const fileName =
        items.length === 1
          ? `${bundleFolder(items[0]!.fileName)}_evidence.zip`
          : `custodian-evidence_${items.length}-exports_${new Date().toISOString().slice(0, 10)}.zip`;
      return { fileName, items };
    });
  }

  /** The filtered audit log as CSV, oldest first, for LOGGING_READERs. */
  auditCsv(caller: Caller, filter: AuditFilter): AuditCsvDownload {
    requireSignedIn(caller, AUDIT_CSV);
    const lines = this.exportAudit.csv(caller, filter);
    return { fileName: `custodian-audit-${new Date().toISOString().replace(/[:.]/g, '-')}.csv`, lines };
  }

  /**
   * The export file of a task in the exports store, and its size: GONE when it is not there (or
   * its row names something outside the store), STORAGE_UNAVAILABLE when the store does not
   * answer; either refusal is audited like any other.
   */
  private async storedFile(caller: Caller, task: ExportTask, refusedAs: AuditedAs): Promise<{ key: string; sizeBytes: number }> {
    const gone = () => refusal(caller, 'GONE', `The exported file of ${task.id} is no longer on the server.`, refusedAs);
    if (!task.outputPath) throw gone();
    const found = await this.exports.head(task.outputPath).catch((error: unknown) => {
      if (!(error instanceof StoreError)) throw error;
      if (error.kind === 'INVALID_KEY' || error.kind === 'MISSING') return null;
      throw unreachable(caller, task, error, refusedAs);
    });
    if (!found) throw gone();
    return { key: task.outputPath, sizeBytes: found.sizeBytes };
  }

  /** A signed bucket address for the export file, or null when the store gives none; a store that fails to sign is STORAGE_UNAVAILABLE. */
  private async browserUrl(caller: Caller, task: ExportTask, key: string, refusedAs: AuditedAs): Promise<BrowserUrl | null> {
    return this.exports.browserUrl(key, { contentType: 'video/mp4', contentDisposition: attachment(task.fileName) }).catch((error: unknown) => {
      if (!(error instanceof StoreError)) throw error;
      throw unreachable(caller, task, error, refusedAs);
    });
  }
}

/** A store that failed: the cause logged for operators, the caller refused with STORAGE_UNAVAILABLE (and audited). */
function unreachable(caller: Caller, task: ExportTask, error: StoreError, refusedAs: AuditedAs) {
  console.error(`export task ${task.id}: ${error.message}`);
  return refusal(caller, 'STORAGE_UNAVAILABLE', `The exported file of ${task.id} cannot be reached in storage right now; try again later.`, refusedAs);
}

/** Export file names are made of letters, digits, `.`, `_` and `-` (exportFileName): safe in a quoted header value. */
function attachment(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}

function downloaded(caller: Caller, task: ExportTask, detail: string | null) {
  return {
    action: AuditAction.EXPORT_DOWNLOADED,
    outcome: AuditOutcome.SUCCESS,
    actorId: caller.viewer?.user.id ?? null,
    actorName: caller.viewer?.user.username ?? null,
    recordingId: task.recording.id,
    taskId: task.id,
    reason: task.reason,
    detail,
    clientAddress: caller.clientAddress,
  };
}
