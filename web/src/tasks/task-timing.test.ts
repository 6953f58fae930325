import { describe, expect, it } from 'vitest';
import { taskDurationSeconds, taskEta, taskRemainingSeconds } from './task-timing';

const START = '2026-12-01T10:00:00.000Z';
const at = (seconds: number) => Date.parse(START) + seconds * 1000;

describe('task timing', () => {
  it('measures a finished task from start to finish', () => {
    expect(taskDurationSeconds({ status: 'COMPLETED', progress: 1, startedAt: START, finishedAt: '2026-12-01T10:01:30.000Z' }, at(999))).toBe(90);
  });

  it('measures a running task until now, and nothing for a task that has not started', () => {
    expect(taskDurationSeconds({ status: 'IN_PROGRESS', progress: 0.5, startedAt: START }, at(42))).toBe(42);
    expect(taskDurationSeconds({ status: 'PENDING', progress: 0 }, at(42))).toBeNull();
    // A pending task that was started before (handed back) has no running time now.
    expect(taskDurationSeconds({ status: 'PENDING', progress: 0, startedAt: START }, at(42))).toBeNull();
  });

  it('expects a running task to go on at the rate it has progressed', () => {
    const task = { status: 'IN_PROGRESS', progress: 0.25, startedAt: START };
    expect(taskRemainingSeconds(task, at(60))).toBeCloseTo(180);
    expect(taskEta(task, at(60))).toBe('2026-12-01T10:04:00.000Z');
  });

  it('promises no time before the rate means anything, nor for tasks that are not running', () => {
    expect(taskRemainingSeconds({ status: 'IN_PROGRESS', progress: 0.01, startedAt: START }, at(60))).toBeNull();
    expect(taskRemainingSeconds({ status: 'IN_PROGRESS', progress: 0.5, startedAt: START }, at(1))).toBeNull();
    expect(taskRemainingSeconds({ status: 'COMPLETED', progress: 1, startedAt: START, finishedAt: START }, at(60))).toBeNull();
    expect(taskEta({ status: 'PENDING', progress: 0 }, at(60))).toBeNull();
  });
});
