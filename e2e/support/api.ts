import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type APIRequestContext, expect } from '@playwright/test';
import { print } from 'graphql';
import { graphql } from '../gql/index.js';

/*
 * What the browser tests set up and check through the API, as any client would: the users they
 * sign in as, GraphQL calls that must succeed, and the sign-in and API token a recording agent uses.
 */

/** start-system.mjs fixes the administrator's password. */
export const ADMIN = { username: 'admin', password: 'e2e-admin-password' };
/** Demo user: LOGGING_READER and PRIVILEGED_PLAYER, who may export. */
export const INVESTIGATOR = { username: 'investigator', password: 'investigator-password' };
/** Demo user: PLAYER only, who plays unrestricted recordings and may not export. */
export const PLAYER = { username: 'player', password: 'player-password' };
/** Demo user: LOGGING_READER only, who reads the audit. */
export const AUDITOR = { username: 'auditor', password: 'auditor-password' };

export interface Credentials {
  username: string;
  password: string;
}

const SIGN_IN = graphql(`
  mutation E2e_SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) { token }
  }
`);

const CREATE_API_TOKEN = graphql(`
  mutation E2e_CreateApiToken($name: String!) {
    createApiToken(name: $name) { secret }
  }
`);

/** A GraphQL call that must succeed; its data. */
export async function gqlOk<R, V>(request: APIRequestContext, document: TypedDocumentNode<R, V>, variables: NoInfer<V>, token?: string): Promise<R> {
  const response = await request.post('/graphql', { data: { query: print(document), variables }, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Signs in over the API; with a page's `request`, the page shares the session cookie. */
export async function signInToken(request: APIRequestContext, user: Credentials): Promise<string> {
  return (await gqlOk(request, SIGN_IN, user)).signIn.token;
}

/** A new API token of the signed-in user `token`, as a recording agent would hold. */
export async function createApiToken(request: APIRequestContext, token: string, name: string): Promise<string> {
  return (await gqlOk(request, CREATE_API_TOKEN, { name }, token)).createApiToken.secret;
}
