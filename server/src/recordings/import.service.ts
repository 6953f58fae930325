import fsp from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit, recordAuditNow } from '../audit/record-audit.js';
import { sha256File } from '../media/finish-file.js';
import { MediaError } from '../media/media-error.js';
import { fileBytes, type ByteSource } from '../common/byte-source.js';
import type { ObjectStore, StoredObject } from '../storage/object-store.js';
import { storedBytes } from '../storage/stored-bytes.js';
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
 * Catalogs recordings: a local file (the import command), or an upload where it was received in
 * the recordings store. Either is read where it is, then stored content-addressed in the
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
   * Imports a file at its path. With `move`, the file is moved instead of copied (a copy made to be imported). Every
   * outcome is audited as RECORDING_IMPORTED in the name of `by`: an import with its recording,
   * in the transaction that catalogs it.
   */
  async importFile(file: string, options: { by: Importer; metadata?: RecordingMetadata; move?: boolean; originalName?: string }): Promise<ImportOutcome> {
    const name = options.originalName ?? file;
    let metadata = options.metadata;
    if (!metadata) {
      const sidecar = await readSidecar(file);
      if ('problem' in sidecar) return this.audited({ status: 'skipped', reason: sidecar.problem }, options.by, name);
      metadata = sidecar.metadata;
    }
    const outcome = await this.catalog({
      bytes: fileBytes(file),
      metadata,
      by: options.by,
      name,
      // Without a start time from the agent, the file's modification time is taken as the end of
      // the session; read it before the file is copied, which gives the copy a new one.
      stored: async () => {
        const stat = await fsp.stat(file);
        return { sha256: await sha256File(file), sizeBytes: stat.size, endedBy: stat.mtime };
      },
      place: (key) => this.place(file, key, options.move ?? false),
    });
    return this.audited(outcome, options.by, name);
  }

  /**
   * Imports an upload that was streamed into the recordings store under `key` (a temporary key),
   * reading it from there: no copy is made on this machine's disk. It is moved to its
   * content-addressed key when cataloged and removed in every other case, failures included.
   * Audited as importFile is.
   */
  async importStored(key: string, stored: StoredObject, options: { by: Importer; metadata: RecordingMetadata; originalName: string }): Promise<ImportOutcome> {
    let moved = false;
    try {
      const bytes = storedBytes(this.recordings, key);
      // A store that does not answer is its own error (STORAGE_UNAVAILABLE), not a file that is no recording.
      await bytes.size();
      const outcome = await this.catalog({
        bytes,
        metadata: options.metadata,
        by: options.by,
        name: options.originalName,
        // Received just now: the session ended at the latest when its upload did.
        stored: async () => ({ ...stored, endedBy: new Date() }),
        place: async (relative) => {
          if (await this.recordings.head(relative)) return false;
          await this.recordings.move(key, relative);
          moved = true;
          return true;
        },
      });
      return this.audited(outcome, options.by, options.originalName);
    } finally {
      if (!moved) await this.recordings.delete(key).catch(() => undefined);
    }
  }

  /** An outcome other than an import is audited on its own; an import was, in its transaction. */
  private async audited(outcome: ImportOutcome, by: Importer, name: string): Promise<ImportOutcome> {
    if (outcome.status !== 'imported') await recordAuditNow(this.em, importAudit(by, outcome, name));
    return outcome;
  }

  private async catalog(input: {
    bytes: ByteSource;
    metadata: RecordingMetadata;
    by: Importer;
    name: string;
    /** Its hash and size, and the time the session ended at the latest (when the bytes do not say when it started). */
    stored: () => Promise<StoredObject & { endedBy: Date }>;
    /** Stores it under its content-addressed key; false when that key already held it. */
    place: (key: string) => Promise<boolean>;
  }): Promise<ImportOutcome> {
    const { metadata } = input;
    let source: RecordingSource;
    try {
      source = await readRecordingSource(input.bytes, { ffprobePath: this.ffprobePath });
    } catch (error) {
      if (error instanceof MediaError || error instanceof AsciicastError) return { status: 'skipped', reason: error.message };
      if (error instanceof GuacamoleError) return { status: 'skipped', reason: guacamoleRefusal(error) };
      throw error;
    }
    const { sha256, sizeBytes, endedBy } = await input.stored();
    const existing = await this.em.findOne(Recording, { sourceSha256: sha256 });
    if (existing) return { status: 'duplicate', recording: existing };

    const relative = `${sha256.slice(0, 2)}/${sha256}.${source.extension}`;
    const placed = await input.place(relative);

    const startedAt = metadata.startedAt ? new Date(metadata.startedAt) : (source.startedAt ?? new Date(endedBy.getTime() - source.durationSeconds * 1000));
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
        sizeBytes,
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
        recordAudit(tx, importAudit(input.by, { status: 'imported', recording: created }, input.name));
        return created;
      });
      return { status: 'imported', recording };
    } catch (error) {
      this.em.clear();
      // The same file imported at the same time: the other import's row holds the object (this one
      // may have written it too, with the same bytes), which stays.
      const raced = await this.em.findOne(Recording, { sourceSha256: sha256 });
      if (raced) return { status: 'duplicate', recording: raced };
      // Nothing half-imported: a file placed for a row that was not written is removed again.
      if (placed) await this.recordings.delete(relative).catch(() => undefined);
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
