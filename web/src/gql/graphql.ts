/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AuditAction =
  /** Export cancelled */
  | 'EXPORT_CANCELLED'
  /** Export completed */
  | 'EXPORT_COMPLETED'
  /** Export recording denied */
  | 'EXPORT_DENIED'
  /** Export downloaded */
  | 'EXPORT_DOWNLOADED'
  /** Export failed */
  | 'EXPORT_FAILED'
  /** Export recording */
  | 'EXPORT_REQUESTED'
  /** Play recording */
  | 'RECORDING_PLAYED';

export type AuditOutcome =
  | 'DENIED'
  | 'FAILURE'
  | 'SUCCESS';

export type ExportAuditFilter = {
  action?: Array<AuditAction> | null | undefined;
  /** Username of the actor. */
  actor?: string | null | undefined;
  from?: string | null | undefined;
  recordingId?: string | number | null | undefined;
  to?: string | null | undefined;
};

export type ExportRecordingsInput = {
  /** Repeating a request with the same key returns the tasks of the first one. */
  idempotencyKey?: string | null | undefined;
  /** Why the recordings are exported: 10 to 2000 characters after trimming. */
  reason: string;
  recordingIds: Array<string | number>;
  /** How terminal recordings are drawn; defaults suit evidence. */
  terminalOptions?: TerminalExportOptionsInput | null | undefined;
};

export type ExportTaskFilter = {
  from?: string | null | undefined;
  /** Username of the requester. */
  requestedBy?: string | null | undefined;
  status?: Array<ExportTaskStatus> | null | undefined;
  to?: string | null | undefined;
};

export type ExportTaskStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'PENDING';

export type RecordingFilter = {
  application?: string | null | undefined;
  clientIp?: string | null | undefined;
  clientName?: string | null | undefined;
  serverName?: string | null | undefined;
  startedFrom?: string | null | undefined;
  startedTo?: string | null | undefined;
  /** Matches any of user, server, client name, client IP and applications. */
  text?: string | null | undefined;
  userName?: string | null | undefined;
};

export type RecordingKind =
  /** A terminal session recorded as asciicast (v1, v2 or v3). */
  | 'TERMINAL'
  /** A screen recording in a video container (WebM, MP4, MKV, ...). */
  | 'VIDEO';

export type RecordingOrder = {
  direction?: SortDirection;
  field?: RecordingOrderField;
};

export type RecordingOrderField =
  | 'CLIENT_NAME'
  | 'DURATION'
  | 'SERVER_NAME'
  | 'SIZE'
  | 'STARTED_AT'
  | 'USER_NAME';

export type Role =
  | 'ADMINISTRATOR'
  | 'LOGGING_READER'
  | 'PLAYER'
  | 'PRIVILEGED_PLAYER';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** How terminal recordings are drawn into video. Video recordings ignore these. */
export type TerminalExportOptionsInput = {
  /** Font size in pixels, 8 to 48; default 16. */
  fontSize?: number | null | undefined;
  /** Most frames per second, 1 to 60; default 30. */
  frameRate?: number | null | undefined;
  /** Shorten every pause longer than this many seconds to it. Off (null) by default: evidence keeps real time. */
  idleTimeLimitSeconds?: number | null | undefined;
};

export type TopNav_SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type TopNav_SignOutMutation = { __typename: 'Mutation', signOut: boolean };

export type ExportAuditPage_ExportAuditQueryVariables = Exact<{
  filter?: ExportAuditFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ExportAuditPage_ExportAuditQuery = { __typename: 'Query', exportAudit: { __typename: 'AuditEventConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AuditEventEdge', cursor: string, node: { __typename: 'AuditEvent', id: string, action: AuditAction, actionLabel: string, actor: string | null, recordingId: string | null, taskId: string | null, reason: string | null, outcome: AuditOutcome, detail: string | null, clientAddress: string | null, occurredAt: string, recording: { __typename: 'Recording', id: string, userName: string, serverName: string, startedAt: string } | null } }> } };

export type SignInPage_SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInPage_SignInMutation = { __typename: 'Mutation', signIn: { __typename: 'SignInPayload', user: { __typename: 'User', id: string, username: string, roles: Array<Role>, canExport: boolean, canViewTasks: boolean, canReadAudit: boolean } } };

export type SessionProvider_UserFragment = { __typename: 'User', id: string, username: string, roles: Array<Role>, canExport: boolean, canViewTasks: boolean, canReadAudit: boolean };

export type SessionProvider_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionProvider_MeQuery = { __typename: 'Query', me: { __typename: 'User', id: string, username: string, roles: Array<Role>, canExport: boolean, canViewTasks: boolean, canReadAudit: boolean } | null };

export type RecordingPage_RecordingQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordingPage_RecordingQuery = { __typename: 'Query', recording: { __typename: 'Recording', id: string, userName: string, serverName: string, clientName: string, clientIp: string, applications: Array<string>, protocol: string, startedAt: string, endedAt: string, durationSeconds: number, sizeBytes: number, format: string, width: number | null, height: number | null, hasAudio: boolean, restricted: boolean, kind: RecordingKind, sourceSha256: string, importedAt: string, terminal: { __typename: 'TerminalInfo', asciicastVersion: number, cols: number, rows: number, command: string | null, title: string | null, termType: string | null } | null } };

export type RecordingPlayer_RecordingFragment = { __typename: 'Recording', id: string, kind: RecordingKind, width: number | null, height: number | null };

export type AllRecordingsPage_RecordingsQueryVariables = Exact<{
  filter?: RecordingFilter | null | undefined;
  orderBy?: RecordingOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AllRecordingsPage_RecordingsQuery = { __typename: 'Query', recordings: { __typename: 'RecordingConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'RecordingEdge', cursor: string, node: { __typename: 'Recording', id: string, userName: string, serverName: string, clientName: string, clientIp: string, applications: Array<string>, startedAt: string, durationSeconds: number, sizeBytes: number, kind: RecordingKind, format: string, width: number | null, height: number | null, hasAudio: boolean, restricted: boolean, terminal: { __typename: 'TerminalInfo', maxCols: number, maxRows: number } | null } }> } };

export type ExportDialog_RecordingFragment = { __typename: 'Recording', id: string, userName: string, serverName: string, startedAt: string, durationSeconds: number, restricted: boolean, kind: RecordingKind };

export type ExportDialog_ExportRecordingsMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type ExportDialog_ExportRecordingsMutation = { __typename: 'Mutation', exportRecordings: { __typename: 'ExportRecordingsPayload', tasks: Array<{ __typename: 'ExportTask', id: string, status: ExportTaskStatus, requestedAt: string }> } };

export type RecordingsTable_RecordingFragment = { __typename: 'Recording', id: string, userName: string, serverName: string, clientName: string, clientIp: string, applications: Array<string>, startedAt: string, durationSeconds: number, sizeBytes: number, kind: RecordingKind, format: string, width: number | null, height: number | null, hasAudio: boolean, restricted: boolean, terminal: { __typename: 'TerminalInfo', maxCols: number, maxRows: number } | null };

export type CancelTaskButton_CancelTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelTaskButton_CancelTaskMutation = { __typename: 'Mutation', cancelExportTask: { __typename: 'ExportTask', id: string, status: ExportTaskStatus, progress: number, finishedAt: string | null, updatedAt: string } };

export type TasksPage_ExportTasksQueryVariables = Exact<{
  filter?: ExportTaskFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type TasksPage_ExportTasksQuery = { __typename: 'Query', exportTasks: { __typename: 'ExportTaskConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ExportTaskEdge', cursor: string, node: { __typename: 'ExportTask', id: string, status: ExportTaskStatus, progress: number, reason: string, requestedAt: string, startedAt: string | null, finishedAt: string | null, attempts: number, error: string | null, downloadUrl: string | null, fileName: string, outputSizeBytes: number | null, updatedAt: string, terminalOptions: { __typename: 'TerminalExportOptions', idleTimeLimitSeconds: number | null } | null, recording: { __typename: 'Recording', id: string, userName: string, serverName: string, startedAt: string }, requestedBy: { __typename: 'User', id: string, username: string } } }> } };

export type TasksPage_TaskUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TasksPage_TaskUpdatedSubscription = { __typename: 'Subscription', taskUpdated: { __typename: 'ExportTask', id: string, status: ExportTaskStatus, progress: number, reason: string, requestedAt: string, startedAt: string | null, finishedAt: string | null, attempts: number, error: string | null, downloadUrl: string | null, fileName: string, outputSizeBytes: number | null, updatedAt: string, terminalOptions: { __typename: 'TerminalExportOptions', idleTimeLimitSeconds: number | null } | null, recording: { __typename: 'Recording', id: string, userName: string, serverName: string, startedAt: string }, requestedBy: { __typename: 'User', id: string, username: string } } };

export type TasksTable_TaskFragment = { __typename: 'ExportTask', id: string, status: ExportTaskStatus, progress: number, reason: string, requestedAt: string, startedAt: string | null, finishedAt: string | null, attempts: number, error: string | null, downloadUrl: string | null, fileName: string, outputSizeBytes: number | null, updatedAt: string, terminalOptions: { __typename: 'TerminalExportOptions', idleTimeLimitSeconds: number | null } | null, recording: { __typename: 'Recording', id: string, userName: string, serverName: string, startedAt: string }, requestedBy: { __typename: 'User', id: string, username: string } };

export const SessionProvider_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionProvider_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"canExport"}},{"kind":"Field","name":{"kind":"Name","value":"canViewTasks"}},{"kind":"Field","name":{"kind":"Name","value":"canReadAudit"}}]}}]} as unknown as DocumentNode<SessionProvider_UserFragment, unknown>;
export const RecordingPlayer_RecordingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingPlayer_Recording"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]} as unknown as DocumentNode<RecordingPlayer_RecordingFragment, unknown>;
export const ExportDialog_RecordingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportDialog_Recording"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ExportDialog_RecordingFragment, unknown>;
export const RecordingsTable_RecordingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingsTable_Recording"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientIp"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"terminal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxCols"}},{"kind":"Field","name":{"kind":"Name","value":"maxRows"}}]}}]}}]} as unknown as DocumentNode<RecordingsTable_RecordingFragment, unknown>;
export const TasksTable_TaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TasksTable_Task"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"outputSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminalOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idleTimeLimitSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<TasksTable_TaskFragment, unknown>;
export const TopNav_SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TopNav_SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<TopNav_SignOutMutation, TopNav_SignOutMutationVariables>;
export const ExportAuditPage_ExportAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportAuditPage_ExportAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportAuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportAuditPage_ExportAuditQuery, ExportAuditPage_ExportAuditQueryVariables>;
export const SignInPage_SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInPage_SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionProvider_User"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionProvider_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"canExport"}},{"kind":"Field","name":{"kind":"Name","value":"canViewTasks"}},{"kind":"Field","name":{"kind":"Name","value":"canReadAudit"}}]}}]} as unknown as DocumentNode<SignInPage_SignInMutation, SignInPage_SignInMutationVariables>;
export const SessionProvider_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionProvider_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionProvider_User"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionProvider_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"canExport"}},{"kind":"Field","name":{"kind":"Name","value":"canViewTasks"}},{"kind":"Field","name":{"kind":"Name","value":"canReadAudit"}}]}}]} as unknown as DocumentNode<SessionProvider_MeQuery, SessionProvider_MeQueryVariables>;
export const RecordingPage_RecordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordingPage_Recording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientIp"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"terminal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asciicastVersion"}},{"kind":"Field","name":{"kind":"Name","value":"cols"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"command"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"termType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceSha256"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordingPlayer_Recording"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportDialog_Recording"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingPlayer_Recording"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportDialog_Recording"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<RecordingPage_RecordingQuery, RecordingPage_RecordingQueryVariables>;
export const AllRecordingsPage_RecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllRecordingsPage_Recordings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordingsTable_Recording"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportDialog_Recording"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingsTable_Recording"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientIp"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"terminal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxCols"}},{"kind":"Field","name":{"kind":"Name","value":"maxRows"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportDialog_Recording"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<AllRecordingsPage_RecordingsQuery, AllRecordingsPage_RecordingsQueryVariables>;
export const ExportDialog_ExportRecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportDialog_ExportRecordings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ExportDialog_ExportRecordingsMutation, ExportDialog_ExportRecordingsMutationVariables>;
export const CancelTaskButton_CancelTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelTaskButton_CancelTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelExportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CancelTaskButton_CancelTaskMutation, CancelTaskButton_CancelTaskMutationVariables>;
export const TasksPage_ExportTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TasksPage_ExportTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportTaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TasksTable_Task"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TasksTable_Task"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"outputSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminalOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idleTimeLimitSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<TasksPage_ExportTasksQuery, TasksPage_ExportTasksQueryVariables>;
export const TasksPage_TaskUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TasksPage_TaskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TasksTable_Task"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TasksTable_Task"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"outputSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminalOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idleTimeLimitSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<TasksPage_TaskUpdatedSubscription, TasksPage_TaskUpdatedSubscriptionVariables>;