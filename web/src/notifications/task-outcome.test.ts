import { describe, expect, it } from 'vitest';
import { outcomeNotice, SeenKeys } from './task-outcome';

const task = (status: string, requester = 'u1', error: string | null = null) => ({
  id: 't1',
  status,
  error,
  recording: { userName: 'jdoe', serverName: 'db-01' },
  requestedBy: { id: requester },
});

describe('outcomeNotice', () => {
  it("tells the requester that their export completed or failed, with the failure's reason", () => {
    expect(outcomeNotice(task('COMPLETED'), 'u1')).toEqual({
      key: 't1:COMPLETED',
      tone: 'success',
      title: 'Export completed',
      body: 'The MP4 of jdoe on db-01 is ready to download.',
    });
    expect(outcomeNotice(task('FAILED', 'u1', 'The source file is corrupt.'), 'u1')?.body).toBe(
      'The export of jdoe on db-01 failed: The source file is corrupt.',
    );
  });

  it("says nothing about someone else's export, nor about other statuses", () => {
    expect(outcomeNotice(task('COMPLETED', 'u2'), 'u1')).toBeNull();
    for (const status of ['PENDING', 'IN_PROGRESS', 'CANCELLED', 'EXPIRED']) expect(outcomeNotice(task(status), 'u1')).toBeNull();
  });
});

describe('SeenKeys', () => {
  it('answers true once per key, and forgets the oldest beyond its limit', () => {
    const seen = new SeenKeys(2);
    expect(seen.firstTime('a')).toBe(true);
    expect(seen.firstTime('a')).toBe(false);
    seen.firstTime('b');
    seen.firstTime('c');
    expect(seen.firstTime('a')).toBe(true);
    expect(seen.firstTime('c')).toBe(false);
  });
});
