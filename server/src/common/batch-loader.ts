/**
 * Collects the keys asked for while a GraphQL response is resolved and loads them in one query,
 * so that a field on every row of a page costs one round trip, not one per row. Lives for one
 * request, so it also caches what it loaded.
 */
export class BatchLoader<K, V> {
  private readonly cache = new Map<K, Promise<V | null>>();
  private queue: { key: K; resolve: (value: V | null) => void; reject: (error: unknown) => void }[] = [];

  constructor(private readonly loadMany: (keys: K[]) => Promise<Map<K, V>>) {}

  load(key: K): Promise<V | null> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V | null>((resolve, reject) => {
      if (this.queue.length === 0) setImmediate(() => void this.flush());
      this.queue.push({ key, resolve, reject });
    });
    this.cache.set(key, promise);
    return promise;
  }

  private async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    try {
      const found = await this.loadMany([...new Set(batch.map((item) => item.key))]);
      for (const item of batch) item.resolve(found.get(item.key) ?? null);
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  }
}
