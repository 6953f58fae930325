import { createHash, createHmac } from 'node:crypto';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { freePort } from './ports.js';

/** What Custodian processes need to use the test S3 server: the AWS SDK's variables and the storage setting. */
export interface S3Server {
  endpoint: string;
  bucket: string;
  /** Where s3rver keeps the objects: removed by `remove`. */
  directory: string;
  env(prefix: string): NodeJS.ProcessEnv;
  /** Every key in the bucket, sorted, as an operator listing it would see them. */
  keys(): Promise<string[]>;
  /** An object's bytes, read straight from the bucket. */
  bytes(key: string): Promise<Buffer>;
  /**
   * The keys of the multipart uploads neither completed nor aborted, sorted, read from s3rver's
   * own store (s3rver has no ListMultipartUploads). Parts of an upload that no longer exists show
   * as `(parts of upload <id>)`.
   */
  pendingUploads(): Promise<string[]>;
  /** The keys of the objects read (GetObject, whole or a range) since the server started, in order. */
  reads(): string[];
  /** Stops answering (the store becomes unreachable); the objects stay for `start`. */
  stop(): Promise<void>;
  start(): Promise<void>;
  remove(): Promise<void>;
}

/** Where s3rver 3.7 keeps the unfinished multipart uploads of a bucket: `<bucket>/._S3rver_uploads/<upload id>/`, with the key in `key`. */
const UPLOADS = '._S3rver_uploads';

/** The part of a Koa context the request handler below reads and writes (s3rver is a Koa application). */
interface RequestContext {
  method: string;
  /** The path and query as the request line had them, still encoded. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  path: string;
  query: Record<string, string | string[] | undefined>;
  status: number;
  type: string;
  body: unknown;
}
type RequestHandler = (ctx: RequestContext, next: () => Promise<void>) => Promise<void>;

/**
 * AbortMultipartUpload, which s3rver 3.7 answers with MethodNotAllowed: as S3 does, the upload and
 * its parts are removed, and an upload that is not there (or is for another key) is NoSuchUpload.
 * It works on s3rver's own store, where its CompleteMultipartUpload finds the upload.
 */
function abortMultipartUpload(directory: string, bucket: string): RequestHandler {
  return async (ctx, next) => {
    const uploadId = ctx.query.uploadId;
    if (ctx.method !== 'DELETE' || typeof uploadId !== 'string' || !ctx.path.startsWith(`/${bucket}/`)) return next();
    const key = objectKey(ctx.path, bucket);
    const upload = path.join(directory, bucket, UPLOADS, path.basename(uploadId));
    const uploadKey = await fsp.readFile(path.join(upload, 'key'), 'utf8').catch(() => null);
    if (uploadKey !== key) {
      ctx.status = 404;
      ctx.type = 'application/xml';
      ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchUpload</Code><Message>The specified upload does not exist.</Message><UploadId>${uploadId.replace(/[^0-9a-zA-Z]/g, '')}</UploadId></Error>`;
      return;
    }
    await fsp.rm(upload, { recursive: true, force: true });
    ctx.status = 204;
  };
}

/** s3rver's fixed credentials. */
const ACCESS_KEY = 'S3RVER';
const SECRET_KEY = 'S3RVER';

/** RFC 3986 encoding, as SigV4's canonical request spells names and values. */
const uriEncode = (value: string) => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const hmac = (key: Buffer | string, text: string) => createHmac('sha256', key).update(text).digest();

/**
 * A presigned request (SigV4 in the query string) whose signature is not the one its method, path,
 * query and signed headers call for, refused with SignatureDoesNotMatch as S3 does: s3rver 3.7
 * checks a presigned address's expiry but not its signature, so without this any key could be
 * read with an address signed for another. Written from the SigV4 specification, not the SDK.
 */
function checkPresignedSignature(): RequestHandler {
  return async (ctx, next) => {
    const signature = ctx.query['X-Amz-Signature'];
    if (typeof signature !== 'string') return next();
    const [rawPath = '/', rawQuery = ''] = ctx.url.split('?', 2);
    const params = rawQuery
      .split('&')
      .filter(Boolean)
      .map((pair) => pair.split('=', 2).map(decodeURIComponent) as [string, string?])
      .filter(([name]) => name !== 'X-Amz-Signature')
      .map(([name, value = '']) => `${uriEncode(name)}=${uriEncode(value)}`)
      .sort();
    const signedHeaders = String(ctx.query['X-Amz-SignedHeaders'] ?? '');
    const headers = signedHeaders
      .split(';')
      .map((name) => `${name}:${String(ctx.headers[name] ?? '').trim()}\n`)
      .join('');
    const canonicalPath = rawPath
      .split('/')
      .map((segment) => uriEncode(decodeURIComponent(segment)))
      .join('/');
    const canonicalRequest = [ctx.method, canonicalPath, params.join('&'), headers, signedHeaders, 'UNSIGNED-PAYLOAD'].join('\n');
    const credential = String(ctx.query['X-Amz-Credential'] ?? '').split('/');
    const [accessKey, day = '', region = '', service = ''] = credential;
    const stringToSign = [
      'AWS4-HMAC-SHA256',
      String(ctx.query['X-Amz-Date'] ?? ''),
      credential.slice(1).join('/'),
      createHash('sha256').update(canonicalRequest).digest('hex'),
    ].join('\n');
    const key = hmac(hmac(hmac(hmac(`AWS4${SECRET_KEY}`, day), region), service), 'aws4_request');
    if (accessKey === ACCESS_KEY && hmac(key, stringToSign).toString('hex') === signature) return next();
    ctx.status = 403;
    ctx.type = 'application/xml';
    ctx.body =
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message></Error>';
  };
}

/** Notes the key of every GetObject of the bucket (a GET of a key, not of the bucket's listing). */
function countReads(bucket: string, reads: string[]): RequestHandler {
  return async (ctx, next) => {
    if (ctx.method === 'GET' && ctx.path.startsWith(`/${bucket}/`) && ctx.path.length > bucket.length + 2) {
      reads.push(objectKey(ctx.path, bucket));
    }
    return next();
  };
}

/** The object key of a path-style request path. */
function objectKey(requestPath: string, bucket: string): string {
  return requestPath
    .slice(bucket.length + 2)
    .split('/')
    .map(decodeURIComponent)
    .join('/');
}

/**
 * A real S3 API server (s3rver) on a free loopback port in this process, with one bucket. It
 * needs no network, so the tests and CI run the object storage paths against it. s3rver lacks
 * AbortMultipartUpload, added here on its own store, and the signature check of presigned
 * addresses, added here too; UploadPartCopy and ListMultipartUploads it lacks as well (see
 * `pendingUploads`).
 */
export async function startS3Server(bucket = 'custodian-test'): Promise<S3Server> {
  const directory = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-s3-'));
  const port = await freePort();
  const reads: string[] = [];
  let server: S3rver | null = null;
  const start = async () => {
    server = new S3rver({ address: '127.0.0.1', port, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
    // Ahead of s3rver's own routes, which refuse the request.
    (server as unknown as { middleware: RequestHandler[] }).middleware.unshift(
      checkPresignedSignature(),
      abortMultipartUpload(directory, bucket),
      countReads(bucket, reads),
    );
    await server.run();
  };
  const stop = async () => {
    const running = server;
    server = null;
    if (!running) return;
    // Clients keep connections alive; close waits for them otherwise.
    running.httpServer.closeAllConnections();
    await running.close();
  };
  await start();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return {
    endpoint,
    bucket,
    directory,
    env: (prefix) => ({
      CUSTODIAN_STORAGE: `s3://${bucket}/${prefix}`,
      CUSTODIAN_S3_FORCE_PATH_STYLE: 'true',
      AWS_ENDPOINT_URL: endpoint,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: ACCESS_KEY,
      AWS_SECRET_ACCESS_KEY: SECRET_KEY,
    }),
    keys: async () => {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
        for (const item of page.Contents ?? []) keys.push(item.Key!);
        token = page.NextContinuationToken;
      } while (token);
      return keys.sort();
    },
    bytes: async (key) => Buffer.from(await (await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToByteArray()),
    pendingUploads: async () => {
      const uploads = path.join(directory, bucket, UPLOADS);
      const ids = await fsp.readdir(uploads).catch(() => []);
      const keys = await Promise.all(ids.map((id) => fsp.readFile(path.join(uploads, id, 'key'), 'utf8').catch(() => `(parts of upload ${id})`)));
      return keys.sort();
    },
    reads: () => [...reads],
    stop,
    start,
    remove: async () => {
      client.destroy();
      await stop();
      await fsp.rm(directory, { recursive: true, force: true });
    },
  };
}
