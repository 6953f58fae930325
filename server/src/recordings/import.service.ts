import fsp from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit, recordAuditNow } from '../audit/record-audit.js';
import { sha256File } from '../media/finish-file.js';
import { MediaError } from '../media/media-error.js';
import type { ObjectStore } from '../storage/object-store.js';
import { GuacamoleError } from '../guacamole/guacamole-error.js';
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
 * Catalogs media files. The file is read here, locally, then stored content-addressed in the
 * recordings store (`ab/abcdef….webm`, a folder or a bucket) so that workers on other machines
 * find it and nothing can change it behind the catalog's back. Import is idempotent on the SHA-256.
 */
export class ImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly ffprobePath: string,
    private readonly recordings: ObjectStore,
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
      if (error instanceof GuacamoleError) return { status: 'skipped', reason: guacamoleRefusal(error) };
      throw error;
    }
    const sha256 = await sha256File(file);
    const existing = await this.em.findOne(Recording, { sourceSha256: sha256 });
    if (existing) return { status: 'duplicate', recording: existing };

    // Without a start time from the agent, the file's modification time is taken as the end of
    // the session; read it before the file is copied, which gives the copy a new one.
    const stat = await fsp.stat(file);
    const sourceModified = stat.mtime;
    const relative = `${sha256.slice(0, 2)}/${sha256}.${source.extension}`;
    const placed = await this.place(file, relative, options.move ?? false);

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
        protocol: metadata.protocol || source.protocol || 'unknown',
        startedAt,
        endedAt: new Date(startedAt.getTime() + source.durationSeconds * 1000),
        durationSeconds: source.durationSeconds,
        sizeBytes: stat.size,
        kind: source.kind,
        format: source.format,
        width: source.width,
        height: source.height,
        hasAudio: source.hasAudio,
        videoCodec: source.videoCodec,
        audioCodec: source.audioCodec,
        terminal: source.terminal,
        guacamole: source.guacamole,
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
      if (placed) await this.recordings.delete(relative).catch(() => undefined);
      this.em.clear();
      const raced = await this.em.findOne(Recording, { sourceSha256: sha256 });
      if (raced) return { status: 'duplicate', recording: raced };
      throw error;
    }
  }

  /** Stores the file under its content-addressed key (the store writes it complete or not at all); false when it was already there. */
  private async place(source: string, key: string, move: boolean): Promise<boolean> {
    if (await this.recordings.head(key)) {
      if (move) await fsp.rm(source, { force: true });
      return false;
    }
    await this.recordings.putFile(key, source, { move });
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

/** A refused Guacamole recording, saying where its instructions stopped making sense. */
function guacamoleRefusal(error: GuacamoleError): string {
  return `it is not a readable Guacamole recording: ${error.reason} (instruction ${error.instruction}, byte offset ${error.byteOffset})`;
}
