// A subscriber that stops reading keeps at most this many events; older ones are dropped first.
// Updates supersede each other, and the newest state is always kept.
const BUFFER_LIMIT = 256;

/**
 * A subscription of an EventHub: an async iterator of the events it accepts, which a shared
 * fan-out may instead have delivered to a function (see graphql/shared-subscriptions.ts).
 */
export interface HubSubscription<T> extends AsyncIterableIterator<T> {
  /** From now on accepted events go to `deliver`, synchronously, instead of the iterator's queue. */
  redirect(deliver: (event: T) => void): void;
  return(): Promise<IteratorResult<T>>;
}

/**
 * Fans events out to the subscriptions of this API process. Each subscriber gets its own bounded
 * queue, so a slow websocket cannot hold memory or delay the others.
 */
export class EventHub<T> {
  private readonly subscribers = new Set<(event: T) => void>();

  publish(event: T): void {
    for (const push of this.subscribers) push(event);
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  subscribe(accept: (event: T) => boolean): HubSubscription<T> {
    const buffer: T[] = [];
    let wake: ((result: IteratorResult<T>) => void) | null = null;
    let done = false;
    let redirected: ((event: T) => void) | null = null;
    const push = (event: T) => {
      if (!accept(event)) return;
      if (redirected) return redirected(event);
      if (wake) {
        const resolve = wake;
        wake = null;
        resolve({ value: event, done: false });
        return;
      }
      buffer.push(event);
      if (buffer.length > BUFFER_LIMIT) buffer.shift();
    };
    this.subscribers.add(push);
    const finish = (): Promise<IteratorResult<T>> => {
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
      redirect: (deliver) => {
        redirected = deliver;
        buffer.length = 0;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}
