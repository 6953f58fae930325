import type { ExportTask } from './export-task.entity.js';

// A subscriber that stops reading keeps at most this many events; older ones are dropped first.
// Progress events supersede each other, and the final status is always the newest.
const BUFFER_LIMIT = 256;

/**
 * Fans task updates out to the subscriptions of this API process. Each subscriber gets its own
 * bounded queue, so a slow websocket cannot hold memory or delay the others.
 */
export class TaskEventHub {
  private readonly subscribers = new Set<(task: ExportTask) => void>();

  publish(task: ExportTask): void {
    for (const push of this.subscribers) push(task);
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  subscribe(accept: (task: ExportTask) => boolean): AsyncIterableIterator<ExportTask> {
    const buffer: ExportTask[] = [];
    let wake: ((result: IteratorResult<ExportTask>) => void) | null = null;
    let done = false;
    const push = (task: ExportTask) => {
      if (!accept(task)) return;
      if (wake) {
        const resolve = wake;
        wake = null;
        resolve({ value: task, done: false });
        return;
      }
      buffer.push(task);
      if (buffer.length > BUFFER_LIMIT) buffer.shift();
    };
    this.subscribers.add(push);
    const finish = (): Promise<IteratorResult<ExportTask>> => {
      done = true;
      this.subscribers.delete(push);
      buffer.length = 0;
      wake?.({ value: undefined, done: true });
      wake = null;
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (buffer.length) return Promise.resolve({ value: buffer.shift()!, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (wake = resolve));
      },
      return: finish,
      throw: (error?: unknown) => finish().then(() => Promise.reject(error)),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}
