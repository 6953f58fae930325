import { type ByteSource, byteSource } from '../common/byte-source.js';
import { linkingFormatOf, refusedFormatReason } from './linking-formats.js';
import { formatRefused, MediaError, sourceCorrupt, sourceMissing, sourceUnreadable } from './media-error.js';

/** Enough of the start of a file to tell a playlist or script from a recording. */
const START_BYTES = 1024;

/**
 * Checks that a source recording can be opened before a tool is started on it, so that the most
 * common failures get a plain answer instead of a line of ffmpeg output: a missing or unreadable
 * file, an empty one, and a playlist or script that names other files (which the input whitelist
 * would stop anyway). Returns its size.
 */
export async function checkSource(file: string | ByteSource): Promise<number> {
  const source = byteSource(file);
  let size: number;
  let linking: string | undefined;
  try {
    // Opening, rather than asking access(), is what ffmpeg will do; it also catches ACLs and
    // mounts that access() answers wrongly for root.
    size = await source.size();
    linking = linkingFormatOf(await source.start(START_BYTES));
  } catch (error) {
    if (error instanceof MediaError) throw error;
    throw sourceOpenError(source.name, error as NodeJS.ErrnoException);
  }
  if (size === 0) throw sourceCorrupt(`${source.name} is empty (0 bytes)`);
  if (linking) throw formatRefused(refusedFormatReason(linking));
  return size;
}

function sourceOpenError(file: string, error: NodeJS.ErrnoException): MediaError {
  switch (error.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return sourceMissing(file);
    case 'EACCES':
    case 'EPERM':
      return sourceUnreadable(file, "permission denied; check that the server's user may read it");
    case 'EISDIR':
      return sourceUnreadable(file, 'it is a folder, not a file');
    default:
      return sourceUnreadable(file, error.code ?? error.message);
  }
}
