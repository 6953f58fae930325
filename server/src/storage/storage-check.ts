import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { type ObjectStore, temporaryKey } from './object-store.js';

/**
 * Writes, reads back and deletes a small temporary object, written as a worker writes every
 * export (a verified write: a multipart upload in a bucket). Throws a StoreError that says what
 * failed; returns a line for the check's report.
 */
export async function checkStorage(store: ObjectStore): Promise<string> {
  const key = temporaryKey('check', randomBytes(6).toString('hex'));
  const text = 'custodian worker check\n';
  const bytes = Buffer.from(text);
  await store.putVerified(key, Readable.from([bytes]), { sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  try {
    const found = await store.head(key);
    if (found?.sizeBytes !== text.length)
      throw new Error(`${store.description}: a test object was written but reads back as ${found ? `${found.sizeBytes} bytes` : 'missing'}`);
  } finally {
    await store.delete(key);
  }
  return `${store.description} is readable and writable`;
}
