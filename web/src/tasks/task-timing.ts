/**
 * How long a task took or has been running, and when a running one should end, from its times
 * and progress. Pure: `now` is passed in, so a ticking clock is the caller's.
 */

export interface TaskTimes {
  status: string;
  progress: number;
  startedAt?: string | null;
  finishedAt?: string | null;
}

/** Seconds between start and finish, or from start until now while running; null before it started. */
export function taskDurationSeconds(task: TaskTimes, now: number): number | null {
  if (!task.startedAt) return null;
  const start = Date.parse(task.startedAt);
  const end = task.finishedAt ? Date.parse(task.finishedAt) : task.status === 'IN_PROGRESS' ? now : Number.NaN;
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  return Math.max(0, (end - start) / 1000);
}

/** Below this much progress, or this soon after the start, a rate says too little to promise a time. */
const MIN_PROGRESS = 0.02;
const MIN_ELAPSED_SECONDS = 3;

/**
 * Seconds left for a running task at the rate it has progressed since it started; null when
 * the task is not running or the rate cannot be known yet.
 */
export function taskRemainingSeconds(task: TaskTimes, now: number): number | null {
  if (task.status !== 'IN_PROGRESS') return null;
  const elapsed = taskDurationSeconds(task, now);
  if (elapsed === null || elapsed < MIN_ELAPSED_SECONDS || task.progress < MIN_PROGRESS) return null;
  if (task.progress >= 1) return 0;
  const rate = task.progress / elapsed;
  return (1 - task.progress) / rate;
}

/** The instant a running task should end, as ISO 8601, or null when unknown. */
export function taskEta(task: TaskTimes, now: number): string | null {
  const remaining = taskRemainingSeconds(task, now);
  return remaining === null ? null : new Date(now + remaining * 1000).toISOString();
}
