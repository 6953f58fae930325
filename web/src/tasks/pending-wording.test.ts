import { describe, expect, it } from 'vitest';
import { pendingWording } from './pending-wording';

describe('pendingWording', () => {
  it('says how many tasks are ahead while a task service is online', () => {
    expect(pendingWording({ attempts: 0, queuePosition: 1 }, 2)).toBe('Next in the queue');
    expect(pendingWording({ attempts: 0, queuePosition: 2 }, 1)).toBe('Queued behind 1 task');
    expect(pendingWording({ attempts: 0, queuePosition: 8 }, 1)).toBe('Queued behind 7 tasks');
  });

  it('waits for a task service when none is online, or while it is not known yet', () => {
    expect(pendingWording({ attempts: 0, queuePosition: 8 }, 0)).toBe('Waiting for a task service');
    expect(pendingWording({ attempts: 0, queuePosition: 8 }, undefined)).toBe('Waiting for a task service');
  });

  it('names the next attempt of a task that went back to the queue', () => {
    expect(pendingWording({ attempts: 1, queuePosition: 3 }, 1)).toBe('Waiting to retry (attempt 2); queued behind 2 tasks');
    expect(pendingWording({ attempts: 2, queuePosition: 3 }, 0)).toBe('Waiting to retry (attempt 3)');
  });
});
