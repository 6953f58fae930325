import { BatchLoader } from '../common/batch-loader.js';

/**
 * Loads the keys asked for in one tick in one query, like BatchLoader, but keeps nothing once
 * that batch is read: for values that change while a subscription lives (queue positions, the
 * tasks of a request), where each event must read them afresh.
 */
export class FreshBatchLoader<K, V> {
  private current: BatchLoader<K, V> | null = null;

  constructor(private readonly loadMany: (keys: K[]) => Promise<Map<K, V>>) {}

  load(key: K): Promise<V | null> {
    if (!this.current) {
      const loader = new BatchLoader(this.loadMany);
      this.current = loader;
      // Scheduled before the loader's own flush, so that keys asked for later start a new batch.
      setImmediate(() => {
        if (this.current === loader) this.current = null;
      });
    }
    return this.current.load(key);
  }
}
