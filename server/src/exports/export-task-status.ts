import { registerEnumType } from 'type-graphql';

/** PENDING → IN_PROGRESS → COMPLETED | FAILED; PENDING or IN_PROGRESS → CANCELLED; COMPLETED → EXPIRED. */
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

export const FINAL_STATUSES: readonly ExportTaskStatus[] = [
  ExportTaskStatus.COMPLETED,
  ExportTaskStatus.FAILED,
  ExportTaskStatus.CANCELLED,
  ExportTaskStatus.EXPIRED,
];

export const CANCELLABLE_STATUSES: readonly ExportTaskStatus[] = [
  ExportTaskStatus.PENDING,
  ExportTaskStatus.IN_PROGRESS,
];
