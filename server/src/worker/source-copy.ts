import { MediaError } from '../media/media-error.js';
import type { Recording } from '../recordings/recording.entity.js';
import { type LocalCopy, localCopy } from '../storage/local-copy.js';
import { type ObjectStore, StoreError } from '../storage/object-store.js';

/**
 * A recording's source as a plain local file: ffmpeg reads only plain files (see
 * media/input-whitelist.ts), so from a bucket this is a private copy. A source that is not in the
 * store fails the export with words for its requester; an unreachable store stays a StoreError.
 */
export function sourceCopy(recordings: ObjectStore, recording: Pick<Recording, 'sourceLocation'>): Promise<LocalCopy> {
  return localCopy(recordings, recording.sourceLocation).catch((error: unknown) => {
    if (!(error instanceof StoreError) || error.kind === 'UNREACHABLE' || error.kind === 'FAILED') throw error;
    throw new MediaError(
      'SOURCE_MISSING',
      error.kind === 'INVALID_KEY'
        ? `The recording's stored location ${recording.sourceLocation} is outside the recordings store.`
        : `The source file is missing: ${recording.sourceLocation} is not in ${recordings.description}. It may have been moved or deleted after import.`,
    );
  });
}
