import { AppError } from '../common/errors.js';
import { StoreError } from './object-store.js';

/**
 * A store failure as an answer for the client: a missing object is GONE, a store that did not
 * answer or refused is STORAGE_UNAVAILABLE. The store's own message (bucket, key, cause) goes to
 * the log, not to the client. Anything that is not a StoreError is returned as it is.
 */
export function storeRefusal(error: unknown, what: string, log?: (line: string) => void): unknown {
  if (!(error instanceof StoreError)) return error;
  log?.(`${what}: ${error.message}`);
  if (error.kind === 'MISSING' || error.kind === 'INVALID_KEY') return new AppError('GONE', `${what} is no longer in storage.`);
  return new AppError('STORAGE_UNAVAILABLE', `${what} cannot be reached in storage right now; try again later.`);
}
