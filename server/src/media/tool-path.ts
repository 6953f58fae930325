import path from 'node:path';

/**
 * Spells a file path so ffmpeg reads it as a plain file. ffmpeg treats a relative name such as
 * "session:1.webm" as a URL with protocol "session", and an output name starting with "-" as an
 * option; "./" in front avoids both. Absolute paths are already unambiguous.
 */
export function toolPath(file: string): string {
  if (path.isAbsolute(file) || file.startsWith('./') || file.startsWith('../')) return file;
  return `./${file}`;
}

/** What ffmpeg and ffprobe are given as the input when they read the bytes fed to their standard input. */
export const STANDARD_INPUT = 'pipe:0';
