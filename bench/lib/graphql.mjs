import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { onCleanup } from './cleanup.mjs';
import { ADMIN } from './system.mjs';

/** POSTs one operation, as an integrator would. */
export async function gql(url, query, variables = {}, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function signIn(url, username, password) {
  const data = await gql(url, 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }', { u: username, p: password });
  return data.signIn.token;
}

/** Creates a user who may export (LOGGING_READER + PRIVILEGED_PLAYER) and returns its token. */
export async function exporterToken(url) {
  const admin = await signIn(url, ADMIN.username, ADMIN.password);
  const username = 'bench-investigator';
  const password = 'bench-investigator-password-2026';
  await gql(
    url,
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { username, password, roles: ['LOGGING_READER', 'PRIVILEGED_PLAYER'] } },
    admin,
  );
  return signIn(url, username, password);
}

export const EXPORT_MUTATION = 'mutation($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id status } } }';

/**
 * A graphql-ws subscription to taskUpdated for every task the user may see. Each event is kept
 * with the time it arrived (performance.now(), and Date.now() for comparing with database
 * timestamps). `waitFor(predicate)` resolves with the first matching event, past or future.
 */
export async function subscribeTaskEvents(url, token) {
  const client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { token },
    retryAttempts: 0,
    lazy: false,
  });
  onCleanup('close the websocket', () => client.dispose());
  const events = [];
  const waiters = new Set();
  let failure = null;
  const connected = new Promise((resolve, reject) => {
    client.on('connected', () => resolve());
    client.on('closed', (event) => reject(new Error(`websocket closed: ${event?.code} ${event?.reason ?? ''}`)));
  });
  client.subscribe(
    { query: 'subscription { taskUpdated { id status progress } }' },
    {
      next: ({ data, errors }) => {
        const at = performance.now();
        if (errors?.length) {
          failure = new Error(`subscription errors: ${JSON.stringify(errors)}`);
        } else {
          events.push({ ...data.taskUpdated, at, wall: Date.now() });
        }
        for (const check of waiters) check();
      },
      error: (error) => {
        failure = error instanceof Error ? error : new Error(`subscription failed: ${JSON.stringify(error)}`);
        for (const check of waiters) check();
      },
      complete: () => undefined,
    },
  );
  await connected;
  // The connection is acknowledged; give the subscribe message a moment to reach the server.
  await new Promise((r) => setTimeout(r, 300));

  return {
    events,
    first: (id, status) => events.find((e) => e.id === id && e.status === status),
    waitFor: (predicate, timeoutMs = 120_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching task event within ${timeoutMs / 1000} s; last events: ${JSON.stringify(events.slice(-5))}`));
        }, timeoutMs);
        const check = () => {
          const found = events.find(predicate);
          if (found || failure) {
            clearTimeout(timer);
            waiters.delete(check);
            if (found) resolve(found);
            else reject(failure);
          }
        };
        waiters.add(check);
        check();
      }),
    dispose: () => client.dispose(),
  };
}
