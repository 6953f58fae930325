import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client, type FormattedExecutionResult, type Sink } from 'graphql-ws';
import WebSocket from 'ws';
import { graphql } from '../gql/index.js';
import type { Role } from '../gql/graphql.js';

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/**
 * POSTs one operation as an integrator would, with an optional bearer token. The document is
 * generated from the committed schema (`npm run codegen`), so its variables and result are typed.
 */
export async function gql<R, V>(url: string, document: TypedDocumentNode<R, V>, variables: NoInfer<V>, token?: string): Promise<GraphQLResult<R>> {
  return gqlText<R>(url, print(document), variables as Record<string, unknown>, token);
}

/** Like gql, but fails the test with the errors when there are any. */
export async function gqlOk<R, V>(url: string, document: TypedDocumentNode<R, V>, variables: NoInfer<V>, token?: string): Promise<R> {
  const result = await gql(url, document, variables, token);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

/**
 * POSTs a document as raw text, unchecked by codegen. Only for documents a test sends because the
 * server must refuse them (invalid against the schema, too deep, wrongly typed variables); every
 * valid operation goes through gql with a typed document.
 */
export async function gqlText<R = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResult<R>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult<R>;
}

export function errorCode(result: GraphQLResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

export function wsClient(url: string, connectionParams?: Record<string, unknown>, headers: Record<string, string> = {}): Client {
  return createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    // Tests observe a socket's end through on('closed') and the sinks; graphql-ws would also
    // print each refused connection's whole CloseEvent to the console.
    onNonLazyError: () => {},
  });
}

/** Subscribes over a wsClient with a typed document; returns the function that unsubscribes. */
export function subscribe<R, V>(client: Client, document: TypedDocumentNode<R, V>, variables: NoInfer<V>, sink: Sink<FormattedExecutionResult<R>>): () => void {
  return client.subscribe<R>({ query: print(document), variables: variables as Record<string, unknown> }, sink);
}

const SIGN_IN = graphql(`
  mutation GraphqlClient_SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) { token }
  }
`);

const CREATE_USER = graphql(`
  mutation GraphqlClient_CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { id }
  }
`);

export async function signIn(url: string, username: string, password: string): Promise<string> {
  const data = await gqlOk(url, SIGN_IN, { username, password });
  return data.signIn.token;
}

export async function createUser(url: string, adminToken: string, username: string, roles: Role[]): Promise<string> {
  const password = `${username}-password-123`;
  await gqlOk(url, CREATE_USER, { input: { username, password, roles } }, adminToken);
  return signIn(url, username, password);
}
