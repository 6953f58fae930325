import { registerEnumType } from 'type-graphql';

/** Where an export task stands; the transitions between them are in export-task-lifecycle.ts. */
export enum ExportTaskStatus {
  PENDING = 'PENDING',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
  /** A COMPLETED export whose file was deleted after the retention period. */
  EXPIRED = 'EXPIRED',
}

registerEnumType(ExportTaskStatus, { name: 'ExportTaskStatus' });
