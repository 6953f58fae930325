import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { temporaryKey } from './object-store.js';
import type { ObjectStore } from './object-store.js';

/**
 * Writes, reads back and deletes a small temporary object: what a worker does with every export.
 * Throws a StoreError that says what failed; returns a line for the check's report.
 */
export async function checkStorage(store: ObjectStore): Promise<string> {
  const key = temporaryKey('check', randomBytes(6).toString('hex'));
  const text = 'custodian worker check\n';
  await store.put(key, Readable.from([Buffer.from(text)]));
  try {
    const found = await store.head(key);
    if (found?.sizeBytes !== text.length)
      throw new Error(`${store.description}: a test object was written but reads back as ${found ? `${found.sizeBytes} bytes` : 'missing'}`);
  } finally {
    await store.delete(key);
  }
  return `${store.description} is readable and writable`;
}
