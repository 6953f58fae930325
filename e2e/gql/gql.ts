/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation GuacamolePlayback_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { token }\n  }\n": typeof types.GuacamolePlayback_SignInDocument,
    "\n  mutation GuacamolePlayback_CreateApiToken($name: String!) {\n    createApiToken(name: $name) { secret }\n  }\n": typeof types.GuacamolePlayback_CreateApiTokenDocument,
    "\n  query GuacamolePlayback_Playbacks($recordingId: ID!) {\n    exportAudit(filter: { recordingId: $recordingId, action: [RECORDING_PLAYED] }, first: 100) { edges { node { actor outcome } } }\n  }\n": typeof types.GuacamolePlayback_PlaybacksDocument,
    "\n  mutation Playback_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { token }\n  }\n": typeof types.Playback_SignInDocument,
    "\n  query Playback_Playbacks($recordingId: ID!) {\n    exportAudit(filter: { recordingId: $recordingId, action: [RECORDING_PLAYED] }, first: 100) { edges { node { actor outcome } } }\n  }\n": typeof types.Playback_PlaybacksDocument,
};
const documents: Documents = {
    "\n  mutation GuacamolePlayback_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { token }\n  }\n": types.GuacamolePlayback_SignInDocument,
    "\n  mutation GuacamolePlayback_CreateApiToken($name: String!) {\n    createApiToken(name: $name) { secret }\n  }\n": types.GuacamolePlayback_CreateApiTokenDocument,
    "\n  query GuacamolePlayback_Playbacks($recordingId: ID!) {\n    exportAudit(filter: { recordingId: $recordingId, action: [RECORDING_PLAYED] }, first: 100) { edges { node { actor outcome } } }\n  }\n": types.GuacamolePlayback_PlaybacksDocument,
    "\n  mutation Playback_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { token }\n  }\n": types.Playback_SignInDocument,
    "\n  query Playback_Playbacks($recordingId: ID!) {\n    exportAudit(filter: { recordingId: $recordingId, action: [RECORDING_PLAYED] }, first: 100) { edges { node { actor outcome } } }\n  }\n": types.Playback_PlaybacksDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GuacamolePlayback_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { token }\n  }\n"): (typeof documents)["\n  mutation GuacamolePlayback_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { token }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GuacamolePlayback_CreateApiToken($name: String!) {\n    createApiToken(name: $name) { secret }\n  }\n"): (typeof documents)["\n  mutation GuacamolePlayback_CreateApiToken($name: String!) {\n    createApiToken(name: $name) { secret }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuacamolePlayback_Playbacks($recordingId: ID!) {\n    exportAudit(filter: { recordingId: $recordingId, action: [RECORDING_PLAYED] }, first: 100) { edges { node { actor outcome } } }\n  }\n"): (typeof documents)["\n  query GuacamolePlayback_Playbacks($recordingId: ID!) {\n    exportAudit(filter: { recordingId: $recordingId, action: [RECORDING_PLAYED] }, first: 100) { edges { node { actor outcome } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Playback_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { token }\n  }\n"): (typeof documents)["\n  mutation Playback_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { token }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Playback_Playbacks($recordingId: ID!) {\n    exportAudit(filter: { recordingId: $recordingId, action: [RECORDING_PLAYED] }, first: 100) { edges { node { actor outcome } } }\n  }\n"): (typeof documents)["\n  query Playback_Playbacks($recordingId: ID!) {\n    exportAudit(filter: { recordingId: $recordingId, action: [RECORDING_PLAYED] }, first: 100) { edges { node { actor outcome } } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;