import type { WriteStream } from 'node:fs';
import fsp from 'node:fs/promises';

/**
 * Recordings, exports, keys and logs are evidence: files a process creates are readable by its own
 * system user only (0600, folders 0700), ffmpeg's output included, since children inherit the
 * mask. Every Custodian process sharing the data folder must therefore run as the same user.
 */
const PRIVATE_UMASK = 0o077;

/** For files moved or copied in, which keep the mode they had where they came from. */
export const PRIVATE_FILE_MODE = 0o600;

/**
 * A stream into a new private file (refused when one exists), created before the stream is
 * returned. A stream that opens its file itself may still be opening it when a failing source
 * ends the pipeline, and create the file after the caller removed it: a failed write would leave
 * a file behind.
 */
export async function newPrivateFile(file: string): Promise<WriteStream> {
  const handle = await fsp.open(file, 'wx', PRIVATE_FILE_MODE);
  return handle.createWriteStream();
}

/**
 * From here on this process creates private files. Called once the database is open: an embedded
 * PostgreSQL started as root runs as the `postgres` user, who must be able to reach its folder.
 */
export function keepFilesPrivate(): void {
  process.umask(PRIVATE_UMASK);
}
