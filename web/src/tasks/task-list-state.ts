import type { ExportTaskStatus } from '../gql/graphql';
import type { FilterParam, FilterValues, ListSpec } from '../navigation/list-state';
import { taskStatuses } from './task-status';

/** The status filter's choices: every status, and the two active ones together. */
export const STATUS_CHOICES = ['ACTIVE', ...taskStatuses] as const;
export type StatusChoice = (typeof STATUS_CHOICES)[number];

/**
 * The Tasks page in the URL: `/tasks?status=FAILED&after=…`, or `/tasks?task=<id>` for one task
 * (the audit links to tasks so); the list is always newest first.
 */
export const TASK_LIST = {
  filters: { status: { oneOf: STATUS_CHOICES }, task: { maxLength: 36 } },
  sortFields: ['REQUESTED_AT'],
  defaultSort: { field: 'REQUESTED_AT', direction: 'DESC' },
} satisfies ListSpec<Record<string, FilterParam>, 'REQUESTED_AT'>;

export type TaskListFilters = FilterValues<typeof TASK_LIST.filters>;

/** The statuses a choice lists; undefined for all of them. */
export function statusesOf(choice: StatusChoice | undefined): ExportTaskStatus[] | undefined {
  if (!choice) return undefined;
  if (choice === 'ACTIVE') return ['PENDING', 'IN_PROGRESS'];
  return [choice];
}
