import { registerEnumType } from 'type-graphql';

/** Where an idle stretch scan stands; the transitions are in derived/derived-lifecycle.ts. */
export enum IdleStretchScanStatus {
  /** Waiting for a task service. */
  PENDING = 'PENDING',
  IN_PROGRESS = 'IN_PROGRESS',
  /** Scanned: its stretches are kept. */
  READY = 'READY',
  /** The task service could not read the recording; asking again tries once more. */
  FAILED = 'FAILED',
}

registerEnumType(IdleStretchScanStatus, { name: 'IdleStretchScanStatus' });
