import { randomUUID } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit, recordAuditNow } from '../audit/record-audit.js';
import { PRIVATE_FILE_MODE } from '../common/private-files.js';
import { sha256File } from '../media/finish-file.js';
import { MediaError } from '../media/media-error.js';
import { AsciicastError } from '../terminal/asciicast/index.js';
import { parseRecordingMetadata, type RecordingMetadata } from './recording-metadata.js';
import { readRecordingSource, type RecordingSource } from './recording-source.js';
import { Recording } from './recording.entity.js';
import { type Importer, importAudit } from './import-audit.js';

export type ImportOutcome =
  | { status: 'imported'; recording: Recording }
  | { status: 'duplicate'; recording: Recording }
  | { status: 'skipped'; reason: string };

async function readSidecar(file: string): Promise<{ metadata: RecordingMetadata } | { problem: string }> {
  const text = await fsp.readFile(`${file}.json`, 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
  if (text === null) return { metadata: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { problem: `its sidecar ${path.basename(file)}.json is not valid JSON (${(error as Error).message})` };
  }
  const parsed = parseRecordingMetadata(raw);
  return parsed.ok ? { metadata: parsed.metadata } : { problem: `its sidecar ${path.basename(file)}.json is invalid: ${parsed.problem}` };
}

/**
 * Catalogs media files. The file is stored content-addressed under the recordings folder
 * (`ab/abcdef….webm`) so that workers on other machines find it through the shared folder and
 * nothing can change it behind the catalog's back. Import is idempotent on the SHA-256.
 */
export class ImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly ffprobePath: string,
    private readonly recordingsDir: string,
  ) {}

  /**
   * Imports a file at its path. With `move`, the file is moved instead of copied (uploads). Every
   * outcome is audited as RECORDING_IMPORTED in the name of `by`: an import with its recording,
   * in the transaction that catalogs it.
   */
  async importFile(file: string, options: { by: Importer; metadata?: RecordingMetadata; move?: boolean; originalName?: string }): Promise<ImportOutcome> {
    const outcome = await this.catalog(file, options);
    if (outcome.status !== 'imported') await recordAuditNow(this.em, importAudit(options.by, outcome, options.originalName ?? file));
    return outcome;
  }

  private async catalog(file: string, options: { by: Importer; metadata?: RecordingMetadata; move?: boolean; originalName?: string }): Promise<ImportOutcome> {
    let metadata = options.metadata;
    if (!metadata) {
      const sidecar = await readSidecar(file);
      if ('problem' in sidecar) return { status: 'skipped', reason: sidecar.problem };
      metadata = sidecar.metadata;
    }
    let source: RecordingSource;
    try {
      source = await readRecordingSource(file, { ffprobePath: this.ffprobePath });
    } catch (error) {
      if (error instanceof MediaError || error instanceof AsciicastError) return { status: 'skipped', reason: error.message };
      throw error;
    }
    const sha256 = await sha256File(file);
    const existing = await this.em.findOne(Recording, { sourceSha256: sha256 });
    if (existing) return { status: 'duplicate', recording: existing };

    // Without a start time from the agent, the file's modification time is taken as the end of
    // the session; read it before the file is copied, which gives the copy a new one.
    const sourceModified = (await fsp.stat(file)).mtime;
    const relative = path.join(sha256.slice(0, 2), `${sha256}.${source.extension}`);
    const target = path.join(this.recordingsDir, relative);
    const placed = await this.place(file, target, options.move ?? false);

    const stat = await fsp.stat(target);
    const startedAt = metadata.startedAt
      ? new Date(metadata.startedAt)
      : (source.startedAt ?? new Date(sourceModified.getTime() - source.durationSeconds * 1000));
    try {
      const fields = {
        userName: metadata.userName || 'unknown',
        serverName: metadata.serverName || 'unknown',
        clientName: metadata.clientName || 'unknown',
        clientIp: metadata.clientIp || 'unknown',
        applications: metadata.applications ?? source.applications,
        protocol: metadata.protocol || 'unknown',
        startedAt,
        endedAt: new Date(startedAt.getTime() + source.durationSeconds * 1000),
        durationSeconds: source.durationSeconds,
        sizeBytes: stat.size,
        kind: source.kind,
        format: source.format,
        width: source.width,
        height: source.height,
        hasAudio: source.hasAudio,
        terminal: source.terminal,
        restricted: metadata.restricted ?? false,
        sourceLocation: relative,
        sourceSha256: sha256,
      };
      const recording = await this.em.transactional(async (tx) => {
        const created = tx.create(Recording, fields);
        await tx.flush();
        recordAudit(tx, importAudit(options.by, { status: 'imported', recording: created }, options.originalName ?? file));
        return created;
      });
      return { status: 'imported', recording };
    } catch (error) {
      // Nothing half-imported: a file placed for a row that was not written is removed again.
      if (placed) await fsp.rm(target, { force: true });
      this.em.clear();
      const raced = await this.em.findOne(Recording, { sourceSha256: sha256 });
      if (raced) return { status: 'duplicate', recording: raced };
      throw error;
    }
  }

  /** Copies or moves into place through a temporary name; returns false when the file was already there. */
  private async place(source: string, target: string, move: boolean): Promise<boolean> {
    if (
      await fsp.stat(target).then(
        () => true,
        () => false,
      )
    ) {
      if (move) await fsp.rm(source, { force: true });
      return false;
    }
    await fsp.mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomUUID()}.partial`;
    try {
      if (move) await fsp.rename(source, temporary).catch(() => fsp.copyFile(source, temporary).then(() => fsp.rm(source)));
      else await fsp.copyFile(source, temporary);
      await fsp.chmod(temporary, PRIVATE_FILE_MODE);
      await fsp.rename(temporary, target);
    } catch (error) {
      await fsp.rm(temporary, { force: true });
      throw error;
    }
    return true;
  }
}

/** Every file below a folder (or the file itself), sidecars and hidden files left out. */
export async function* recordingFiles(target: string): AsyncGenerator<string> {
  const stat = await fsp.stat(target);
  if (stat.isFile()) {
    yield target;
    return;
  }
  const entries = await fsp.readdir(target, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) yield* recordingFiles(full);
    else if (entry.isFile() && !entry.name.endsWith('.json')) yield full;
  }
}
