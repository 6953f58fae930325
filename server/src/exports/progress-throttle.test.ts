import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportTaskStatus } from './export-task-status.js';
import { ProgressThrottle, type ThrottledTask } from './progress-throttle.js';

const { IN_PROGRESS, COMPLETED } = ExportTaskStatus;

describe('ProgressThrottle', () => {
  let sent: ThrottledTask[];
  let throttle: ProgressThrottle<ThrottledTask>;

  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    throttle = new ProgressThrottle(
      250,
      (task) => sent.push(task),
      () => Date.now(),
    );
  });
  afterEach(() => {
    throttle.stop();
    vi.useRealTimers();
  });

  it('sends the first progress at once and the newest of a burst at the end of the interval', () => {
    for (let i = 1; i <= 9; i++) {
      throttle.offer({ id: 'a', status: IN_PROGRESS, progress: i / 10 });
      vi.advanceTimersByTime(10);
    }
    expect(sent.map((t) => t.progress)).toEqual([0.1]);
    vi.advanceTimersByTime(250);
    expect(sent.map((t) => t.progress)).toEqual([0.1, 0.9]);
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(2);
  });

  it('sends a status change and the final progress at once, dropping a held step they supersede', () => {
    throttle.offer({ id: 'a', status: IN_PROGRESS, progress: 0.1 });
    throttle.offer({ id: 'a', status: IN_PROGRESS, progress: 0.5 });
    throttle.offer({ id: 'a', status: IN_PROGRESS, progress: 1 });
    throttle.offer({ id: 'a', status: COMPLETED, progress: 1 });
    vi.advanceTimersByTime(1000);
    expect(sent.map((t) => [t.status, t.progress])).toEqual([
      [IN_PROGRESS, 0.1],
      [IN_PROGRESS, 1],
      [COMPLETED, 1],
    ]);
  });

  it('throttles each task on its own', () => {
    throttle.offer({ id: 'a', status: IN_PROGRESS, progress: 0.1 });
    throttle.offer({ id: 'b', status: IN_PROGRESS, progress: 0.1 });
    throttle.offer({ id: 'a', status: IN_PROGRESS, progress: 0.2 });
    expect(sent.map((t) => t.id)).toEqual(['a', 'b']);
    vi.advanceTimersByTime(250);
    expect(sent.map((t) => `${t.id}${t.progress}`)).toEqual(['a0.1', 'b0.1', 'a0.2']);
  });

  it('sends everything at once with an interval of 0', () => {
    const unthrottled = new ProgressThrottle<ThrottledTask>(0, (task) => sent.push(task));
    for (let i = 1; i <= 3; i++) unthrottled.offer({ id: 'a', status: IN_PROGRESS, progress: i / 10 });
    unthrottled.stop();
    expect(sent).toHaveLength(3);
  });
});
