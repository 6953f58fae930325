import type { ExportTaskStatus } from '../gql/graphql';
import type { Tone } from '../ui/StatusBadge';

export const taskStatuses: readonly ExportTaskStatus[] = ['PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELLED', 'EXPIRED'];

const presentation: Record<ExportTaskStatus, { label: string; tone: Tone }> = {
  PENDING: { label: 'Pending', tone: 'neutral' },
  IN_PROGRESS: { label: 'In Progress', tone: 'progress' },
  COMPLETED: { label: 'Completed', tone: 'success' },
  FAILED: { label: 'Failed', tone: 'danger' },
  CANCELLED: { label: 'Cancelled', tone: 'warning' },
  EXPIRED: { label: 'Expired', tone: 'neutral' },
};

export function taskStatusLabel(status: ExportTaskStatus): string {
  return presentation[status]?.label ?? status;
}

export function taskStatusTone(status: ExportTaskStatus): Tone {
  return presentation[status]?.tone ?? 'neutral';
}

export function isActive(status: ExportTaskStatus): boolean {
  return status === 'PENDING' || status === 'IN_PROGRESS';
}
