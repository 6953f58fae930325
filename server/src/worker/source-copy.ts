import { MediaError } from '../media/media-error.js';
import type { Recording } from '../recordings/recording.entity.js';
import type { LocalCopy } from '../storage/local-copy.js';
import { StoreError } from '../storage/object-store.js';
import type { SourceCache } from '../storage/source-cache.js';

/**
 * A recording's source as a plain local file: ffmpeg reads only plain files (see
 * media/input-whitelist.ts), so from a bucket this is a copy, kept for the next task that reads
 * the same recording (storage/source-cache.ts). A source that is not in the store fails the task
 * with words for its requester; an unreachable store stays a StoreError.
 */
export function sourceCopy(sources: SourceCache, recording: Pick<Recording, 'sourceLocation'>): Promise<LocalCopy> {
  return sources.copy(recording.sourceLocation).catch((error: unknown) => {
    if (!(error instanceof StoreError) || error.kind === 'UNREACHABLE' || error.kind === 'FAILED') throw error;
    throw new MediaError(
      'SOURCE_MISSING',
      error.kind === 'INVALID_KEY'
        ? `The recording's stored location ${recording.sourceLocation} is outside the recordings store.`
        : `The source file is missing: ${recording.sourceLocation} is not in ${sources.store.description}. It may have been moved or deleted after import.`,
    );
  });
}
