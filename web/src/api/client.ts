import { Client, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { createGraphcache } from './cache';
import { errorCode } from './errors';
import { createLiveConnection, type LiveConnection } from './live-connection';

export interface ApiClient {
  client: Client;
  live: LiveConnection;
  dispose(): void;
}

export interface ApiClientOptions {
  /** Called when the server says the session is gone (expired, revoked, signed out elsewhere). */
  onUnauthenticated(): void;
}

/**
 * Operations that expect UNAUTHENTICATED as an ordinary answer (signing in with a wrong
 * password, asking who is signed in) set this in their context so it is not taken as a
 * lost session.
 */
export const expectsUnauthenticated = { expectsUnauthenticated: true } as const;

/**
 * One urql client per signed-in session: same origin, the session cookie on every request,
 * POST for queries (the server's CSRF prevention refuses GET), graphcache, and subscriptions
 * over graphql-ws.
 */
export function createApiClient({ onUnauthenticated }: ApiClientOptions): ApiClient {
  const live = createLiveConnection({ onUnauthorized: onUnauthenticated });

  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-first',
    fetchOptions: { credentials: 'same-origin' },
    exchanges: [
      mapExchange({
        onError(error, operation) {
          if (errorCode(error) === 'UNAUTHENTICATED' && !operation.context.expectsUnauthenticated) {
            onUnauthenticated();
          }
        },
      }),
      createGraphcache(),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const payload = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = live.ws.subscribe(payload, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });

  return {
    client,
    live,
    dispose: () => live.dispose(),
  };
}
