import type { Viewer } from './viewer.js';

/**
 * Whoever sent a request: the signed-in viewer (null when nobody is signed in) and the client
 * address audit rows record. Every service method that decides something takes one.
 */
export interface Caller {
  /** Replaced once, by signIn, for the rest of its own request. */
  viewer: Viewer | null;
  clientAddress: string | null;
}

/** A caller for work the system does on its own (imports from the command line, tests). */
export function callerOf(viewer: Viewer | null, clientAddress: string | null = null): Caller {
  return { viewer, clientAddress };
}
