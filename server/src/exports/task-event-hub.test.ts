import { describe, expect, it } from 'vitest';
import type { ExportTask } from './export-task.entity.js';
import { TaskEventHub } from './task-event-hub.js';

const task = (id: string) => ({ id }) as ExportTask;

describe('TaskEventHub', () => {
  it('delivers accepted events in order, to each subscriber', async () => {
    const hub = new TaskEventHub();
    const all = hub.subscribe(() => true);
    const onlyB = hub.subscribe((t) => t.id === 'b');
    hub.publish(task('a'));
    hub.publish(task('b'));
    expect((await all.next()).value.id).toBe('a');
    expect((await all.next()).value.id).toBe('b');
    expect((await onlyB.next()).value.id).toBe('b');
  });

  it('wakes a waiting subscriber and forgets it when it returns', async () => {
    const hub = new TaskEventHub();
    const sub = hub.subscribe(() => true);
    const pending = sub.next();
    hub.publish(task('x'));
    expect((await pending).value.id).toBe('x');
    await sub.return!();
    expect(hub.subscriberCount).toBe(0);
    expect(await sub.next()).toEqual({ value: undefined, done: true });
  });

  it('keeps the newest events when a subscriber falls behind', async () => {
    const hub = new TaskEventHub();
    const sub = hub.subscribe(() => true);
    for (let i = 0; i < 300; i++) hub.publish(task(String(i)));
    expect((await sub.next()).value.id).toBe('44');
  });
});
