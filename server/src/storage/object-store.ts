import type { Readable } from 'node:stream';

/** Bytes `start` to `end` of an object, both included (as HTTP Range says them). */
export interface ByteRange {
  start: number;
  end: number;
}

/** An object found by `list`. */
export interface ListedObject {
  key: string;
  modifiedAt: Date;
}

/** The headers a browser reading an object by its own address gets with it. */
export interface BrowserResponse {
  contentType: string;
  contentDisposition: string;
}

/** An address a browser may read an object from without the API, and when it stops working. */
export interface BrowserUrl {
  url: string;
  expiresAt: Date;
}

/** What a completed write stored: exactly these bytes are under the key. */
export interface StoredObject {
  sizeBytes: number;
  sha256: string;
}

/**
 * Where recordings and exports are kept: a folder (FileStore) or an S3-compatible bucket
 * (S3Store), chosen once when a process starts. Keys are the relative names the catalog stores
 * (`ab/abcdef….webm`, `<task id>.mp4`). An object is only ever visible complete: a write that
 * fails leaves nothing under its key. Every failure is a StoreError.
 */
export interface ObjectStore {
  /** For logs and error messages: the folder, or `s3://bucket/prefix`. */
  readonly description: string;
  /** Streams `body` into the object (multipart in a bucket), hashing it on the way. */
  put(key: string, body: Readable): Promise<StoredObject>;
  /**
   * Streams `body` into the object under its final key, which then holds it only if the bytes
   * streamed are exactly `expected`: its size and SHA-256. Otherwise nothing is under the key and
   * a StoreError says which store and key, and what was streamed against what was expected. Used
   * for a file hashed before it is stored (an export), so that the key never holds anything else.
   * A folder writes a temporary file beside the key and renames it once hashed; a bucket takes a
   * multipart upload at the key, completed only once hashed and aborted otherwise, so that
   * nothing is copied and no parts are left. A failing source ends the write with its own error.
   */
  putVerified(key: string, body: Readable, expected: StoredObject): Promise<void>;
  /** Stores a local file; `move` lets the store take the file itself (a rename in a folder) and removes it either way. */
  putFile(key: string, file: string, options?: { move?: boolean }): Promise<void>;
  /**
   * Gives the object under `from` the key `to` (replacing what is there) and removes `from`: a
   * rename in a folder, a copy then a delete in a bucket, where it takes objects of at most
   * MAX_MOVED_BYTES (the most S3 copies in one request).
   */
  move(from: string, to: string): Promise<void>;
  /** The object's bytes, or those of `range`. */
  read(key: string, range?: ByteRange): Promise<Readable>;
  /** The object's size, or null when there is none under the key. */
  head(key: string): Promise<{ sizeBytes: number } | null>;
  /** Removes the object; removing one that is not there is no error. */
  delete(key: string): Promise<void>;
  /** Every object in the store whose key starts with `prefix` (all when none), in no particular order, with when it was last written. */
  list(prefix?: string): AsyncIterable<ListedObject>;
  /** A local path tools may open directly, or null when the object must first be copied to a local file. */
  localPath(key: string): string | null;
  /**
   * A short-lived address from which a browser may read the whole object itself (with Range),
   * answered with `response`'s headers; null when the store gives none: a folder, or a bucket
   * without CUSTODIAN_S3_DOWNLOAD_URL_SECONDS. Anyone holding the address can read the object
   * until it expires, so callers authorize and audit before asking for one.
   */
  browserUrl(key: string, response: BrowserResponse): Promise<BrowserUrl | null>;
}

/** 5 GiB: the largest object S3 copies in one request, and so the largest a bucket moves. */
export const MAX_MOVED_BYTES = 5 * 1024 ** 3;

export type StoreErrorKind = 'MISSING' | 'UNREACHABLE' | 'INVALID_KEY' | 'FAILED';

/**
 * A store operation that did not succeed, with what it means to the caller: the object is not
 * there (MISSING), the store did not answer (UNREACHABLE), a stored name leads outside the store
 * (INVALID_KEY), or the store refused (FAILED). The message names the store and the key.
 */
export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/**
 * Keys come from database rows: a damaged or hostile one must not name anything outside the
 * store (`..`, an absolute path, a backslash that a folder store would read as a separator).
 */
export function checkedKey(store: string, key: string): string {
  const parts = key.split('/');
  if (!key || key.startsWith('/') || key.includes('\\') || key.includes('\0') || parts.some((part) => part === '' || part === '.' || part === '..')) {
    throw new StoreError('INVALID_KEY', `The stored name ${JSON.stringify(key)} is not a valid name in ${store}.`);
  }
  return key;
}

/**
 * The error of a putVerified whose bytes were not the expected ones: `streamed` is what came, or
 * 'more' when the write stopped as soon as more bytes came than expected.
 */
export function unverifiedObject(where: string, expected: StoredObject, streamed: StoredObject | 'more'): StoreError {
  const came = streamed === 'more' ? `more than ${expected.sizeBytes} bytes` : `${streamed.sizeBytes} bytes with SHA-256 ${streamed.sha256}`;
  return new StoreError(
    'FAILED',
    `${where} was not stored: ${came} were streamed, not the ${expected.sizeBytes} bytes with SHA-256 ${expected.sha256} expected.`,
  );
}

/** A name for a short-lived object (the storage check's test object); listings of a clean store show none. */
export function temporaryKey(finalKey: string, unique: string): string {
  return `.partial/${finalKey.replaceAll('/', '_')}.${unique}`;
}
