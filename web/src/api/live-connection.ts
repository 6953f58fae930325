import { createClient, type Client as WsClient } from 'graphql-ws';

/** What the subscription socket is doing, for the "Live" indicator. */
export type LiveState = 'idle' | 'connecting' | 'live' | 'reconnecting' | 'closed';

export interface LiveConnection {
  readonly ws: WsClient;
  /** Current state; read through {@link LiveConnection.subscribeState}. */
  getState(): LiveState;
  subscribeState(listener: () => void): () => void;
  /**
   * Called after the socket comes back from a lost connection. Events published while it was
   * down are gone, so anything kept live by a subscription must be fetched again.
   */
  onReconnect(listener: () => void): () => void;
  dispose(): void;
}

/** The server closes a socket without a valid session with 4401; retrying cannot help. */
const UNAUTHORIZED_CLOSE_CODE = 4401;
/** 4403: the page's origin is not allowed to open a cookie-authenticated socket. */
const FORBIDDEN_CLOSE_CODE = 4403;

export function graphqlWebSocketUrl(location: Location = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/graphql`;
}

/**
 * The graphql-ws client behind every subscription. The session cookie goes with the handshake,
 * so nothing is sent in `connection_init`. The socket opens with the first subscription and
 * closes with the last one.
 */
export function createLiveConnection({ url = graphqlWebSocketUrl(), onUnauthorized }: { url?: string; onUnauthorized?: () => void } = {}): LiveConnection {
  let state: LiveState = 'idle';
  let disconnected = false;
  const stateListeners = new Set<() => void>();
  const reconnectListeners = new Set<() => void>();

  const setState = (next: LiveState) => {
    if (next === state) return;
    state = next;
    for (const listener of stateListeners) listener();
  };

  const ws = createClient({
    url,
    lazy: true,
    keepAlive: 15_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    // Exponential backoff with jitter, capped so a server restart is noticed within seconds.
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * 2 ** retries) + Math.random() * 500)),
    shouldRetry: (event) => !(isCloseEvent(event) && event.code === FORBIDDEN_CLOSE_CODE),
    on: {
      connecting: () => setState(disconnected ? 'reconnecting' : 'connecting'),
      connected: (_socket, _payload, wasRetry) => {
        setState('live');
        if (wasRetry || disconnected) {
          disconnected = false;
          for (const listener of reconnectListeners) listener();
        }
      },
      closed: (event) => {
        // A normal close (1000) is the lazy close after the last subscription ended.
        if (isCloseEvent(event) && event.code === 1000) {
          disconnected = false;
          setState('idle');
        } else if (isCloseEvent(event) && event.code === UNAUTHORIZED_CLOSE_CODE) {
          setState('closed');
          onUnauthorized?.();
        } else {
          disconnected = true;
          setState('closed');
        }
      },
    },
  });

  return {
    ws,
    getState: () => state,
    subscribeState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    onReconnect(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
    dispose() {
      stateListeners.clear();
      reconnectListeners.clear();
      void ws.dispose();
    },
  };
}

function isCloseEvent(value: unknown): value is { code: number; reason: string } {
  return typeof value === 'object' && value !== null && 'code' in value && typeof (value as { code: unknown }).code === 'number';
}
