import { describe, expect, it } from 'vitest';
import { currentLogContext, jsonLine, withLogContext } from './log.js';

describe('log context', () => {
  it('follows the work across awaits and timers, and ends with it', async () => {
    const seen = await withLogContext({ requestId: 'req-1' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const inner = await withLogContext({ taskId: 'task-9' }, async () => {
        await Promise.resolve();
        return currentLogContext();
      });
      return { inner, outer: currentLogContext() };
    });
    expect(seen).toEqual({ inner: { requestId: 'req-1', taskId: 'task-9' }, outer: { requestId: 'req-1' } });
    expect(currentLogContext()).toEqual({});
  });

  it('keeps concurrent requests apart', async () => {
    const one = withLogContext({ requestId: 'a' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      return currentLogContext().requestId;
    });
    const two = withLogContext({ requestId: 'b' }, async () => currentLogContext().requestId);
    expect(await Promise.all([one, two])).toEqual(['a', 'b']);
  });

  it('writes JSON lines with the ids of the context', () => {
    const at = new Date('2026-12-01T04:00:00Z');
    expect(JSON.parse(jsonLine('api', 'info', 'plain "quoted"\nline', at))).toEqual({
      time: '2026-12-01T04:00:00.000Z',
      level: 'info',
      role: 'api',
      msg: 'plain "quoted"\nline',
    });
    const line = withLogContext({ taskId: 't-1' }, () => jsonLine('worker', 'error', 'failed', at));
    expect(JSON.parse(line)).toMatchObject({ role: 'worker', level: 'error', msg: 'failed', taskId: 't-1' });
  });
});
