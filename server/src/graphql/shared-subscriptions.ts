import {
  createSourceEventStream,
  execute,
  getOperationAST,
  print,
  subscribe,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { Counter, Histogram } from 'prom-client';
import type { WebSocket } from 'ws';
import type { Caller } from '../access/caller.js';
import type { RequestContext } from '../access/request-context.js';
import type { HubSubscription } from '../common/event-hub.js';
import { registry } from '../metrics/instruments.js';
import { SocketOutbox } from './socket-outbox.js';

/**
 * What decides, besides the operation, what one subscriber may see of one event: subscribers of
 * the same operation whose audience keys are equal are sent the very same result. It must cover
 * everything of the caller the selected fields read (see exports/task-audience.ts).
 */
export type AudienceOf = (event: never, caller: Caller) => string;

export interface SharedSubscriptionsOptions {
  schema: GraphQLSchema;
  /** Subscription root fields whose events are executed once per audience, with their audience key. */
  audiences: Readonly<Record<string, AudienceOf>>;
  /**
   * For a root field whose events are states of a thing, the key under which a newer event makes
   * an older one not sent yet pointless (the same task in the same status with newer progress).
   */
  supersedes?: Readonly<Record<string, (event: never) => string>>;
  /** A fresh context, and so a fresh unit of work, for one execution. */
  contextOf(caller: Caller): RequestContext;
  /** What graphql-ws's onNext does to a result with errors: audit refusals, hide internals. */
  finish(result: ExecutionResult): Promise<ExecutionResult | FormattedExecutionResult>;
  /** `per-subscriber` runs every event through graphql-ws once per subscriber, as before (the benchmark's baseline). */
  mode: 'shared' | 'per-subscriber';
}

/** One operation text with its variables; subscribers sharing one share executions. */
interface Operation {
  key: string;
  args: Pick<ExecutionArgs, 'document' | 'operationName' | 'variableValues'>;
  subscribers: number;
}

interface Subscriber {
  socket: WebSocket;
  /** The key under which this subscription's events supersede each other, when they do. */
  supersedeKeyOf?: (event: never) => string;
  /** The start of this subscription's `next` frame, up to its payload. */
  framePrefix: Buffer;
  caller: Caller;
  operation: Operation;
  active: boolean;
}

const executionsMetric = new Counter({
  name: 'custodian_subscription_executions_total',
  help: 'GraphQL executions of subscription events by the shared fan-out: once per audience (audience), and once per subscriber of a result with errors (subscriber).',
  labelNames: ['kind'],
  registers: [registry],
});

const fanoutSeconds = new Histogram({
  name: 'custodian_subscription_fanout_seconds',
  help: 'Time from the oldest event of a pass of the shared fan-out reaching it to the last frame of that pass written to the sockets.',
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

/**
 * Subscription events executed once per audience instead of once per subscriber. graphql-ws still
 * runs every subscription's start (limits, the resolver's subscribe with its guard and filter)
 * and end; only the events are taken over: the resolver's hub subscription hands them here, each
 * event is executed once per (operation, audience), and the one serialized result goes to every
 * socket of that audience with only the subscription id spliced in. A result with errors (a
 * refusal is audited per caller) is executed again for each subscriber, as graphql-ws would.
 */
export class SharedSubscriptions {
  /** Executions of events so far (shared and per subscriber), for tests and metrics. */
  executions = 0;
  private readonly targets = new WeakMap<object, { socket: WebSocket; id: string }>();
  private readonly operations = new Map<string, Operation>();
  /** Events waiting for the next flush: event → operation → audience key → subscribers. */
  private pending = new Map<unknown, Map<Operation, Map<string, Subscriber[]>>>();
  /** The pending event under each supersede key. */
  private latest = new Map<string, unknown>();
  /** When the oldest event waiting for the next flush arrived (performance.now()). */
  private pendingSince: number | null = null;
  /** The event `supersede` last ran for, with its key function. */
  private superseded: { event: unknown; keyOf: unknown } | null = null;
  private scheduled = false;
  private flushing = false;

  constructor(private readonly options: SharedSubscriptionsOptions) {}

  /** Notes which socket and subscription id an operation's context belongs to (from onSubscribe). */
  bind<C extends object>(context: C, socket: WebSocket, id: string): C {
    this.targets.set(context, { socket, id });
    return context;
  }

  /** graphql-ws's `subscribe` hook. */
  readonly subscribe = async (args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> => {
    const audienceOf = this.options.mode === 'shared' ? this.options.audiences[rootFieldOf(args) ?? ''] : undefined;
    const target = this.targets.get(args.contextValue as object);
    if (!audienceOf || !target) return subscribe(args);
    const source = await createSourceEventStream(args);
    // Not a stream: the resolver refused (its errors are sent as graphql would send them).
    if (!(Symbol.asyncIterator in source)) return source;
    if (!isHubSubscription(source)) {
      await (source as AsyncIterable<unknown> & Partial<AsyncIterator<unknown>>).return?.();
      return subscribe(args);
    }
    const subscriber: Subscriber = {
      socket: target.socket,
      supersedeKeyOf: this.options.supersedes?.[rootFieldOf(args) ?? ''],
      framePrefix: Buffer.from(`{"id":${JSON.stringify(target.id)},"type":"next","payload":`),
      caller: (args.contextValue as RequestContext).caller,
      operation: this.operationOf(args),
      active: true,
    };
    source.redirect((event) => this.enqueue(event, subscriber, audienceOf(event as never, subscriber.caller)));
    return untilReturned(async () => {
      if (!subscriber.active) return;
      subscriber.active = false;
      if (--subscriber.operation.subscribers === 0) this.operations.delete(subscriber.operation.key);
      await source.return();
    });
  };

  private operationOf(args: ExecutionArgs): Operation {
    const key = `${args.operationName ?? ''}\n${print(args.document)}\n${JSON.stringify(args.variableValues ?? {})}`;
    let operation = this.operations.get(key);
    if (!operation) {
      operation = { key, args: { document: args.document, operationName: args.operationName, variableValues: args.variableValues }, subscribers: 0 };
      this.operations.set(key, operation);
    }
    operation.subscribers++;
    return operation;
  }

  /**
   * An older state of the same thing, not sent yet, is dropped for everyone: this event replaces
   * it. An event reaches every subscriber in turn, so this runs once per event and key function,
   * not once per subscriber.
   */
  private supersede(event: unknown, keyOf: (event: never) => string): void {
    const last = this.superseded;
    if (last && last.event === event && last.keyOf === keyOf) return;
    this.superseded = { event, keyOf };
    const key = keyOf(event as never);
    const older = this.latest.get(key);
    if (older !== undefined && older !== event) this.pending.delete(older);
    this.latest.set(key, event);
  }

  private enqueue(event: unknown, subscriber: Subscriber, audience: string): void {
    this.pendingSince ??= performance.now();
    if (subscriber.supersedeKeyOf) this.supersede(event, subscriber.supersedeKeyOf);
    let byOperation = this.pending.get(event);
    if (!byOperation) {
      byOperation = new Map<Operation, Map<string, Subscriber[]>>();
      this.pending.set(event, byOperation);
    }
    let byAudience = byOperation.get(subscriber.operation);
    if (!byAudience) {
      byAudience = new Map<string, Subscriber[]>();
      byOperation.set(subscriber.operation, byAudience);
    }
    const group = byAudience.get(audience);
    if (group) group.push(subscriber);
    else byAudience.set(audience, [subscriber]);
    this.schedule();
  }

  /**
   * Events published together are flushed together, and flushes run one after another, so every
   * socket gets a task's events in the order they were published. Events that arrive during a
   * flush wait for the next one, where a newer state replaces an older one: when events come
   * faster than they can be sent to every socket, the backlog stays one state per task, and one
   * flush costs about one pass over the sockets however many tasks changed.
   */
  private schedule(): void {
    if (this.scheduled || this.flushing || this.pending.size === 0) return;
    this.scheduled = true;
    setImmediate(async () => {
      this.scheduled = false;
      this.flushing = true;
      try {
        while (this.pending.size > 0) {
          const batch = this.pending;
          const since = this.pendingSince ?? performance.now();
          this.pending = new Map();
          this.latest = new Map();
          this.superseded = null;
          this.pendingSince = null;
          await this.flush(batch);
          fanoutSeconds.observe((performance.now() - since) / 1000);
        }
      } catch (error) {
        console.error('subscription fan-out failed:', error);
      } finally {
        this.flushing = false;
        this.schedule();
      }
    });
  }

  /**
   * Executes every event of the batch once per audience (again per subscriber for a result with
   * errors), then sends in one pass over the sockets: each socket gets all of its frames, in
   * publish order, before the pass moves on to the next socket.
   */
  private async flush(batch: Map<unknown, Map<Operation, Map<string, Subscriber[]>>>): Promise<void> {
    const outbox = new SocketOutbox();
    const post = (subscriber: Subscriber, payload: Buffer) =>
      outbox.add(subscriber.socket, { prefix: subscriber.framePrefix, payload, subscription: subscriber });
    for (const [event, byOperation] of batch) {
      for (const [operation, byAudience] of byOperation) {
        for (const group of byAudience.values()) {
          const result = await this.execute(operation, event, group[0]!.caller, 'audience');
          if (result.errors) {
            for (const subscriber of group) {
              if (!subscriber.active) continue;
              const own = await this.execute(operation, event, subscriber.caller, 'subscriber');
              post(subscriber, payloadOf(await this.options.finish(own)));
            }
            continue;
          }
          const payload = payloadOf(result);
          for (const subscriber of group) if (subscriber.active) post(subscriber, payload);
        }
      }
    }
    await outbox.send();
  }

  private async execute(operation: Operation, event: unknown, caller: Caller, kind: 'audience' | 'subscriber'): Promise<ExecutionResult> {
    this.executions++;
    executionsMetric.inc({ kind });
    return execute({ schema: this.options.schema, ...operation.args, rootValue: event, contextValue: this.options.contextOf(caller) });
  }
}

/** A result serialized once, with the `}` that closes the frame its prefix opens. */
function payloadOf(result: ExecutionResult | FormattedExecutionResult): Buffer {
  return Buffer.from(`${JSON.stringify(result)}}`);
}

function rootFieldOf(args: ExecutionArgs): string | undefined {
  const operation = getOperationAST(args.document, args.operationName);
  const [selection] = operation?.selectionSet.selections ?? [];
  return selection?.kind === 'Field' ? selection.name.value : undefined;
}

function isHubSubscription(source: AsyncIterable<unknown>): source is HubSubscription<unknown> {
  return typeof (source as Partial<HubSubscription<unknown>>).redirect === 'function';
}

/**
 * What graphql-ws iterates for a shared subscription: it yields nothing (events are sent by the
 * fan-out) and ends when graphql-ws returns it, on `complete` or when the socket closes.
 */
function untilReturned(onReturn: () => Promise<unknown>): AsyncGenerator<ExecutionResult> {
  let end!: (result: IteratorResult<ExecutionResult>) => void;
  const ended = new Promise<IteratorResult<ExecutionResult>>((resolve) => (end = resolve));
  const done: IteratorResult<ExecutionResult> = { value: undefined, done: true };
  const generator: AsyncGenerator<ExecutionResult> = {
    next: () => ended,
    return: async () => {
      await onReturn();
      end(done);
      return done;
    },
    throw: async (error: unknown) => {
      await generator.return(undefined);
      throw error;
    },
    [Symbol.asyncIterator]: () => generator,
  };
  return generator;
}
