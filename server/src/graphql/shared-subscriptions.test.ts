import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { GraphQLBoolean, GraphQLError, GraphQLID, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { callerOf, type Caller } from '../access/caller.js';
import type { RequestContext } from '../access/request-context.js';
import { Role } from '../access/role.js';
import { viewerOf } from '../access/viewer.js';
import { EventHub } from '../common/event-hub.js';
import { registry } from '../metrics/instruments.js';
import { SharedSubscriptions } from './shared-subscriptions.js';

/*
 * The fan-out against a real graphql-ws server and real websocket clients, with a small schema
 * whose results depend on the subscriber the way taskUpdated's do: visibility by role, a flag for
 * the event's owner, and a field refused to everyone but the owner.
 */

interface Event {
  id: string;
  owner: string;
  secret: boolean;
}

const hub = new EventHub<Event>();
let resolverCalls = 0;

const EventType = new GraphQLObjectType<Event, RequestContext>({
  name: 'Event',
  fields: {
    id: { type: new GraphQLNonNull(GraphQLID) },
    mine: {
      type: new GraphQLNonNull(GraphQLBoolean),
      resolve: (event, _args, { caller }) => {
        resolverCalls++;
        return event.owner === caller.viewer?.user.id;
      },
    },
    ownerOnly: {
      type: GraphQLString,
      resolve: (event, _args, { caller }) => {
        if (event.owner !== caller.viewer?.user.id) throw new GraphQLError('Only the owner may read this.', { extensions: { code: 'FORBIDDEN' } });
        return `for ${event.owner}`;
      },
    },
  },
});

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLBoolean, resolve: () => true } } }),
  subscription: new GraphQLObjectType<Event, RequestContext>({
    name: 'Subscription',
    fields: {
      updated: {
        type: new GraphQLNonNull(EventType),
        subscribe: (_root, _args, { caller }: RequestContext) => {
          const roles = caller.viewer!.roles;
          return hub.subscribe((event) => !event.secret || roles.has(Role.PRIVILEGED_PLAYER));
        },
        resolve: (event: Event) => event,
      },
    },
  }),
});

const users: Record<string, Caller> = {
  alice: callerOf(viewerOf({ id: 'alice', username: 'alice' }, [Role.LOGGING_READER, Role.PRIVILEGED_PLAYER], { sessionId: 's1' })),
  bob: callerOf(viewerOf({ id: 'bob', username: 'bob' }, [Role.LOGGING_READER, Role.PRIVILEGED_PLAYER], { sessionId: 's2' })),
  carol: callerOf(viewerOf({ id: 'carol', username: 'carol' }, [Role.LOGGING_READER], { sessionId: 's3' })),
};

const contextOf = (caller: Caller): RequestContext => ({
  caller,
  cookie: null,
  get: () => {
    throw new Error('no services here');
  },
});

/** Roles and ownership decide the result, as taskAudience does for taskUpdated. */
const audience = (event: Event, caller: Caller) => `${[...caller.viewer!.roles].sort().join(',')}|${event.owner === caller.viewer!.user.id}`;

async function start(mode: 'shared' | 'per-subscriber', supersedes?: (event: Event) => string) {
  const finished: unknown[] = [];
  // What the API's onNext does, minus the audit: errors without internals.
  const finish = async (result: ExecutionResult) => {
    if (!result.errors) return result;
    finished.push(result);
    return { ...result, errors: result.errors.map((e) => e.toJSON()) };
  };
  const shared = new SharedSubscriptions({
    schema,
    audiences: { updated: audience as never },
    supersedes: supersedes ? { updated: supersedes as never } : undefined,
    contextOf,
    finish,
    mode,
  });
  const http = createServer();
  const wss = new WebSocketServer({ server: http, path: '/graphql' });
  const cleanup = useServer<{ user: string }, { caller?: Caller }>(
    {
      schema,
      onConnect: (ctx) => {
        ctx.extra.caller = users[ctx.connectionParams!.user];
        return true;
      },
      onSubscribe: (ctx, id, payload) => ({
        schema,
        document: parse(payload.query),
        operationName: payload.operationName,
        variableValues: payload.variables,
        contextValue: shared.bind(contextOf(ctx.extra.caller!), ctx.extra.socket, id),
      }),
      onNext: (_ctx, _id, _payload, _args, result) => finish(result),
      subscribe: shared.subscribe,
    },
    wss,
  );
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { shared, http, wss, cleanup, finished, url: `ws://127.0.0.1:${(http.address() as AddressInfo).port}/graphql` };
}

interface Listener {
  client: Client;
  received: unknown[];
}

async function listen(url: string, user: string, query: string): Promise<Listener> {
  const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { user }, retryAttempts: 0, lazy: false });
  const received: unknown[] = [];
  await new Promise<void>((resolve) => client.on('connected', () => resolve()));
  client.subscribe({ query }, { next: (r) => received.push(r), error: (e) => received.push({ error: String(e) }), complete: () => undefined });
  return { client, received };
}

const settle = (ms = 150) => new Promise((r) => setTimeout(r, ms));

describe('SharedSubscriptions', () => {
  let servers: { http: Server; cleanup: { dispose(): Promise<void> | void } }[] = [];
  let listeners: Listener[] = [];

  afterEach(async () => {
    for (const l of listeners) await l.client.dispose();
    for (const s of servers) {
      await s.cleanup.dispose();
      s.http.close();
    }
    listeners = [];
    servers = [];
  });

  it('executes an event once per audience and sends each subscriber what per-subscriber execution sends', async () => {
    const shared = await start('shared');
    const former = await start('per-subscriber');
    servers.push(shared, former);
    const query = 'subscription { updated { id mine } }';
    const people = ['alice', 'alice', 'alice', 'bob', 'bob', 'carol', 'carol'];
    const onShared = await Promise.all(people.map((u) => listen(shared.url, u, query)));
    const onFormer = await Promise.all(people.map((u) => listen(former.url, u, query)));
    listeners.push(...onShared, ...onFormer);
    await settle();
    resolverCalls = 0;
    hub.publish({ id: 'e1', owner: 'alice', secret: false });
    hub.publish({ id: 'e2', owner: 'bob', secret: true });
    await settle();

    // e1: alice (owner), bob, carol; e2: alice, bob (owner); carol may not see it.
    expect(shared.shared.executions).toBe(5);
    // The per-subscriber server ran `mine` once per subscriber and event: 7 + 5.
    expect(resolverCalls).toBe(5 + 12);
    for (let i = 0; i < people.length; i++) expect(onShared[i]!.received, people[i]).toEqual(onFormer[i]!.received);
    expect(onShared[0]!.received).toEqual([{ data: { updated: { id: 'e1', mine: true } } }, { data: { updated: { id: 'e2', mine: false } } }]);
    expect(onShared[5]!.received).toEqual([{ data: { updated: { id: 'e1', mine: false } } }]);
  });

  it('executes a result with errors again for each subscriber and finishes each, as graphql-ws would', async () => {
    const shared = await start('shared');
    servers.push(shared);
    const query = 'subscription { updated { id ownerOnly } }';
    const onShared = await Promise.all(['alice', 'bob', 'bob'].map((u) => listen(shared.url, u, query)));
    listeners.push(...onShared);
    await settle();
    hub.publish({ id: 'e3', owner: 'alice', secret: false });
    await settle();
    // alice's audience: one execution; bob's: one, refused, then once per bob subscriber.
    expect(shared.shared.executions).toBe(4);
    expect(shared.finished).toHaveLength(2);
    expect(onShared[0]!.received).toEqual([{ data: { updated: { id: 'e3', ownerOnly: 'for alice' } } }]);
    for (const bob of onShared.slice(1)) {
      expect(bob.received).toEqual([
        {
          data: { updated: { id: 'e3', ownerOnly: null } },
          errors: [expect.objectContaining({ message: 'Only the owner may read this.', extensions: { code: 'FORBIDDEN' } })],
        },
      ]);
    }
  });

  it('sends only the newest of the events not sent yet that supersede each other, and every other event', async () => {
    // Events of one owner stand for states of one thing here, as a task's progress events do.
    const shared = await start('shared', (event) => event.owner);
    servers.push(shared);
    const carol = await listen(shared.url, 'carol', 'subscription { updated { id } }');
    listeners.push(carol);
    await settle();
    const before = await fanoutPasses();
    hub.publish({ id: 'a1', owner: 'alice', secret: false });
    hub.publish({ id: 'b1', owner: 'bob', secret: false });
    hub.publish({ id: 'a2', owner: 'alice', secret: false });
    await settle();
    expect(carol.received).toEqual([{ data: { updated: { id: 'b1' } } }, { data: { updated: { id: 'a2' } } }]);
    // Once sent, an event is not taken back: the next one is sent too.
    hub.publish({ id: 'a3', owner: 'alice', secret: false });
    await settle();
    expect(carol.received.at(-1)).toEqual({ data: { updated: { id: 'a3' } } });
    // Events published together went out in one pass, the last one in another: each pass timed once.
    const after = await fanoutPasses();
    expect(after.count - before.count).toBe(2);
    expect(after.sum).toBeGreaterThan(before.sum);
  });

  it('sends each socket every pending event before the next socket gets any', async () => {
    const shared = await start('shared');
    servers.push(shared);
    const query = 'subscription { updated { id } }';
    const people = ['alice', 'bob', 'carol', 'alice', 'bob', 'carol'];
    const onShared = await Promise.all(people.map((u) => listen(shared.url, u, query)));
    listeners.push(...onShared);
    await settle();
    // The order of the server's writes, socket by socket (frames are written to the TCP socket).
    const sends: WebSocket[] = [];
    for (const socket of shared.wss.clients) {
      const transport = (socket as unknown as { _socket: Socket })._socket;
      const write = transport.write.bind(transport);
      transport.write = ((...args: Parameters<typeof write>) => {
        sends.push(socket);
        return write(...args);
      }) as typeof transport.write;
    }
    // Two tasks change at once: neither waits for the other's pass over every socket.
    hub.publish({ id: 'e5', owner: 'alice', secret: false });
    hub.publish({ id: 'e6', owner: 'bob', secret: false });
    await settle();
    expect(sends).toHaveLength(2 * people.length);
    for (let i = 0; i < sends.length; i += 2) expect(sends[i + 1]).toBe(sends[i]);
    for (const listener of onShared) {
      expect(listener.received).toEqual([{ data: { updated: { id: 'e5' } } }, { data: { updated: { id: 'e6' } } }]);
    }
  });

  it('stops sending to a completed subscription and forgets it', async () => {
    const shared = await start('shared');
    servers.push(shared);
    const before = hub.subscriberCount;
    const alice = await listen(shared.url, 'alice', 'subscription { updated { id } }');
    listeners.push(alice);
    await settle();
    expect(hub.subscriberCount).toBe(before + 1);
    await alice.client.dispose();
    await settle();
    expect(hub.subscriberCount).toBe(before);
    hub.publish({ id: 'e4', owner: 'alice', secret: false });
    await settle();
    expect(shared.shared.executions).toBe(0);
  });
});

/** Passes of the shared fan-out timed so far (by every fan-out of this process), and their total time. */
async function fanoutPasses(): Promise<{ count: number; sum: number }> {
  const text = await registry.getSingleMetricAsString('custodian_subscription_fanout_seconds');
  const read = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
  return { count: read('custodian_subscription_fanout_seconds_count'), sum: read('custodian_subscription_fanout_seconds_sum') };
}
