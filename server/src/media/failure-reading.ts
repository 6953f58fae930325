import { refusedDemuxer } from './input-whitelist.js';
import { refusedFormatReason } from './linking-formats.js';
import { diskFull, ffmpegFailed, formatRefused, type MediaError, sourceCorrupt, sourceMissing, sourceUnreadable } from './media-error.js';

export interface ToolFailure {
  /** The last lines of the tool's stderr. */
  stderrLines: readonly string[];
  /** The source being read; lets "No such file" about the input be told from one about the output. */
  inputPath?: string;
  /** errno of a failed system call of ours (spawn, write, rename), if that is what failed. */
  errnoCode?: string;
  exitCode?: number | null;
  exitSignal?: string | null;
}

const DISK_FULL_LINE = /No space left on device|Disk quota exceeded/i;
const DISK_FULL_ERRNO = new Set(['ENOSPC', 'EDQUOT']);

// Most specific first: the first match explains the failure, and "EBML header parsing failed"
// says more than the generic "Invalid data found" line ffmpeg prints after it.
const CORRUPT_LINES: ReadonlyArray<{ pattern: RegExp; meaning: string }> = [
  { pattern: /EBML header parsing failed/i, meaning: 'its WebM/Matroska header is damaged' },
  {
    pattern: /moov atom not found/i,
    meaning: 'its MP4 index (moov atom) is missing, so the recording was probably never finished',
  },
  { pattern: /could not find codec parameters/i, meaning: 'ffmpeg cannot tell how its streams are encoded' },
  { pattern: /does not contain any stream/i, meaning: 'it contains no audio or video streams' },
  { pattern: /File ended prematurely|: End of file$/i, meaning: 'it ends unexpectedly, so it is probably truncated' },
  { pattern: /Failed to read (the )?(file )?header/i, meaning: 'its header cannot be read' },
  { pattern: /Invalid data found when processing input/i, meaning: 'ffmpeg does not recognise its contents' },
];

/** Turns what a failed ffmpeg or ffprobe run left behind into the error a person should see. */
export function readToolFailure(failure: ToolFailure): MediaError {
  const lines = failure.stderrLines.map(cleanLine).filter((line) => line !== '');
  const detail = lines.join('\n') || undefined;

  if ((failure.errnoCode && DISK_FULL_ERRNO.has(failure.errnoCode)) || lines.some((l) => DISK_FULL_LINE.test(l))) {
    return diskFull(detail);
  }

  const input = failure.inputPath;
  if (input !== undefined) {
    const aboutInput = lines.filter((line) => line.startsWith(`${input}:`));
    if (aboutInput.some((line) => /No such file or directory/i.test(line))) return sourceMissing(input);
    const denied = aboutInput.find((line) => /Permission denied|Is a directory/i.test(line));
    if (denied) return sourceUnreadable(input, denied.slice(input.length + 1).trim());
  }

  const refused = refusedDemuxer(lines);
  if (refused) return formatRefused(refusedFormatReason(refused), detail);

  for (const { pattern, meaning } of CORRUPT_LINES) {
    const line = lines.find((l) => pattern.test(l));
    if (line) return sourceCorrupt(`${meaning} (ffmpeg: "${withoutPath(line, input)}")`, detail);
  }

  return ffmpegFailed(summarize(lines, failure), detail);
}

/** The last two lines and how the process ended, short enough for a list cell. */
function summarize(lines: string[], failure: ToolFailure): string {
  const ending = failure.exitSignal ? `stopped by ${failure.exitSignal}` : failure.errnoCode ? failure.errnoCode : `exit code ${failure.exitCode ?? 'unknown'}`;
  const text = lines.slice(-2).join(' / ');
  const short = text.length > 300 ? `${text.slice(0, 297)}...` : text;
  return short === '' ? ending : `${short} (${ending})`;
}

/** "/data/x.webm: End of file" → "End of file": the path is already known to the reader. */
function withoutPath(line: string, input: string | undefined): string {
  return input !== undefined && line.startsWith(`${input}: `) ? line.slice(input.length + 2) : line;
}

/** Drops the memory addresses ffmpeg prints in its log prefixes ("[mp4 @ 0x55d0c8]"). */
function cleanLine(line: string): string {
  return line.replace(/ @ 0x[0-9a-f]+\]/gi, ']').trim();
}
