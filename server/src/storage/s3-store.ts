import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  type CompletedPart,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  type ListObjectsV2CommandOutput,
  S3Client,
  S3ServiceException,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { hashingStream } from './hashing-stream.js';
import {
  type BrowserResponse,
  type BrowserUrl,
  type ByteRange,
  checkedKey,
  type ListedObject,
  MAX_MOVED_BYTES,
  type ObjectStore,
  StoreError,
  type StoredObject,
  unverifiedObject,
} from './object-store.js';

/** Multipart parts: large enough for few requests, small enough that four in flight stay modest in memory. */
const PART_BYTES = 8 * 1024 * 1024;
const PARTS_IN_FLIGHT = 4;
/** S3 numbers the parts of one upload from 1 to 10,000. */
const MAX_PARTS = 10_000;
const MIB = 1024 * 1024;

/** One multipart upload, as every request about it names it. */
interface MultipartUpload {
  Bucket: string;
  Key: string;
  UploadId: string;
}

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
 * which S3 makes visible only once complete; a failed multipart upload is aborted. Only `move`
 * copies inside the bucket (uploads, once read, to their final key), and S3 copies at most 5 GiB
 * in one request. Browsers see the bucket only through addresses signed for `browserUrlSeconds`
 * (0 by default: none); otherwise the API streams what it reads from here.
 */
export class S3Store implements ObjectStore {
  readonly description: string;

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly prefix: string,
    private readonly browserUrlSeconds = 0,
  ) {
    this.description = `s3://${bucket}/${prefix}`;
  }

  /**
   * A presigned GetObject (SigV4 query parameters): signed here with the process's credentials,
   * nothing is sent to the bucket. The bucket answers it with `response`'s headers and never lets
   * a cache keep the object. Valid until the signing second plus browserUrlSeconds, or until the
   * credentials that signed it expire, if that is sooner (temporary credentials).
   */
  async browserUrl(key: string, response: BrowserResponse): Promise<BrowserUrl | null> {
    if (this.browserUrlSeconds === 0) return null;
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: this.name(key),
      ResponseContentType: response.contentType,
      ResponseContentDisposition: response.contentDisposition,
      ResponseCacheControl: 'private, no-store',
    });
    // X-Amz-Date counts whole seconds.
    const signingDate = new Date(Math.floor(Date.now() / 1000) * 1000);
    try {
      const url = await getSignedUrl(this.client, command, { expiresIn: this.browserUrlSeconds, signingDate });
      return { url, expiresAt: new Date(signingDate.getTime() + this.browserUrlSeconds * 1000) };
    } catch (error) {
      throw this.failure(error, key);
    }
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

  async move(from: string, to: string): Promise<void> {
    const found = await this.head(from);
    if (!found) throw new StoreError('MISSING', `${this.description}${from} is not in the bucket.`);
    if (found.sizeBytes > MAX_MOVED_BYTES)
      throw new StoreError('FAILED', `${this.description}${from} is larger than the ${MAX_MOVED_BYTES / 1024 ** 3} GiB a bucket copies in one request.`);
    try {
      // The source is named "bucket/key", URL-encoded as the copy header must be.
      const CopySource = `${this.bucket}/${this.name(from).split('/').map(encodeURIComponent).join('/')}`;
      await this.client.send(new CopyObjectCommand({ Bucket: this.bucket, Key: this.name(to), CopySource }));
    } catch (error) {
      throw this.failure(error, to);
    }
    await this.delete(from);
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
   * A multipart upload at the final key, completed only once what was streamed has the expected
   * size and SHA-256, and aborted otherwise: S3 shows nothing under the key before it is
   * completed, and keeps no parts of an aborted upload. Nothing is copied, so an object of any size
   * a multipart upload takes is stored in one pass. Parts are PART_BYTES long (longer only when
   * MAX_PARTS of them would not hold the expected size), at most PARTS_IN_FLIGHT are sent at once,
   * and the source is read no faster than they go. Each part carries its MD5, which the bucket
   * checks, so the parts it keeps are the bytes that were hashed.
   */
  async putVerified(key: string, body: Readable, expected: StoredObject): Promise<void> {
    const where = `${this.description}${key}`;
    let upload: MultipartUpload;
    try {
      const name = this.name(key);
      const created = await this.client.send(new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: name }));
      if (!created.UploadId) throw new StoreError('FAILED', `${where}: the object store started a multipart upload without naming it.`);
      upload = { Bucket: this.bucket, Key: name, UploadId: created.UploadId };
    } catch (error) {
      body.destroy();
      throw this.failure(error, key);
    }

    const partBytes = Math.max(PART_BYTES, Math.ceil(expected.sizeBytes / MAX_PARTS / MIB) * MIB);
    const parts: CompletedPart[] = [];
    const inFlight = new Set<Promise<void>>();
    let storeError: unknown = null;
    const send = async (bytes: Buffer): Promise<void> => {
      while (inFlight.size >= PARTS_IN_FLIGHT) await Promise.race(inFlight);
      if (storeError) return;
      const PartNumber = parts.length + 1;
      parts.push({ PartNumber });
      const ContentMD5 = createHash('md5').update(bytes).digest('base64');
      const sending: Promise<void> = this.client
        .send(new UploadPartCommand({ ...upload, PartNumber, Body: bytes, ContentLength: bytes.length, ContentMD5 }))
        .then(
          (answer) => {
            parts[PartNumber - 1] = { PartNumber, ETag: answer.ETag };
          },
          (error: unknown) => {
            storeError ??= error;
          },
        )
        .finally(() => inFlight.delete(sending));
      inFlight.add(sending);
    };

    // Reads the source into parts, hashing it on the way. The last part is sent only once the
    // whole is known to be the expected bytes; reading stops early when the bucket refused a part
    // or more bytes came than expected.
    const hash = createHash('sha256');
    let sizeBytes = 0;
    let last: Buffer | null = null;
    let reason: unknown = null;
    try {
      let part = Buffer.allocUnsafe(partBytes);
      let filled = 0;
      reading: for await (const chunk of body) {
        const bytes: Buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        hash.update(bytes);
        sizeBytes += bytes.length;
        if (sizeBytes > expected.sizeBytes) {
          reason = unverifiedObject(where, expected, 'more');
          break;
        }
        for (let offset = 0; offset < bytes.length; ) {
          const copied = bytes.copy(part, filled, offset);
          offset += copied;
          filled += copied;
          if (filled < partBytes) continue;
          await send(part);
          if (storeError) break reading;
          part = Buffer.allocUnsafe(partBytes);
          filled = 0;
        }
      }
      if (!reason && !storeError) {
        const streamed = { sizeBytes, sha256: hash.digest('hex') };
        if (streamed.sizeBytes !== expected.sizeBytes || streamed.sha256 !== expected.sha256) reason = unverifiedObject(where, expected, streamed);
        // An upload has at least one part: an empty one for an empty object.
        else if (filled > 0 || parts.length === 0) last = part.subarray(0, filled);
      }
    } catch (error) {
      // The source failed: its own error is the caller's.
      reason = error;
    }
    if (last) await send(last);
    await Promise.all(inFlight);
    if (!reason && storeError) reason = this.failure(storeError, key);
    if (reason) throw await this.aborted(upload, key, reason);

    try {
      await this.client.send(new CompleteMultipartUploadCommand({ ...upload, MultipartUpload: { Parts: parts } }));
    } catch (error) {
      throw await this.aborted(upload, key, this.failure(error, key));
    }
  }

  async *list(prefix = ''): AsyncIterable<ListedObject> {
    let token: string | undefined;
    do {
      let page: ListObjectsV2CommandOutput;
      try {
        page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.prefix + prefix || undefined, ContinuationToken: token }));
      } catch (error) {
        throw this.failure(error, prefix);
      }
      for (const item of page.Contents ?? []) if (item.Key) yield { key: item.Key.slice(this.prefix.length), modifiedAt: item.LastModified ?? new Date(0) };
      token = page.NextContinuationToken;
    } while (token);
  }

  /**
   * Aborts an unfinished multipart upload once none of its parts is in flight, so that the bucket
   * keeps none of them, and returns `error`, the reason, for the caller to throw. An abort that
   * fails is added to a StoreError's message; a source's own error stays as it is, and the abort's
   * failure becomes a process warning. A bucket lifecycle rule that aborts incomplete multipart
   * uploads removes such an upload later.
   */
  private async aborted(upload: MultipartUpload, key: string, error: unknown): Promise<unknown> {
    try {
      await this.client.send(new AbortMultipartUploadCommand(upload));
      return error;
    } catch (abortError) {
      const failure = this.failure(abortError, key);
      // No such upload: there is nothing left to abort.
      if (failure.kind === 'MISSING') return error;
      const note = `Its multipart upload ${upload.UploadId} could not be aborted: ${failure.message}`;
      if (error instanceof StoreError) return new StoreError(error.kind, `${error.message} ${note}`, { cause: error.cause ?? error });
      process.emitWarning(`${this.description}${key}: ${note}`);
      return error;
    }
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
