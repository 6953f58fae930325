import { describe, expect, it } from 'vitest';
import { FreshBatchLoader } from './fresh-batch-loader.js';

describe('FreshBatchLoader', () => {
  it('reads the keys of one tick in one call, and reads them again in a later tick', async () => {
    let version = 0;
    const calls: string[][] = [];
    const loader = new FreshBatchLoader<string, string>(async (keys) => {
      calls.push(keys);
      version += 1;
      return new Map(keys.map((key) => [key, `${key}@${version}`]));
    });

    expect(await Promise.all([loader.load('a'), loader.load('b'), loader.load('a')])).toEqual(['a@1', 'b@1', 'a@1']);
    expect(await loader.load('a')).toBe('a@2');
    expect(calls).toEqual([['a', 'b'], ['a']]);
  });
});
