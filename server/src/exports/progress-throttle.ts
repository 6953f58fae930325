import type { ExportTaskStatus } from './export-task-status.js';

/** What the throttle reads of an export task. */
export interface ThrottledTask {
  id: string;
  status: ExportTaskStatus;
  progress: number;
}

interface TaskState {
  status: ExportTaskStatus;
  sentAt: number;
  /** The newest update held back, sent when the interval is over. */
  held: ThrottledTask | null;
  timer: NodeJS.Timeout | null;
}

// A task not updated for this long is forgotten; its next update is sent at once.
const FORGET_AFTER_MS = 60_000;

/**
 * At most one progress event per task per interval. A change of status, and a progress of 1, are
 * sent at once (an update held back is dropped: the newer state supersedes it). A progress step
 * that comes too early is held and sent at the end of the interval, replaced by any newer one
 * meanwhile: the last progress of a burst is always delivered.
 */
export class ProgressThrottle<T extends ThrottledTask> {
  private readonly tasks = new Map<string, TaskState>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly intervalMs: number,
    private readonly send: (task: T) => void,
    private readonly now: () => number = Date.now,
  ) {
    this.sweeper = setInterval(() => this.forgetIdle(), FORGET_AFTER_MS);
    this.sweeper.unref();
  }

  offer(task: T): void {
    const state = this.tasks.get(task.id);
    const now = this.now();
    const immediate = !state || state.status !== task.status || task.progress >= 1 || now - state.sentAt >= this.intervalMs;
    if (!immediate) {
      state.held = task;
      state.timer ??= setTimeout(() => this.release(task.id), state.sentAt + this.intervalMs - now);
      return;
    }
    if (state?.timer) clearTimeout(state.timer);
    this.tasks.set(task.id, { status: task.status, sentAt: now, held: null, timer: null });
    this.send(task);
  }

  stop(): void {
    clearInterval(this.sweeper);
    for (const state of this.tasks.values()) if (state.timer) clearTimeout(state.timer);
    this.tasks.clear();
  }

  private release(id: string): void {
    const state = this.tasks.get(id);
    if (!state?.held) return;
    const held = state.held as T;
    this.tasks.set(id, { status: held.status, sentAt: this.now(), held: null, timer: null });
    this.send(held);
  }

  private forgetIdle(): void {
    const now = this.now();
    for (const [id, state] of this.tasks) if (!state.timer && now - state.sentAt > FORGET_AFTER_MS) this.tasks.delete(id);
  }
}
