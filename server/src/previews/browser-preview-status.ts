import { registerEnumType } from 'type-graphql';

/** Where a browser preview stands; the transitions are in browser-preview-lifecycle.ts. */
export enum BrowserPreviewStatus {
  /** Waiting for a task service. */
  PENDING = 'PENDING',
  IN_PROGRESS = 'IN_PROGRESS',
  /** Made and stored: it plays. */
  READY = 'READY',
  /** The task service could not make it; asking again tries once more. */
  FAILED = 'FAILED',
}

registerEnumType(BrowserPreviewStatus, { name: 'BrowserPreviewStatus' });
