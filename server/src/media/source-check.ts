import { open } from 'node:fs/promises';
import { MediaError, sourceCorrupt, sourceMissing, sourceUnreadable } from './media-error.js';

/**
 * Checks that a source recording can be opened before a tool is started on it, so that the most
 * common failures get a plain answer instead of a line of ffmpeg output. Returns its size.
 */
export async function checkSource(file: string): Promise<number> {
  let size: number;
  try {
    // Opening, rather than asking access(), is what ffmpeg will do; it also catches ACLs and
    // mounts that access() answers wrongly for root.
    const handle = await open(file, 'r');
    try {
      const info = await handle.stat();
      if (info.isDirectory()) throw sourceUnreadable(file, 'it is a folder, not a file');
      size = info.size;
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof MediaError) throw error;
    throw sourceOpenError(file, error as NodeJS.ErrnoException);
  }
  if (size === 0) throw sourceCorrupt(`${file} is empty (0 bytes)`);
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
