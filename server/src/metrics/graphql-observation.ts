import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, getOperationAST } from 'graphql';
import type { WebSocketServer } from 'ws';
import { type Log, withLogContext } from '../common/log.js';
import { graphqlOperationDuration } from './instruments.js';

// Operation names are chosen by clients: at most this many distinct ones get a series of their
// own; later newcomers, and names that are not plain identifiers, count as `other`.
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

/** The `operation` label of a resolved operation's name: bounded in number and in form. */
export class OperationNames {
  private readonly known = new Set<string>();

  constructor(private readonly max = MAX_OPERATION_NAMES) {}

  label(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.known.has(name)) return name;
    if (!OPERATION_NAME.test(name) || this.known.size >= this.max) return 'other';
    this.known.add(name);
    return name;
  }
}

/**
 * Times every GraphQL operation over HTTP. Only an operation that parsed and validated gives its
 * name to the label (a document that did not is `unknown`), so junk requests cannot claim names.
 */
export function graphqlMetricsPlugin(names = new OperationNames()): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      let resolved = false;
      return {
        async didResolveOperation() {
          resolved = true;
        },
        async willSendResponse({ operation, operationName, response }) {
          const failed = response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          graphqlOperationDuration.observe(
            {
              operation: resolved ? names.label(operationName) : 'unknown',
              type: resolved && operation ? operation.operation : 'unknown',
              outcome: failed ? 'error' : 'ok',
            },
            (performance.now() - started) / 1000,
          );
        },
      };
    },
  };
}

/**
 * Gives every message a GraphQL websocket receives an id of its own in the log context, so what
 * its handling logs (authentication, the operation, refusals) can be told apart from other
 * sockets' lines. Done at the socket, below the GraphQL protocol, whatever handles the messages.
 * With `requestLog`, each message's type (and an operation's name) is logged: never its payload,
 * which may hold a token.
 */
export function observeWebsocketMessages(wsServer: WebSocketServer, requestLog: Log | null = null): void {
  wsServer.on('connection', (socket) => {
    const emit = socket.emit.bind(socket);
    socket.emit = (event: string | symbol, ...args: unknown[]) => {
      if (event !== 'message') return emit(event, ...args);
      return withLogContext({ requestId: randomUUID() }, () => {
        if (requestLog) requestLog(`websocket ${describeMessage(args[0])}`);
        return emit(event, ...args);
      });
    };
  });
}

/** A websocket message's type and, for a subscribe message, its operation name; nothing else of it. */
function describeMessage(data: unknown): string {
  try {
    const message = JSON.parse(String(data)) as { type?: unknown; payload?: { operationName?: unknown } };
    const type = typeof message.type === 'string' ? message.type.slice(0, 40) : 'unknown';
    const name = message.payload?.operationName;
    return typeof name === 'string' && type === 'subscribe' ? `${type} ${name.slice(0, 100)}` : type;
  } catch {
    return 'unreadable message';
  }
}

interface Timed {
  started: number;
  operation: string;
  type: string;
  failed: boolean;
}

/**
 * Times GraphQL operations over websockets into the same histogram as HTTP's: a query or
 * mutation from its `subscribe` message until it completes; a subscription until it is set up
 * (its life afterwards is the client's choice, not a duration worth a histogram). An operation
 * refused before execution counts as `unknown`, as over HTTP. Keyed by socket context and
 * operation id, which graphql-ws keeps unique on a socket.
 */
export class WebsocketOperationTimer {
  private readonly running = new WeakMap<object, Map<string, Timed>>();

  constructor(private readonly names = new OperationNames()) {}

  /** A `subscribe` message arrived: the clock starts. */
  start(socket: object, id: string): void {
    const byId = this.running.get(socket) ?? new Map<string, Timed>();
    this.running.set(socket, byId);
    byId.set(id, { started: performance.now(), operation: 'unknown', type: 'unknown', failed: false });
  }

  /** The document parsed and validated: it names the operation. */
  resolved(socket: object, id: string, document: DocumentNode, operationName: string | null | undefined): void {
    const timed = this.running.get(socket)?.get(id);
    if (!timed) return;
    const operation = getOperationAST(document, operationName);
    timed.operation = this.names.label(operationName ?? operation?.name?.value);
    timed.type = operation?.operation ?? 'unknown';
  }

  /** A result with errors was sent, or the document was refused. */
  failed(socket: object, id: string): void {
    const timed = this.running.get(socket)?.get(id);
    if (timed) timed.failed = true;
  }

  /** Execution started; a subscription's setup ends here. */
  executing(socket: object, id: string): void {
    if (this.running.get(socket)?.get(id)?.type === 'subscription') this.finish(socket, id);
  }

  /** The operation completed (or was refused, or the socket closed). */
  finish(socket: object, id: string): void {
    const byId = this.running.get(socket);
    const timed = byId?.get(id);
    if (!timed) return;
    byId!.delete(id);
    graphqlOperationDuration.observe(
      { operation: timed.operation, type: timed.type, outcome: timed.failed ? 'error' : 'ok' },
      (performance.now() - timed.started) / 1000,
    );
  }
}
