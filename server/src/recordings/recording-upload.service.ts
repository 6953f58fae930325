import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../access/caller.js';
import { activity, requireAdministrator } from '../access/guards.js';
import { AuditAction } from '../audit/audit-action.js';
import { AppError, badInput } from '../common/errors.js';
import type { ObjectStore, StoredObject } from '../storage/object-store.js';
import { storeRefusal } from '../storage/store-refusal.js';
import type { Importer } from './import-audit.js';
import { ImportService, type ImportOutcome } from './import.service.js';
import { INCOMING_PREFIX } from './received-uploads.js';
import { parseRecordingMetadata, type RecordingMetadata } from './recording-metadata.js';

const UPLOADING = activity('upload recordings', 'Uploading recordings');

/** What a recording agent declared before sending a file. */
export interface UploadRequest {
  /** The `filename` query parameter. */
  filename: unknown;
  /** Content-Length, when the agent sent one. */
  declaredBytes: number;
  /** The X-Recording-Metadata header (JSON). */
  metadataHeader: string | undefined;
}

/** Where a received upload waits in the recordings store until it is read, and what it holds. */
export interface ReceivedUpload extends StoredObject {
  key: string;
}

/** An upload that may proceed: the file's name and its metadata. */
export interface AcceptedUpload {
  filename: string;
  metadata: RecordingMetadata;
  /** Who uploads: the import is audited in their name. */
  by: Importer;
}

/**
 * Recording agents upload one file at a time (ADMINISTRATOR, usually with an API token). `accept`
 * decides before the body is read, so a refused upload costs nothing; `receive` streams the body
 * into the recordings store (a bucket's multipart upload, or a file in the data folder), so that
 * with a bucket nothing is written to this machine's disk; `catalog` reads it there and imports it
 * like the import command does.
 */
export class RecordingUploadService {
  constructor(
    private readonly em: EntityManager,
    private readonly ffprobePath: string,
    private readonly recordings: ObjectStore,
    readonly maxUploadBytes: number,
  ) {}

  accept(caller: Caller, request: UploadRequest): AcceptedUpload {
    const { user } = requireAdministrator(caller, UPLOADING, { action: AuditAction.RECORDING_IMPORTED });
    const by = { id: user.id, name: user.username, clientAddress: caller.clientAddress };
    const filename = typeof request.filename === 'string' ? path.basename(request.filename) : '';
    if (!filename) throw badInput('Name the file: ?filename=session.webm', 'filename');
    if (request.declaredBytes > this.maxUploadBytes) throw this.tooLarge();
    const header = request.metadataHeader?.trim();
    if (!header) return { filename, metadata: {}, by };
    let raw: unknown;
    try {
      raw = JSON.parse(header);
    } catch {
      throw badInput('X-Recording-Metadata is not valid JSON.', 'X-Recording-Metadata');
    }
    const parsed = parseRecordingMetadata(raw);
    if (!parsed.ok) throw badInput(`X-Recording-Metadata is invalid: ${parsed.problem}.`, 'X-Recording-Metadata');
    return { filename, metadata: parsed.metadata, by };
  }

  tooLarge(): AppError {
    return new AppError('TOO_LARGE', `The file is larger than the limit of ${this.maxUploadBytes} bytes.`);
  }

  /** Streams the body into the recordings store under a new temporary key, hashed on the way; a body that fails stores nothing and is the error. */
  async receive(body: Readable): Promise<ReceivedUpload> {
    const key = `${INCOMING_PREFIX}${randomUUID()}`;
    const stored = await this.recordings.put(key, body).catch((error: unknown) => {
      throw storeRefusal(error, 'The upload', (line) => console.error(line));
    });
    return { key, ...stored };
  }

  /** Catalogs a received upload, read where it was stored; a file that is not a readable recording is UNSUPPORTED_MEDIA. Nothing stays under its temporary key. */
  async catalog(upload: AcceptedUpload, received: ReceivedUpload): Promise<Exclude<ImportOutcome, { status: 'skipped' }>> {
    const importer = new ImportService(this.em, this.ffprobePath, this.recordings);
    const outcome = await importer
      .importStored(received.key, received, { by: upload.by, metadata: upload.metadata, originalName: upload.filename })
      .catch((error: unknown) => {
        throw storeRefusal(error, `The recording ${upload.filename}`, (line) => console.error(line));
      });
    if (outcome.status === 'skipped') throw new AppError('UNSUPPORTED_MEDIA', `${upload.filename} was not imported: ${outcome.reason}`);
    return outcome;
  }
}
