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
  /** Stops answering (the store becomes unreachable); the objects stay for `start`. */
  stop(): Promise<void>;
  start(): Promise<void>;
  remove(): Promise<void>;
}

/**
 * A real S3 API server (s3rver) on a free loopback port in this process, with one bucket. It
 * needs no network, so the tests and CI run the object storage paths against it.
 */
export async function startS3Server(bucket = 'custodian-test'): Promise<S3Server> {
  const directory = await fsp.mkdtemp(path.join(os.tmpdir(), 'custodian-s3-'));
  const port = await freePort();
  let server: S3rver | null = null;
  const start = async () => {
    server = new S3rver({ address: '127.0.0.1', port, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
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
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
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
      // s3rver's fixed credentials.
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
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
    stop,
    start,
    remove: async () => {
      client.destroy();
      await stop();
      await fsp.rm(directory, { recursive: true, force: true });
    },
  };
}
