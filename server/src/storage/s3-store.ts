import fs from 'node:fs';
import { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  type ListObjectsV2CommandOutput,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { hashingStream } from './hashing-stream.js';
import { type ByteRange, checkedKey, type ObjectStore, StoreError, type StoredObject } from './object-store.js';

/** Multipart parts: large enough for few requests, small enough that four in flight stay modest in memory. */
const PART_BYTES = 8 * 1024 * 1024;
const PARTS_IN_FLIGHT = 4;

/** Where a bucket is and how to address it; endpoint, region and credentials come from the AWS SDK's own variables. */
export interface S3Location {
  bucket: string;
  /** Prepended to every key; ends in "/" unless empty. */
  prefix: string;
  /** Address the bucket in the path (`endpoint/bucket/key`), as MinIO and most S3-compatible servers want. */
  forcePathStyle: boolean;
}

/** The AWS SDK's variables Custodian documents; docker compose passes unset ones as empty strings. */
const SDK_VARIABLES = ['AWS_ENDPOINT_URL', 'AWS_REGION', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'];

/** One client per process, shared by the stores of every prefix. */
export function s3Client(location: S3Location): S3Client {
  // An empty variable means "not set" to people; the SDK would take it as a value (an empty endpoint).
  for (const name of SDK_VARIABLES) if (process.env[name] === '') delete process.env[name];
  return new S3Client({
    forcePathStyle: location.forcePathStyle,
    // Servers other than AWS's own (older MinIO, s3rver) do not all take the trailing checksums
    // the SDK now sends by default; Custodian hashes every object itself.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler: { connectionTimeout: 5_000 },
  });
}

/**
 * Objects in an S3-compatible bucket below a prefix. Writes are single PUTs or multipart uploads,
 * which S3 makes visible only once complete; a failed multipart upload is aborted. Browsers never
 * see the bucket: the API streams what it reads from here.
 */
export class S3Store implements ObjectStore {
  readonly description: string;

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly prefix: string,
  ) {
    this.description = `s3://${bucket}/${prefix}`;
  }

  localPath(): null {
    return null;
  }

  async put(key: string, body: Readable): Promise<StoredObject> {
    const name = this.name(key);
    const hashing = hashingStream();
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: name, Body: body.pipe(hashing.stream) },
      partSize: PART_BYTES,
      queueSize: PARTS_IN_FLIGHT,
      leavePartsOnError: false,
    });
    // A source that fails mid-way must stop the upload rather than complete it short; its own
    // error is the one the caller gets.
    let sourceError: Error | null = null;
    const stop = (error: Error) => {
      sourceError = error;
      hashing.stream.destroy(error);
    };
    body.once('error', stop);
    try {
      await upload.done();
    } catch (error) {
      throw sourceError ?? this.failure(error, key);
    } finally {
      body.off('error', stop);
    }
    return hashing.result();
  }

  async putFile(key: string, file: string, options: { move?: boolean } = {}): Promise<void> {
    await this.put(key, fs.createReadStream(file));
    if (options.move) await fs.promises.rm(file, { force: true });
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    try {
      const answer = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.name(key), Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
      );
      if (!(answer.Body instanceof Readable)) throw new StoreError('FAILED', `${this.description}${key} came without a body.`);
      return answer.Body;
    } catch (error) {
      throw this.failure(error, key);
    }
  }

  async head(key: string): Promise<{ sizeBytes: number } | null> {
    try {
      const answer = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.name(key) }));
      return { sizeBytes: answer.ContentLength ?? 0 };
    } catch (error) {
      const failure = this.failure(error, key);
      if (failure.kind === 'MISSING') return null;
      throw failure;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.name(key) }));
    } catch (error) {
      const failure = this.failure(error, key);
      if (failure.kind !== 'MISSING') throw failure;
    }
  }

  /**
   * Copy, then delete: S3 has no rename. The final key appears complete in one step; a failed
   * copy leaves none. One copy request takes objects up to 5 GiB, the size S3 allows.
   */
  async commit(temporaryKey: string, finalKey: string): Promise<void> {
    const source = this.name(temporaryKey);
    try {
      await this.client.send(
        new CopyObjectCommand({
          Bucket: this.bucket,
          Key: this.name(finalKey),
          CopySource: `${this.bucket}/${source.split('/').map(encodeURIComponent).join('/')}`,
        }),
      );
    } catch (error) {
      throw this.failure(error, temporaryKey);
    }
    await this.delete(temporaryKey);
  }

  async *list(): AsyncIterable<string> {
    let token: string | undefined;
    do {
      let page: ListObjectsV2CommandOutput;
      try {
        page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.prefix || undefined, ContinuationToken: token }));
      } catch (error) {
        throw this.failure(error, '');
      }
      for (const item of page.Contents ?? []) if (item.Key) yield item.Key.slice(this.prefix.length);
      token = page.NextContinuationToken;
    } while (token);
  }

  private name(key: string): string {
    return this.prefix + checkedKey(this.description, key);
  }

  /** What an SDK error means to the caller: missing, unreachable, or refused. */
  private failure(error: unknown, key: string): StoreError {
    if (error instanceof StoreError) return error;
    const where = `${this.description}${key}`;
    if (error instanceof S3ServiceException) {
      const status = error.$metadata.httpStatusCode;
      if (error.name === 'NoSuchBucket') return new StoreError('FAILED', `${where}: the bucket ${this.bucket} does not exist.`, { cause: error });
      if (status === 404 || error.name === 'NoSuchKey' || error.name === 'NotFound')
        return new StoreError('MISSING', `${where} is not in the bucket (${error.name}).`, { cause: error });
      return new StoreError('FAILED', `${where}: the object store refused (${error.name}${status ? `, HTTP ${status}` : ''}: ${error.message}).`, {
        cause: error,
      });
    }
    const code = (error as NodeJS.ErrnoException).code;
    return new StoreError('UNREACHABLE', `${where}: the object store could not be reached (${code ?? (error as Error).message}).`, { cause: error });
  }
}
