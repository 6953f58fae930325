import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { type ByteSource, byteSource } from '../../common/byte-source.js';
import { AsciicastError } from './asciicast.js';

/**
 * The most text read from one recording, after decompression. Hours of busy terminal output make
 * a few hundred MB of asciicast. Deflate expands up to a thousand times, so this is also what
 * bounds the work a small gzip file can ask for: a 1 MB upload cannot make us read more than this.
 */
export const MAX_TEXT_BYTES = 1024 * 1024 * 1024;

/** True when the bytes start like gzip. */
export async function isGzipFile(file: string | ByteSource): Promise<boolean> {
  const start = await byteSource(file).start(2);
  return start.length === 2 && start[0] === 0x1f && start[1] === 0x8b;
}

/**
 * True when the file is gzip or its text starts with "{" (every asciicast version starts with a
 * JSON object), read from the bytes and never from the name. No video container starts like
 * either, so this chooses the reader; a file that cannot be opened is left to the media probe,
 * which explains why.
 */
export async function startsLikeAsciicast(file: string | ByteSource): Promise<boolean> {
  const start = await byteSource(file)
    .start(512)
    .catch(() => Buffer.alloc(0));
  if (start.length >= 2 && start[0] === 0x1f && start[1] === 0x8b) return true;
  return /^\s*\{/.test(start.toString('latin1'));
}

/**
 * The recording's bytes, gunzipped when it is gzip (whatever its name says), in the chunks they
 * arrive in, at most `maxBytes`. Every failure (a read error, corrupt or cut-off gzip, too much
 * text) is an AsciicastError thrown to the reader; no stream error is left unhandled.
 */
export async function* castText(file: string | ByteSource, maxBytes = MAX_TEXT_BYTES): AsyncGenerator<Buffer> {
  let total = 0;
  try {
    for await (const chunk of sourceChunks(byteSource(file))) {
      total += chunk.length;
      if (total > maxBytes) throw new AsciicastError(`the recording holds more than ${mebibytes(maxBytes)} of text, more than any terminal session records`);
      yield chunk;
    }
  } catch (error) {
    throw readFailure(error);
  }
}

async function* sourceChunks(source: ByteSource): AsyncGenerator<Buffer> {
  const gzip = await isGzipFile(source);
  const raw = await source.stream();
  const gunzip = gzip ? createGunzip() : undefined;
  // pipeline() listens for errors on both ends and destroys both; the reader below sees them.
  if (gunzip) pipeline(raw, gunzip, () => undefined);
  const stream = gunzip ?? raw;
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } finally {
    // Closes the file when the reader stops early.
    stream.destroy();
    raw.destroy();
  }
}

function readFailure(error: unknown): AsciicastError {
  if (error instanceof AsciicastError) return error;
  const { code, message = String(error) } = error instanceof Error ? (error as NodeJS.ErrnoException) : {};
  if (code?.startsWith('Z_')) return new AsciicastError(`the gzip data is corrupt or cut short (${message})`);
  return new AsciicastError(`the file cannot be read (${code ?? message})`);
}

export function mebibytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${bytes / 1024 ** 3} GiB` : `${bytes / 1024 ** 2} MiB`;
}
