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
    "\n  mutation E2e_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { token }\n  }\n": typeof types.E2e_SignInDocument,
    "\n  mutation E2e_CreateApiToken($name: String!) {\n    createApiToken(name: $name) { secret }\n  }\n": typeof types.E2e_CreateApiTokenDocument,
    "\n  mutation DailyAudit_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n": typeof types.DailyAudit_CreateUserDocument,
    "\n  query DailyAudit_FirstRecording {\n    recordings(first: 1) { edges { node { id } } }\n  }\n": typeof types.DailyAudit_FirstRecordingDocument,
    "\n  mutation DailyAudit_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id } }\n  }\n": typeof types.DailyAudit_ExportDocument,
    "\n  query DailyAudit_Users {\n    users { username roles }\n  }\n": typeof types.DailyAudit_UsersDocument,
    "\n  query DailyAudit_Settings {\n    settings { exportsEnabled }\n  }\n": typeof types.DailyAudit_SettingsDocument,
    "\n  mutation DailyLists_CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { id }\n  }\n": typeof types.DailyLists_CreateGroupDocument,
    "\n  mutation DailyLists_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id } }\n  }\n": typeof types.DailyLists_ExportDocument,
    "\n  mutation DailyNotifications_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id } }\n  }\n": typeof types.DailyNotifications_ExportDocument,
    "\n  query DailyPlayback_Recordings {\n    recordings(first: 100) { edges { node { id format kind needsBrowserPreview terminal { cols } } } }\n  }\n": typeof types.DailyPlayback_RecordingsDocument,
    "\n  mutation DailyPreferences_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n": typeof types.DailyPreferences_CreateUserDocument,
    "\n  mutation DailyPreferences_SetPreference($key: String!, $value: String!) {\n    setPreference(key: $key, value: $value) { key }\n  }\n": typeof types.DailyPreferences_SetPreferenceDocument,
    "\n  query DailyTasks_Source($id: ID!) {\n    recording(id: $id) { sourceLocation }\n  }\n": typeof types.DailyTasks_SourceDocument,
    "\n  mutation DailyTime_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n": typeof types.DailyTime_CreateUserDocument,
    "\n  query DailyTime_FirstRecording {\n    recordings(first: 1) { edges { node { id startedAt } } }\n  }\n": typeof types.DailyTime_FirstRecordingDocument,
    "\n  mutation DailyTime_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id fileName recording { startedAt } } }\n  }\n": typeof types.DailyTime_ExportDocument,
    "\n  query DailyTime_Preferences {\n    me { preferences { key value } }\n  }\n": typeof types.DailyTime_PreferencesDocument,
    "\n  query GuacamolePlayback_Playbacks($recordingId: ID!) {\n    exportAudit(filter: { recordingId: $recordingId, action: [RECORDING_PLAYED] }, first: 100) { edges { node { actor outcome } } }\n  }\n": typeof types.GuacamolePlayback_PlaybacksDocument,
    "\n  query Playback_Playbacks($recordingId: ID!) {\n    exportAudit(filter: { recordingId: $recordingId, action: [RECORDING_PLAYED] }, first: 100) { edges { node { actor outcome } } }\n  }\n": typeof types.Playback_PlaybacksDocument,
    "\n  query VerifyPage_FirstTerminalRecording {\n    recordings(first: 1, filter: { kind: TERMINAL }) { edges { node { id } } }\n  }\n": typeof types.VerifyPage_FirstTerminalRecordingDocument,
    "\n  mutation VerifyPage_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id } }\n  }\n": typeof types.VerifyPage_ExportDocument,
    "\n  query VerifyPage_Task($id: ID!) {\n    exportTask(id: $id) { status downloadUrl evidenceBundleUrl outputSha256 }\n  }\n": typeof types.VerifyPage_TaskDocument,
};
const documents: Documents = {
    "\n  mutation E2e_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { token }\n  }\n": types.E2e_SignInDocument,
    "\n  mutation E2e_CreateApiToken($name: String!) {\n    createApiToken(name: $name) { secret }\n  }\n": types.E2e_CreateApiTokenDocument,
    "\n  mutation DailyAudit_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n": types.DailyAudit_CreateUserDocument,
    "\n  query DailyAudit_FirstRecording {\n    recordings(first: 1) { edges { node { id } } }\n  }\n": types.DailyAudit_FirstRecordingDocument,
    "\n  mutation DailyAudit_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id } }\n  }\n": types.DailyAudit_ExportDocument,
    "\n  query DailyAudit_Users {\n    users { username roles }\n  }\n": types.DailyAudit_UsersDocument,
    "\n  query DailyAudit_Settings {\n    settings { exportsEnabled }\n  }\n": types.DailyAudit_SettingsDocument,
    "\n  mutation DailyLists_CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { id }\n  }\n": types.DailyLists_CreateGroupDocument,
    "\n  mutation DailyLists_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id } }\n  }\n": types.DailyLists_ExportDocument,
    "\n  mutation DailyNotifications_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id } }\n  }\n": types.DailyNotifications_ExportDocument,
    "\n  query DailyPlayback_Recordings {\n    recordings(first: 100) { edges { node { id format kind needsBrowserPreview terminal { cols } } } }\n  }\n": types.DailyPlayback_RecordingsDocument,
    "\n  mutation DailyPreferences_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n": types.DailyPreferences_CreateUserDocument,
    "\n  mutation DailyPreferences_SetPreference($key: String!, $value: String!) {\n    setPreference(key: $key, value: $value) { key }\n  }\n": types.DailyPreferences_SetPreferenceDocument,
    "\n  query DailyTasks_Source($id: ID!) {\n    recording(id: $id) { sourceLocation }\n  }\n": types.DailyTasks_SourceDocument,
    "\n  mutation DailyTime_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n": types.DailyTime_CreateUserDocument,
    "\n  query DailyTime_FirstRecording {\n    recordings(first: 1) { edges { node { id startedAt } } }\n  }\n": types.DailyTime_FirstRecordingDocument,
    "\n  mutation DailyTime_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id fileName recording { startedAt } } }\n  }\n": types.DailyTime_ExportDocument,
    "\n  query DailyTime_Preferences {\n    me { preferences { key value } }\n  }\n": types.DailyTime_PreferencesDocument,
    "\n  query GuacamolePlayback_Playbacks($recordingId: ID!) {\n    exportAudit(filter: { recordingId: $recordingId, action: [RECORDING_PLAYED] }, first: 100) { edges { node { actor outcome } } }\n  }\n": types.GuacamolePlayback_PlaybacksDocument,
    "\n  query Playback_Playbacks($recordingId: ID!) {\n    exportAudit(filter: { recordingId: $recordingId, action: [RECORDING_PLAYED] }, first: 100) { edges { node { actor outcome } } }\n  }\n": types.Playback_PlaybacksDocument,
    "\n  query VerifyPage_FirstTerminalRecording {\n    recordings(first: 1, filter: { kind: TERMINAL }) { edges { node { id } } }\n  }\n": types.VerifyPage_FirstTerminalRecordingDocument,
    "\n  mutation VerifyPage_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id } }\n  }\n": types.VerifyPage_ExportDocument,
    "\n  query VerifyPage_Task($id: ID!) {\n    exportTask(id: $id) { status downloadUrl evidenceBundleUrl outputSha256 }\n  }\n": types.VerifyPage_TaskDocument,
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
export function graphql(source: "\n  mutation E2e_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { token }\n  }\n"): (typeof documents)["\n  mutation E2e_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { token }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2e_CreateApiToken($name: String!) {\n    createApiToken(name: $name) { secret }\n  }\n"): (typeof documents)["\n  mutation E2e_CreateApiToken($name: String!) {\n    createApiToken(name: $name) { secret }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DailyAudit_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation DailyAudit_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DailyAudit_FirstRecording {\n    recordings(first: 1) { edges { node { id } } }\n  }\n"): (typeof documents)["\n  query DailyAudit_FirstRecording {\n    recordings(first: 1) { edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DailyAudit_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id } }\n  }\n"): (typeof documents)["\n  mutation DailyAudit_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DailyAudit_Users {\n    users { username roles }\n  }\n"): (typeof documents)["\n  query DailyAudit_Users {\n    users { username roles }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DailyAudit_Settings {\n    settings { exportsEnabled }\n  }\n"): (typeof documents)["\n  query DailyAudit_Settings {\n    settings { exportsEnabled }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DailyLists_CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation DailyLists_CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DailyLists_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id } }\n  }\n"): (typeof documents)["\n  mutation DailyLists_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DailyNotifications_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id } }\n  }\n"): (typeof documents)["\n  mutation DailyNotifications_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DailyPlayback_Recordings {\n    recordings(first: 100) { edges { node { id format kind needsBrowserPreview terminal { cols } } } }\n  }\n"): (typeof documents)["\n  query DailyPlayback_Recordings {\n    recordings(first: 100) { edges { node { id format kind needsBrowserPreview terminal { cols } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DailyPreferences_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation DailyPreferences_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DailyPreferences_SetPreference($key: String!, $value: String!) {\n    setPreference(key: $key, value: $value) { key }\n  }\n"): (typeof documents)["\n  mutation DailyPreferences_SetPreference($key: String!, $value: String!) {\n    setPreference(key: $key, value: $value) { key }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DailyTasks_Source($id: ID!) {\n    recording(id: $id) { sourceLocation }\n  }\n"): (typeof documents)["\n  query DailyTasks_Source($id: ID!) {\n    recording(id: $id) { sourceLocation }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DailyTime_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation DailyTime_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DailyTime_FirstRecording {\n    recordings(first: 1) { edges { node { id startedAt } } }\n  }\n"): (typeof documents)["\n  query DailyTime_FirstRecording {\n    recordings(first: 1) { edges { node { id startedAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DailyTime_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id fileName recording { startedAt } } }\n  }\n"): (typeof documents)["\n  mutation DailyTime_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id fileName recording { startedAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DailyTime_Preferences {\n    me { preferences { key value } }\n  }\n"): (typeof documents)["\n  query DailyTime_Preferences {\n    me { preferences { key value } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuacamolePlayback_Playbacks($recordingId: ID!) {\n    exportAudit(filter: { recordingId: $recordingId, action: [RECORDING_PLAYED] }, first: 100) { edges { node { actor outcome } } }\n  }\n"): (typeof documents)["\n  query GuacamolePlayback_Playbacks($recordingId: ID!) {\n    exportAudit(filter: { recordingId: $recordingId, action: [RECORDING_PLAYED] }, first: 100) { edges { node { actor outcome } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Playback_Playbacks($recordingId: ID!) {\n    exportAudit(filter: { recordingId: $recordingId, action: [RECORDING_PLAYED] }, first: 100) { edges { node { actor outcome } } }\n  }\n"): (typeof documents)["\n  query Playback_Playbacks($recordingId: ID!) {\n    exportAudit(filter: { recordingId: $recordingId, action: [RECORDING_PLAYED] }, first: 100) { edges { node { actor outcome } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyPage_FirstTerminalRecording {\n    recordings(first: 1, filter: { kind: TERMINAL }) { edges { node { id } } }\n  }\n"): (typeof documents)["\n  query VerifyPage_FirstTerminalRecording {\n    recordings(first: 1, filter: { kind: TERMINAL }) { edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyPage_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id } }\n  }\n"): (typeof documents)["\n  mutation VerifyPage_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyPage_Task($id: ID!) {\n    exportTask(id: $id) { status downloadUrl evidenceBundleUrl outputSha256 }\n  }\n"): (typeof documents)["\n  query VerifyPage_Task($id: ID!) {\n    exportTask(id: $id) { status downloadUrl evidenceBundleUrl outputSha256 }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;