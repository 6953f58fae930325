import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** POSTs one operation as an integrator would, with an optional bearer token. */
export async function gql<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResult<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult<T>;
}

/** Like gql, but fails the test with the errors when there are any. */
export async function gqlOk<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const result = await gql<T>(url, query, variables, token);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

export function errorCode(result: GraphQLResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

export function wsClient(url: string, connectionParams?: Record<string, unknown>, headers: Record<string, string> = {}): Client {
  return createClient({
    url: url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    connectionParams,
    retryAttempts: 0,
    lazy: false,
  });
}

export async function signIn(url: string, username: string, password: string): Promise<string> {
  const data = await gqlOk<{ signIn: { token: string } }>(url, 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }', { u: username, p: password });
  return data.signIn.token;
}

export async function createUser(url: string, adminToken: string, username: string, roles: string[]): Promise<string> {
  const password = `${username}-password-123`;
  await gqlOk(url, 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { username, password, roles } }, adminToken);
  return signIn(url, username, password);
}
