import { describe, expect, it } from 'vitest';
import schema from '../gql/introspection.json';
import type { ExportTaskStatus } from '../gql/graphql';
import { isActive, taskStatuses, taskStatusLabel, taskStatusTone } from './task-status';

const schemaStatuses = schema.__schema.types.find((type) => type.name === 'ExportTaskStatus')?.enumValues?.map((value) => value.name);

describe('export task statuses', () => {
  it('lists every status of the schema once, for the status filter', () => {
    expect([...taskStatuses].sort()).toEqual(schemaStatuses?.sort());
  });

  it('gives every status a label of its own', () => {
    const labels = taskStatuses.map(taskStatusLabel);
    expect(new Set(labels).size).toBe(taskStatuses.length);
    for (const status of taskStatuses) expect(taskStatusLabel(status)).not.toBe(status);
    expect(taskStatusLabel('IN_PROGRESS')).toBe('In Progress');
  });

  it('shows the tone of each outcome', () => {
    expect(taskStatuses.map((status) => [status, taskStatusTone(status)])).toEqual([
      ['PENDING', 'neutral'],
      ['IN_PROGRESS', 'progress'],
      ['COMPLETED', 'success'],
      ['FAILED', 'danger'],
      ['CANCELLED', 'warning'],
      ['EXPIRED', 'neutral'],
    ]);
  });

  it('shows a status a newer server sends by its name, in a neutral tone', () => {
    const unknown = 'ARCHIVED' as ExportTaskStatus;
    expect(taskStatusLabel(unknown)).toBe('ARCHIVED');
    expect(taskStatusTone(unknown)).toBe('neutral');
  });

  it('calls only pending and running tasks active', () => {
    expect(taskStatuses.filter(isActive)).toEqual(['PENDING', 'IN_PROGRESS']);
  });
});
