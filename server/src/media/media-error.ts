export type MediaErrorKind =
  | 'SOURCE_MISSING'
  | 'SOURCE_UNREADABLE'
  | 'SOURCE_CORRUPT'
  | 'FORMAT_REFUSED'
  | 'NO_VIDEO'
  | 'DISK_FULL'
  | 'TIMED_OUT'
  | 'CANCELLED'
  | 'FFMPEG_FAILED';

/**
 * Kinds where the same export can succeed if tried again later. A missing or broken source
 * stays broken, and a cancellation was somebody's decision.
 */
const RETRYABLE_KINDS: ReadonlySet<MediaErrorKind> = new Set(['DISK_FULL', 'TIMED_OUT', 'FFMPEG_FAILED']);

/**
 * A media operation failed. `message` is written for the person who reads it in the export
 * list; `detail` keeps the tool's own last words for logs.
 */
export class MediaError extends Error {
  override readonly name = 'MediaError';
  readonly kind: MediaErrorKind;
  readonly detail: string | undefined;

  constructor(kind: MediaErrorKind, message: string, options: { detail?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.detail = options.detail;
  }

  get retryable(): boolean {
    return RETRYABLE_KINDS.has(this.kind);
  }
}

export function isMediaError(error: unknown): error is MediaError {
  return error instanceof MediaError;
}

// The constructors below keep the wording of each kind in one place.

export function sourceMissing(file: string): MediaError {
  return new MediaError('SOURCE_MISSING', `The source file is missing: ${file}. It may have been moved or deleted after import.`);
}

export function sourceUnreadable(file: string, reason: string): MediaError {
  return new MediaError('SOURCE_UNREADABLE', `The source file cannot be read: ${file} (${trimEnd(reason)}).`);
}

export function sourceCorrupt(summary: string, detail?: string): MediaError {
  return new MediaError('SOURCE_CORRUPT', `The source file is corrupt or not a recording ffmpeg can read: ${trimEnd(summary)}.`, { detail });
}

/** A file in a format recordings are not read from (see input-whitelist.ts); `reason` says which. */
export function formatRefused(reason: string, detail?: string): MediaError {
  return new MediaError('FORMAT_REFUSED', `The source file is refused: ${trimEnd(reason)}.`, { detail });
}

export function noVideo(file: string, what = 'has no video stream'): MediaError {
  return new MediaError('NO_VIDEO', `The source file ${what}: ${file}. Only recordings with video can be exported.`);
}

export function diskFull(detail?: string): MediaError {
  return new MediaError('DISK_FULL', 'The disk holding the exports is full. Free some space, then retry the export.', {
    detail,
  });
}

export function timedOut(timeoutMs: number): MediaError {
  return new MediaError(
    'TIMED_OUT',
    `The export took longer than its limit of ${formatDuration(timeoutMs)} and was stopped. A very long recording may need a higher limit.`,
  );
}

export function cancelled(): MediaError {
  return new MediaError('CANCELLED', 'The export was cancelled before it finished.');
}

export function ffmpegFailed(summary: string, detail?: string, cause?: unknown): MediaError {
  return new MediaError('FFMPEG_FAILED', `ffmpeg failed: ${trimEnd(summary)}.`, { detail, cause });
}

/** Drops trailing full stops and spaces so a summary can end our own sentence. */
function trimEnd(text: string): string {
  return text.trim().replace(/[.\s]+$/, '');
}

function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 120) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return `${minutes} min`;
  return `${(minutes / 60).toFixed(1).replace(/\.0$/, '')} h`;
}
