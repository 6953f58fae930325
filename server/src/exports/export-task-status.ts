import { registerEnumType } from 'type-graphql';

/** PENDING → IN_PROGRESS → COMPLETED | FAILED; PENDING or IN_PROGRESS → CANCELLED. */
export enum ExportTaskStatus {
  PENDING = 'PENDING',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ExportTaskStatus, { name: 'ExportTaskStatus' });

export const FINAL_STATUSES: readonly ExportTaskStatus[] = [
  ExportTaskStatus.COMPLETED,
  ExportTaskStatus.FAILED,
  ExportTaskStatus.CANCELLED,
];

export const CANCELLABLE_STATUSES: readonly ExportTaskStatus[] = [
  ExportTaskStatus.PENDING,
  ExportTaskStatus.IN_PROGRESS,
];
