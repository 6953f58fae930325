/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AuditAction =
  /** Access denied */
  | 'ACCESS_DENIED'
  /** Export cancelled */
  | 'EXPORT_CANCELLED'
  /** Export completed */
  | 'EXPORT_COMPLETED'
  /** Export recording denied */
  | 'EXPORT_DENIED'
  /** Export downloaded */
  | 'EXPORT_DOWNLOADED'
  /** Export expired */
  | 'EXPORT_EXPIRED'
  /** Export failed */
  | 'EXPORT_FAILED'
  /** Export recording */
  | 'EXPORT_REQUESTED'
  /** Export retried */
  | 'EXPORT_RETRIED'
  /** Export verified */
  | 'EXPORT_VERIFIED'
  /** Group created */
  | 'GROUP_CREATED'
  /** Group deleted */
  | 'GROUP_DELETED'
  /** Group member added */
  | 'GROUP_MEMBER_ADDED'
  /** Group member removed */
  | 'GROUP_MEMBER_REMOVED'
  /** Group renamed */
  | 'GROUP_RENAMED'
  /** Password reset */
  | 'PASSWORD_RESET'
  /** Import recording */
  | 'RECORDING_IMPORTED'
  /** Play recording */
  | 'RECORDING_PLAYED'
  /** Recording restricted */
  | 'RECORDING_RESTRICTED'
  /** Recording unrestricted */
  | 'RECORDING_UNRESTRICTED'
  /** Refusals not written */
  | 'REFUSALS_SUPPRESSED'
  /** Role granted */
  | 'ROLE_GRANTED'
  /** Role revoked */
  | 'ROLE_REVOKED'
  /** Settings changed */
  | 'SETTINGS_CHANGED'
  /** Signing key rotated */
  | 'SIGNING_KEY_ROTATED'
  /** Sign-in failed */
  | 'SIGN_IN_FAILED'
  /** Sign-in succeeded */
  | 'SIGN_IN_SUCCEEDED'
  /** Task service authorized */
  | 'TASK_SERVICE_AUTHORIZED'
  /** Task service authorization revoked */
  | 'TASK_SERVICE_REVOKED'
  /** API token created */
  | 'TOKEN_CREATED'
  /** API token revoked */
  | 'TOKEN_REVOKED'
  /** User created */
  | 'USER_CREATED'
  /** User disabled */
  | 'USER_DISABLED'
  /** User enabled */
  | 'USER_ENABLED';

export type AuditChainProblemKind =
  /** The event was changed after it was written. */
  | 'CONTENT_CHANGED'
  /** The newest events were removed. */
  | 'EVENTS_MISSING_AT_END'
  /** The chain head does not match the log. */
  | 'HEAD_MISMATCH'
  /** Events before this one were removed, or its link was edited. */
  | 'LINK_BROKEN';

export type AuditCheckpointProblemKind =
  /** The signature does not verify: the checkpoint was edited or forged. */
  | 'BAD_SIGNATURE'
  /** The number of events up to the signed event changed. */
  | 'COUNT_CHANGED'
  /** The event the checkpoint signed has another hash now. */
  | 'HEAD_CHANGED'
  /** The event the checkpoint signed no longer exists. */
  | 'HEAD_MISSING'
  /** A line of the checkpoint log is not a checkpoint, repeats one, or is out of order. */
  | 'LOG_LINE_INVALID'
  /** The database and the checkpoint log hold this checkpoint differently. */
  | 'LOG_MISMATCH'
  /** The checkpoint is in the checkpoint log but was removed from the database. */
  | 'NOT_IN_DATABASE'
  /** The checkpoint is in the database but not in the checkpoint log. */
  | 'NOT_IN_LOG'
  /** No checkpoint has this number: checkpoints were removed. */
  | 'NUMBER_MISSING';

export type AuditOutcome =
  | 'DENIED'
  | 'FAILURE'
  | 'SUCCESS';

export type BrowserPreviewStatus =
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'PENDING'
  | 'READY';

export type CreateGroupInput = {
  name: string;
  roles?: Array<Role>;
};

export type CreateUserInput = {
  password: string;
  roles: Array<Role>;
  username: string;
};

export type ExportAuditFilter = {
  action?: Array<AuditAction> | null | undefined;
  /** Username of the actor. */
  actor?: string | null | undefined;
  from?: string | null | undefined;
  outcome?: Array<AuditOutcome> | null | undefined;
  recordingId?: string | number | null | undefined;
  to?: string | null | undefined;
};

export type ExportRecordingsInput = {
  /** Repeating a request with the same key returns the tasks of the first one. */
  idempotencyKey?: string | null | undefined;
  /** Why the recordings are exported: 10 to 2000 characters after trimming. */
  reason: string;
  recordingIds: Array<string | number>;
  /** How terminal sessions and Guacamole recordings are drawn; defaults suit evidence. */
  renderOptions?: RenderOptionsInput | null | undefined;
};

export type ExportTaskFilter = {
  from?: string | null | undefined;
  /** Only these tasks (at most 100), as the audit links to one. */
  ids?: Array<string | number> | null | undefined;
  /** Username of the requester. */
  requestedBy?: string | null | undefined;
  status?: Array<ExportTaskStatus> | null | undefined;
  to?: string | null | undefined;
};

export type ExportTaskStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'EXPIRED'
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'PENDING';

export type IdleStretchScanStatus =
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'PENDING'
  | 'READY';

export type RecordingFilter = {
  application?: string | null | undefined;
  clientIp?: string | null | undefined;
  clientName?: string | null | undefined;
  kind?: RecordingKind | null | undefined;
  /** Only restricted (true) or only unrestricted (false) recordings; restricted ones are listed only to PRIVILEGED_PLAYER. */
  restricted?: boolean | null | undefined;
  serverName?: string | null | undefined;
  startedFrom?: string | null | undefined;
  startedTo?: string | null | undefined;
  /** Matches any of user, server, client name, client IP and applications. */
  text?: string | null | undefined;
  userName?: string | null | undefined;
};

export type RecordingKind =
  /** A session (RDP, VNC, SSH, ...) recorded by Apache Guacamole's guacd as Guacamole protocol instructions (.guac). */
  | 'GUACAMOLE'
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

/** How recordings that are drawn into video (terminal sessions, Guacamole recordings) are drawn. Video recordings ignore these. */
export type RenderOptionsInput = {
  /** Terminal sessions only: font size in pixels, 8 to 48; default 16. A terminal too large for the largest video frame (7680 × 4320) at this size is drawn at the largest smaller size that fits; the manifest names both. */
  fontSize?: number | null | undefined;
  /** Most frames per second, 1 to 60; default 30. */
  frameRate?: number | null | undefined;
  /** Shorten every pause longer than this many seconds to it. Off (null) by default: evidence keeps real time. */
  idleTimeLimitSeconds?: number | null | undefined;
};

export type Role =
  | 'ADMINISTRATOR'
  | 'LOGGING_READER'
  | 'PLAYER'
  | 'PRIVILEGED_PLAYER';

export type RoleSource =
  /** Assigned to the user. */
  | 'DIRECT'
  /** Held through membership of a group. */
  | 'GROUP';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type UpdateSettingsInput = {
  /** Allow or stop exports. */
  exportsEnabled?: boolean | null | undefined;
};

export type ApiTokensPage_TokensQueryVariables = Exact<{
  allUsers: boolean;
}>;


export type ApiTokensPage_TokensQuery = { __typename: 'Query', apiTokens: Array<{ __typename: 'ApiToken', id: string, name: string, createdAt: string, lastUsedAt: string | null, owner: { __typename: 'User', id: string, username: string } }> };

export type ApiTokensPage_CreateTokenMutationVariables = Exact<{
  name: string;
}>;


export type ApiTokensPage_CreateTokenMutation = { __typename: 'Mutation', createApiToken: { __typename: 'CreatedApiToken', secret: string, apiToken: { __typename: 'ApiToken', id: string, name: string } } };

export type ApiTokensPage_RevokeTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiTokensPage_RevokeTokenMutation = { __typename: 'Mutation', revokeApiToken: boolean };

export type GroupsPage_GroupFragment = { __typename: 'Group', id: string, name: string, roles: Array<Role>, members: Array<{ __typename: 'User', id: string, username: string }> } & { ' $fragmentName'?: 'GroupsPage_GroupFragment' };

export type GroupsPage_GroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupsPage_GroupsQuery = { __typename: 'Query', groups: Array<(
    { __typename: 'Group', id: string }
    & { ' $fragmentRefs'?: { 'GroupsPage_GroupFragment': GroupsPage_GroupFragment } }
  )>, users: Array<{ __typename: 'User', id: string, username: string }> };

export type GroupsPage_CreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type GroupsPage_CreateGroupMutation = { __typename: 'Mutation', createGroup: (
    { __typename: 'Group' }
    & { ' $fragmentRefs'?: { 'GroupsPage_GroupFragment': GroupsPage_GroupFragment } }
  ) };

export type GroupsPage_RenameGroupMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type GroupsPage_RenameGroupMutation = { __typename: 'Mutation', renameGroup: { __typename: 'Group', id: string, name: string } };

export type GroupsPage_DeleteGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type GroupsPage_DeleteGroupMutation = { __typename: 'Mutation', deleteGroup: boolean };

export type GroupsPage_AddMemberMutationVariables = Exact<{
  groupId: string | number;
  userId: string | number;
}>;


export type GroupsPage_AddMemberMutation = { __typename: 'Mutation', addGroupMember: (
    { __typename: 'Group' }
    & { ' $fragmentRefs'?: { 'GroupsPage_GroupFragment': GroupsPage_GroupFragment } }
  ) };

export type GroupsPage_RemoveMemberMutationVariables = Exact<{
  groupId: string | number;
  userId: string | number;
}>;


export type GroupsPage_RemoveMemberMutation = { __typename: 'Mutation', removeGroupMember: (
    { __typename: 'Group' }
    & { ' $fragmentRefs'?: { 'GroupsPage_GroupFragment': GroupsPage_GroupFragment } }
  ) };

export type GroupsPage_GrantRoleMutationVariables = Exact<{
  groupId: string | number;
  role: Role;
}>;


export type GroupsPage_GrantRoleMutation = { __typename: 'Mutation', grantGroupRole: (
    { __typename: 'Group' }
    & { ' $fragmentRefs'?: { 'GroupsPage_GroupFragment': GroupsPage_GroupFragment } }
  ) };

export type GroupsPage_RevokeRoleMutationVariables = Exact<{
  groupId: string | number;
  role: Role;
}>;


export type GroupsPage_RevokeRoleMutation = { __typename: 'Mutation', revokeGroupRole: (
    { __typename: 'Group' }
    & { ' $fragmentRefs'?: { 'GroupsPage_GroupFragment': GroupsPage_GroupFragment } }
  ) };

export type UsersPage_UserFragment = { __typename: 'User', id: string, username: string, roles: Array<Role>, disabled: boolean, createdAt: string, groups: Array<{ __typename: 'Group', id: string, name: string }>, roleGrants: Array<{ __typename: 'RoleGrant', role: Role, source: RoleSource, group: { __typename: 'Group', id: string, name: string } | null }> } & { ' $fragmentName'?: 'UsersPage_UserFragment' };

export type UsersPage_UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersPage_UsersQuery = { __typename: 'Query', users: Array<(
    { __typename: 'User', id: string }
    & { ' $fragmentRefs'?: { 'UsersPage_UserFragment': UsersPage_UserFragment } }
  )> };

export type UsersPage_CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type UsersPage_CreateUserMutation = { __typename: 'Mutation', createUser: (
    { __typename: 'User', username: string }
    & { ' $fragmentRefs'?: { 'UsersPage_UserFragment': UsersPage_UserFragment } }
  ) };

export type UsersPage_DisableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type UsersPage_DisableUserMutation = { __typename: 'Mutation', disableUser: { __typename: 'User', id: string, disabled: boolean } };

export type UsersPage_EnableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type UsersPage_EnableUserMutation = { __typename: 'Mutation', enableUser: { __typename: 'User', id: string, disabled: boolean } };

export type UsersPage_ResetPasswordMutationVariables = Exact<{
  id: string | number;
  password: string;
}>;


export type UsersPage_ResetPasswordMutation = { __typename: 'Mutation', resetUserPassword: { __typename: 'User', id: string } };

export type UsersPage_GrantRoleMutationVariables = Exact<{
  userId: string | number;
  role: Role;
}>;


export type UsersPage_GrantRoleMutation = { __typename: 'Mutation', grantUserRole: (
    { __typename: 'User' }
    & { ' $fragmentRefs'?: { 'UsersPage_UserFragment': UsersPage_UserFragment } }
  ) };

export type UsersPage_RevokeRoleMutationVariables = Exact<{
  userId: string | number;
  role: Role;
}>;


export type UsersPage_RevokeRoleMutation = { __typename: 'Mutation', revokeUserRole: (
    { __typename: 'User' }
    & { ' $fragmentRefs'?: { 'UsersPage_UserFragment': UsersPage_UserFragment } }
  ) };

export type TopNav_SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type TopNav_SignOutMutation = { __typename: 'Mutation', signOut: boolean };

export type ExportAuditPage_ExportAuditQueryVariables = Exact<{
  filter?: ExportAuditFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ExportAuditPage_ExportAuditQuery = { __typename: 'Query', exportAudit: { __typename: 'AuditEventConnection', totalCount: number, totalCountIsExact: boolean, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AuditEventEdge', cursor: string, node: { __typename: 'AuditEvent', id: string, action: AuditAction, actionLabel: string, actor: string | null, recordingId: string | null, taskId: string | null, reason: string | null, outcome: AuditOutcome, detail: string | null, clientAddress: string | null, occurredAt: string, withheld: boolean, hash: string | null, prevHash: string | null, recording: { __typename: 'Recording', id: string, userName: string, serverName: string, startedAt: string } | null } }> } };

export type IntegrityPanel_AuditIntegrityQueryVariables = Exact<{ [key: string]: never; }>;


export type IntegrityPanel_AuditIntegrityQuery = { __typename: 'Query', auditIntegrity: { __typename: 'AuditIntegrityReport', ok: boolean, checkedAt: string, eventsChecked: number, headEventId: string | null, headHash: string | null, firstProblem: { __typename: 'AuditChainProblem', eventId: string, kind: AuditChainProblemKind, message: string } | null, checkpoints: { __typename: 'AuditCheckpointsState', total: number, valid: number, problemCount: number, problems: Array<{ __typename: 'AuditCheckpointProblem', checkpointId: string | null, kind: AuditCheckpointProblemKind, message: string }>, latest: { __typename: 'AuditCheckpoint', id: string, createdAt: string, headEventId: string, keyId: string } | null, log: { __typename: 'AuditCheckpointLogState', compared: boolean, entries: number, reason: string | null } } } };

export type SignInPage_SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInPage_SignInMutation = { __typename: 'Mutation', signIn: { __typename: 'SignInPayload', user: (
      { __typename: 'User' }
      & { ' $fragmentRefs'?: { 'SessionProvider_UserFragment': SessionProvider_UserFragment } }
    ) } };

export type SessionProvider_UserFragment = { __typename: 'User', id: string, username: string, roles: Array<Role>, canExport: boolean, canViewTasks: boolean, canReadAudit: boolean, canViewRecordings: boolean, canSeeRestricted: boolean, canAdminister: boolean } & { ' $fragmentName'?: 'SessionProvider_UserFragment' };

export type SessionProvider_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionProvider_MeQuery = { __typename: 'Query', me: (
    { __typename: 'User' }
    & { ' $fragmentRefs'?: { 'SessionProvider_UserFragment': SessionProvider_UserFragment } }
  ) | null };

export type TaskNotifications_TaskUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TaskNotifications_TaskUpdatedSubscription = { __typename: 'Subscription', taskUpdated: { __typename: 'ExportTask', id: string, status: ExportTaskStatus, error: string | null, recording: { __typename: 'Recording', id: string, userName: string, serverName: string }, requestedBy: { __typename: 'User', id: string } } };

export type BrowserPreviewProgress_PrepareMutationVariables = Exact<{
  recordingId: string | number;
}>;


export type BrowserPreviewProgress_PrepareMutation = { __typename: 'Mutation', prepareBrowserPreview: { __typename: 'BrowserPreview', id: string, status: BrowserPreviewStatus, progress: number, error: string | null } };

export type BrowserPreviewProgress_PreviewQueryVariables = Exact<{
  id: string | number;
}>;


export type BrowserPreviewProgress_PreviewQuery = { __typename: 'Query', recording: { __typename: 'Recording', id: string, browserPreview: { __typename: 'BrowserPreview', id: string, status: BrowserPreviewStatus, progress: number, error: string | null } | null } };

export type RecordingPage_RecordingQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordingPage_RecordingQuery = { __typename: 'Query', recording: (
    { __typename: 'Recording', id: string, userName: string, serverName: string, clientName: string, clientIp: string, applications: Array<string>, protocol: string, startedAt: string, endedAt: string, durationSeconds: number, sizeBytes: number, format: string, width: number | null, height: number | null, hasAudio: boolean, restricted: boolean, kind: RecordingKind, sourceSha256: string, importedAt: string, terminal: { __typename: 'TerminalInfo', asciicastVersion: number, cols: number, rows: number, command: string | null, title: string | null, termType: string | null } | null, guacamole: { __typename: 'GuacamoleInfo', protocol: string | null, keysRecorded: boolean, instructions: number, gzip: boolean, truncatedAtByte: number | null, truncatedAtInstruction: number | null } | null }
    & { ' $fragmentRefs'?: { 'RecordingPlayer_RecordingFragment': RecordingPlayer_RecordingFragment;'ExportDialog_RecordingFragment': ExportDialog_RecordingFragment } }
  ) };

export type RecordingPlayer_RecordingFragment = { __typename: 'Recording', id: string, kind: RecordingKind, width: number | null, height: number | null, durationSeconds: number, needsBrowserPreview: boolean } & { ' $fragmentName'?: 'RecordingPlayer_RecordingFragment' };

export type VideoIdleStretches_ScanFieldsFragment = { __typename: 'IdleStretchScan', id: string, status: IdleStretchScanStatus, progress: number, error: string | null, stretches: Array<{ __typename: 'IdleStretch', start: number, end: number }> } & { ' $fragmentName'?: 'VideoIdleStretches_ScanFieldsFragment' };

export type VideoIdleStretches_ScanMutationVariables = Exact<{
  recordingId: string | number;
}>;


export type VideoIdleStretches_ScanMutation = { __typename: 'Mutation', scanIdleStretches: (
    { __typename: 'IdleStretchScan' }
    & { ' $fragmentRefs'?: { 'VideoIdleStretches_ScanFieldsFragment': VideoIdleStretches_ScanFieldsFragment } }
  ) };

export type VideoIdleStretches_StretchesQueryVariables = Exact<{
  id: string | number;
}>;


export type VideoIdleStretches_StretchesQuery = { __typename: 'Query', recording: { __typename: 'Recording', id: string, idleStretches: (
      { __typename: 'IdleStretchScan' }
      & { ' $fragmentRefs'?: { 'VideoIdleStretches_ScanFieldsFragment': VideoIdleStretches_ScanFieldsFragment } }
    ) | null } };

export type PreferencesProvider_PreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type PreferencesProvider_PreferencesQuery = { __typename: 'Query', me: { __typename: 'User', id: string, preferences: Array<{ __typename: 'Preference', key: string, value: string }> } | null };

export type PreferencesProvider_SetPreferenceMutationVariables = Exact<{
  key: string;
  value: string;
}>;


export type PreferencesProvider_SetPreferenceMutation = { __typename: 'Mutation', setPreference: { __typename: 'Preference', key: string, value: string } };

export type AllRecordingsPage_RecordingsQueryVariables = Exact<{
  filter?: RecordingFilter | null | undefined;
  orderBy?: RecordingOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AllRecordingsPage_RecordingsQuery = { __typename: 'Query', recordings: { __typename: 'RecordingConnection', totalCount: number, totalCountIsExact: boolean, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'RecordingEdge', cursor: string, node: (
        { __typename: 'Recording', id: string }
        & { ' $fragmentRefs'?: { 'RecordingsTable_RecordingFragment': RecordingsTable_RecordingFragment;'ExportDialog_RecordingFragment': ExportDialog_RecordingFragment } }
      ) }> } };

export type ExportDialog_RecordingFragment = { __typename: 'Recording', id: string, userName: string, serverName: string, startedAt: string, durationSeconds: number, restricted: boolean, kind: RecordingKind } & { ' $fragmentName'?: 'ExportDialog_RecordingFragment' };

export type ExportDialog_ExportRecordingsMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type ExportDialog_ExportRecordingsMutation = { __typename: 'Mutation', exportRecordings: { __typename: 'ExportRecordingsPayload', tasks: Array<{ __typename: 'ExportTask', id: string, status: ExportTaskStatus, requestedAt: string }> } };

export type RecordingsTable_RecordingFragment = { __typename: 'Recording', id: string, userName: string, serverName: string, clientName: string, clientIp: string, applications: Array<string>, startedAt: string, durationSeconds: number, sizeBytes: number, kind: RecordingKind, format: string, width: number | null, height: number | null, hasAudio: boolean, restricted: boolean, terminal: { __typename: 'TerminalInfo', maxCols: number, maxRows: number } | null, guacamole: { __typename: 'GuacamoleInfo', protocol: string | null, truncatedAtByte: number | null } | null } & { ' $fragmentName'?: 'RecordingsTable_RecordingFragment' };

export type RestrictionToggle_RestrictMutationVariables = Exact<{
  id: string | number;
}>;


export type RestrictionToggle_RestrictMutation = { __typename: 'Mutation', restrictRecording: { __typename: 'Recording', id: string, restricted: boolean } };

export type RestrictionToggle_UnrestrictMutationVariables = Exact<{
  id: string | number;
}>;


export type RestrictionToggle_UnrestrictMutation = { __typename: 'Mutation', unrestrictRecording: { __typename: 'Recording', id: string, restricted: boolean } };

export type SelectAllMatching_RecordingsQueryVariables = Exact<{
  filter?: RecordingFilter | null | undefined;
  orderBy?: RecordingOrder | null | undefined;
  first: number;
}>;


export type SelectAllMatching_RecordingsQuery = { __typename: 'Query', recordings: { __typename: 'RecordingConnection', totalCount: number, totalCountIsExact: boolean, edges: Array<{ __typename: 'RecordingEdge', node: (
        { __typename: 'Recording', id: string }
        & { ' $fragmentRefs'?: { 'RecordingsTable_RecordingFragment': RecordingsTable_RecordingFragment;'ExportDialog_RecordingFragment': ExportDialog_RecordingFragment } }
      ) }> } };

export type SettingsPage_SettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsPage_SettingsQuery = { __typename: 'Query', settings: { __typename: 'Settings', exportsEnabled: boolean } };

export type SettingsPage_UpdateSettingsMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type SettingsPage_UpdateSettingsMutation = { __typename: 'Mutation', updateSettings: { __typename: 'Settings', exportsEnabled: boolean } };

export type ExportsEnabled_SettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportsEnabled_SettingsQuery = { __typename: 'Query', settings: { __typename: 'Settings', exportsEnabled: boolean } };

export type CancelTaskButton_CancelTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelTaskButton_CancelTaskMutation = { __typename: 'Mutation', cancelExportTask: { __typename: 'ExportTask', id: string, status: ExportTaskStatus, progress: number, finishedAt: string | null, updatedAt: string } };

export type NoTaskServiceNotice_ReadyQueryVariables = Exact<{ [key: string]: never; }>;


export type NoTaskServiceNotice_ReadyQuery = { __typename: 'Query', authorizedTaskServicesOnline: number };

export type RetryTaskButton_RetryTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryTaskButton_RetryTaskMutation = { __typename: 'Mutation', retryExportTask: { __typename: 'ExportTask', id: string, status: ExportTaskStatus, retryOfTaskId: string | null } };

export type TasksPage_ExportTasksQueryVariables = Exact<{
  filter?: ExportTaskFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type TasksPage_ExportTasksQuery = { __typename: 'Query', exportTasks: { __typename: 'ExportTaskConnection', totalCount: number, totalCountIsExact: boolean, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ExportTaskEdge', cursor: string, node: (
        { __typename: 'ExportTask', id: string, status: ExportTaskStatus }
        & { ' $fragmentRefs'?: { 'TasksTable_TaskFragment': TasksTable_TaskFragment } }
      ) }> } };

export type TasksPage_TaskUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TasksPage_TaskUpdatedSubscription = { __typename: 'Subscription', taskUpdated: (
    { __typename: 'ExportTask', id: string, status: ExportTaskStatus }
    & { ' $fragmentRefs'?: { 'TasksTable_TaskFragment': TasksTable_TaskFragment } }
  ) };

export type TasksTable_TaskFragment = { __typename: 'ExportTask', id: string, status: ExportTaskStatus, progress: number, reason: string, requestedAt: string, startedAt: string | null, finishedAt: string | null, attempts: number, queuePosition: number | null, error: string | null, downloadUrl: string | null, evidenceBundleUrl: string | null, fileName: string, expiredAt: string | null, outputSizeBytes: number | null, updatedAt: string, retryOfTaskId: string | null, retriedAsTaskId: string | null, canCancel: boolean, canDownload: boolean, canRetry: boolean, renderOptions: { __typename: 'RenderOptions', idleTimeLimitSeconds: number | null } | null, request: { __typename: 'ExportRequest', id: string, reason: string, requestedAt: string, taskCount: number }, recording: { __typename: 'Recording', id: string, userName: string, serverName: string, startedAt: string }, requestedBy: { __typename: 'User', id: string, username: string } } & { ' $fragmentName'?: 'TasksTable_TaskFragment' };

export type TaskServicesPage_ServiceFragment = { __typename: 'TaskService', id: string, name: string, hostName: string, softwareVersion: string, concurrency: number, ffmpegVersion: string, ffmpegSource: string, startedAt: string, lastHeartbeatAt: string, stoppedAt: string | null, heartbeatTimeoutSeconds: number, runningTasks: number, online: boolean, authorized: boolean, authorizedAt: string | null, authorizedBy: string | null, revokedAt: string | null, revokedBy: string | null } & { ' $fragmentName'?: 'TaskServicesPage_ServiceFragment' };

export type TaskServicesPage_TaskServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type TaskServicesPage_TaskServicesQuery = { __typename: 'Query', taskServices: Array<(
    { __typename: 'TaskService', id: string }
    & { ' $fragmentRefs'?: { 'TaskServicesPage_ServiceFragment': TaskServicesPage_ServiceFragment } }
  )> };

export type TaskServicesPage_TaskServiceUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TaskServicesPage_TaskServiceUpdatedSubscription = { __typename: 'Subscription', taskServiceUpdated: (
    { __typename: 'TaskService', id: string }
    & { ' $fragmentRefs'?: { 'TaskServicesPage_ServiceFragment': TaskServicesPage_ServiceFragment } }
  ) };

export type TaskServicesPage_AuthorizeMutationVariables = Exact<{
  id: string | number;
}>;


export type TaskServicesPage_AuthorizeMutation = { __typename: 'Mutation', authorizeTaskService: (
    { __typename: 'TaskService' }
    & { ' $fragmentRefs'?: { 'TaskServicesPage_ServiceFragment': TaskServicesPage_ServiceFragment } }
  ) };

export type TaskServicesPage_RevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type TaskServicesPage_RevokeMutation = { __typename: 'Mutation', revokeTaskService: (
    { __typename: 'TaskService' }
    & { ' $fragmentRefs'?: { 'TaskServicesPage_ServiceFragment': TaskServicesPage_ServiceFragment } }
  ) };

export type VerifyPage_VerifyExportQueryVariables = Exact<{
  sha256: string;
}>;


export type VerifyPage_VerifyExportQuery = { __typename: 'Query', verifyExport: { __typename: 'ExportVerification', sha256: string, verified: boolean, summary: string, matches: Array<{ __typename: 'ExportVerificationMatch', signatureValid: boolean, keyActive: boolean, task: { __typename: 'ExportTask', id: string, fileName: string }, manifest: { __typename: 'ExportManifest', keyId: string, algorithm: string, signedAt: string, document: { __typename: 'ManifestDocument', export: { __typename: 'ManifestExport', id: string, reason: string, requestedAt: string, startedAt: string, completedAt: string, workerHost: string, requestedBy: { __typename: 'ManifestRequester', username: string } }, recording: { __typename: 'ManifestRecording', userName: string, serverName: string, clientName: string, clientIp: string, protocol: string, startedAt: string, sourceSha256: string }, conversion: { __typename: 'ManifestConversion', tool: string, toolVersion: string, arguments: Array<string>, rendering: Array<{ __typename: 'ManifestSetting', name: string, value: string | null }> | null }, output: { __typename: 'ManifestOutput', fileName: string, sha256: string, sizeBytes: number, durationSeconds: number } } | null } }> } };

export const GroupsPage_GroupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupsPage_Group"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<GroupsPage_GroupFragment, unknown>;
export const UsersPage_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersPage_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UsersPage_UserFragment, unknown>;
export const SessionProvider_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionProvider_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"canExport"}},{"kind":"Field","name":{"kind":"Name","value":"canViewTasks"}},{"kind":"Field","name":{"kind":"Name","value":"canReadAudit"}},{"kind":"Field","name":{"kind":"Name","value":"canViewRecordings"}},{"kind":"Field","name":{"kind":"Name","value":"canSeeRestricted"}},{"kind":"Field","name":{"kind":"Name","value":"canAdminister"}}]}}]} as unknown as DocumentNode<SessionProvider_UserFragment, unknown>;
export const RecordingPlayer_RecordingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingPlayer_Recording"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"needsBrowserPreview"}}]}}]} as unknown as DocumentNode<RecordingPlayer_RecordingFragment, unknown>;
export const VideoIdleStretches_ScanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VideoIdleStretches_ScanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdleStretchScan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"stretches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<VideoIdleStretches_ScanFieldsFragment, unknown>;
export const ExportDialog_RecordingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportDialog_Recording"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ExportDialog_RecordingFragment, unknown>;
export const RecordingsTable_RecordingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingsTable_Recording"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientIp"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"terminal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxCols"}},{"kind":"Field","name":{"kind":"Name","value":"maxRows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guacamole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"truncatedAtByte"}}]}}]}}]} as unknown as DocumentNode<RecordingsTable_RecordingFragment, unknown>;
export const TasksTable_TaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TasksTable_Task"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceBundleUrl"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"expiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"outputSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryOfTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"retriedAsTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"renderOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idleTimeLimitSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"canDownload"}},{"kind":"Field","name":{"kind":"Name","value":"canRetry"}}]}}]} as unknown as DocumentNode<TasksTable_TaskFragment, unknown>;
export const TaskServicesPage_ServiceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskServicesPage_Service"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskService"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"softwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"concurrency"}},{"kind":"Field","name":{"kind":"Name","value":"ffmpegVersion"}},{"kind":"Field","name":{"kind":"Name","value":"ffmpegSource"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"runningTasks"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"authorized"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedBy"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"}}]}}]} as unknown as DocumentNode<TaskServicesPage_ServiceFragment, unknown>;
export const ApiTokensPage_TokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokensPage_Tokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allUsers"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allUsers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allUsers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokensPage_TokensQuery, ApiTokensPage_TokensQueryVariables>;
export const ApiTokensPage_CreateTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiTokensPage_CreateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokensPage_CreateTokenMutation, ApiTokensPage_CreateTokenMutationVariables>;
export const ApiTokensPage_RevokeTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiTokensPage_RevokeToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ApiTokensPage_RevokeTokenMutation, ApiTokensPage_RevokeTokenMutationVariables>;
export const GroupsPage_GroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupsPage_Groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupsPage_Group"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupsPage_Group"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<GroupsPage_GroupsQuery, GroupsPage_GroupsQueryVariables>;
export const GroupsPage_CreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupsPage_CreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupsPage_Group"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupsPage_Group"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<GroupsPage_CreateGroupMutation, GroupsPage_CreateGroupMutationVariables>;
export const GroupsPage_RenameGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupsPage_RenameGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GroupsPage_RenameGroupMutation, GroupsPage_RenameGroupMutationVariables>;
export const GroupsPage_DeleteGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupsPage_DeleteGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<GroupsPage_DeleteGroupMutation, GroupsPage_DeleteGroupMutationVariables>;
export const GroupsPage_AddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupsPage_AddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupsPage_Group"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupsPage_Group"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<GroupsPage_AddMemberMutation, GroupsPage_AddMemberMutationVariables>;
export const GroupsPage_RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupsPage_RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupsPage_Group"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupsPage_Group"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<GroupsPage_RemoveMemberMutation, GroupsPage_RemoveMemberMutationVariables>;
export const GroupsPage_GrantRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupsPage_GrantRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantGroupRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupsPage_Group"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupsPage_Group"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<GroupsPage_GrantRoleMutation, GroupsPage_GrantRoleMutationVariables>;
export const GroupsPage_RevokeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupsPage_RevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeGroupRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupsPage_Group"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupsPage_Group"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<GroupsPage_RevokeRoleMutation, GroupsPage_RevokeRoleMutationVariables>;
export const UsersPage_UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersPage_Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsersPage_User"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersPage_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UsersPage_UsersQuery, UsersPage_UsersQueryVariables>;
export const UsersPage_CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersPage_CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsersPage_User"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersPage_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UsersPage_CreateUserMutation, UsersPage_CreateUserMutationVariables>;
export const UsersPage_DisableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersPage_DisableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]} as unknown as DocumentNode<UsersPage_DisableUserMutation, UsersPage_DisableUserMutationVariables>;
export const UsersPage_EnableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersPage_EnableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]} as unknown as DocumentNode<UsersPage_EnableUserMutation, UsersPage_EnableUserMutationVariables>;
export const UsersPage_ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersPage_ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UsersPage_ResetPasswordMutation, UsersPage_ResetPasswordMutationVariables>;
export const UsersPage_GrantRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersPage_GrantRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsersPage_User"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersPage_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UsersPage_GrantRoleMutation, UsersPage_GrantRoleMutationVariables>;
export const UsersPage_RevokeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UsersPage_RevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsersPage_User"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsersPage_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UsersPage_RevokeRoleMutation, UsersPage_RevokeRoleMutationVariables>;
export const TopNav_SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TopNav_SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<TopNav_SignOutMutation, TopNav_SignOutMutationVariables>;
export const ExportAuditPage_ExportAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportAuditPage_ExportAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportAuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportAuditPage_ExportAuditQuery, ExportAuditPage_ExportAuditQueryVariables>;
export const IntegrityPanel_AuditIntegrityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntegrityPanel_AuditIntegrity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditIntegrity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"full"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventsChecked"}},{"kind":"Field","name":{"kind":"Name","value":"headEventId"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"firstProblem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"problemCount"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkpointId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"headEventId"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"log"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compared"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IntegrityPanel_AuditIntegrityQuery, IntegrityPanel_AuditIntegrityQueryVariables>;
export const SignInPage_SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInPage_SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionProvider_User"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionProvider_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"canExport"}},{"kind":"Field","name":{"kind":"Name","value":"canViewTasks"}},{"kind":"Field","name":{"kind":"Name","value":"canReadAudit"}},{"kind":"Field","name":{"kind":"Name","value":"canViewRecordings"}},{"kind":"Field","name":{"kind":"Name","value":"canSeeRestricted"}},{"kind":"Field","name":{"kind":"Name","value":"canAdminister"}}]}}]} as unknown as DocumentNode<SignInPage_SignInMutation, SignInPage_SignInMutationVariables>;
export const SessionProvider_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionProvider_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionProvider_User"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionProvider_User"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"canExport"}},{"kind":"Field","name":{"kind":"Name","value":"canViewTasks"}},{"kind":"Field","name":{"kind":"Name","value":"canReadAudit"}},{"kind":"Field","name":{"kind":"Name","value":"canViewRecordings"}},{"kind":"Field","name":{"kind":"Name","value":"canSeeRestricted"}},{"kind":"Field","name":{"kind":"Name","value":"canAdminister"}}]}}]} as unknown as DocumentNode<SessionProvider_MeQuery, SessionProvider_MeQueryVariables>;
export const TaskNotifications_TaskUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TaskNotifications_TaskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TaskNotifications_TaskUpdatedSubscription, TaskNotifications_TaskUpdatedSubscriptionVariables>;
export const BrowserPreviewProgress_PrepareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrowserPreviewProgress_Prepare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepareBrowserPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<BrowserPreviewProgress_PrepareMutation, BrowserPreviewProgress_PrepareMutationVariables>;
export const BrowserPreviewProgress_PreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowserPreviewProgress_Preview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"browserPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]} as unknown as DocumentNode<BrowserPreviewProgress_PreviewQuery, BrowserPreviewProgress_PreviewQueryVariables>;
export const RecordingPage_RecordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordingPage_Recording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientIp"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"terminal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asciicastVersion"}},{"kind":"Field","name":{"kind":"Name","value":"cols"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"command"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"termType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guacamole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"keysRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"gzip"}},{"kind":"Field","name":{"kind":"Name","value":"truncatedAtByte"}},{"kind":"Field","name":{"kind":"Name","value":"truncatedAtInstruction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceSha256"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordingPlayer_Recording"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportDialog_Recording"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingPlayer_Recording"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"needsBrowserPreview"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportDialog_Recording"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<RecordingPage_RecordingQuery, RecordingPage_RecordingQueryVariables>;
export const VideoIdleStretches_ScanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VideoIdleStretches_Scan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scanIdleStretches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VideoIdleStretches_ScanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VideoIdleStretches_ScanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdleStretchScan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"stretches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<VideoIdleStretches_ScanMutation, VideoIdleStretches_ScanMutationVariables>;
export const VideoIdleStretches_StretchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VideoIdleStretches_Stretches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idleStretches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VideoIdleStretches_ScanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VideoIdleStretches_ScanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdleStretchScan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"stretches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<VideoIdleStretches_StretchesQuery, VideoIdleStretches_StretchesQueryVariables>;
export const PreferencesProvider_PreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreferencesProvider_Preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<PreferencesProvider_PreferencesQuery, PreferencesProvider_PreferencesQueryVariables>;
export const PreferencesProvider_SetPreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreferencesProvider_SetPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<PreferencesProvider_SetPreferenceMutation, PreferencesProvider_SetPreferenceMutationVariables>;
export const AllRecordingsPage_RecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllRecordingsPage_Recordings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordingsTable_Recording"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportDialog_Recording"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingsTable_Recording"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientIp"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"terminal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxCols"}},{"kind":"Field","name":{"kind":"Name","value":"maxRows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guacamole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"truncatedAtByte"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportDialog_Recording"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<AllRecordingsPage_RecordingsQuery, AllRecordingsPage_RecordingsQueryVariables>;
export const ExportDialog_ExportRecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportDialog_ExportRecordings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ExportDialog_ExportRecordingsMutation, ExportDialog_ExportRecordingsMutationVariables>;
export const RestrictionToggle_RestrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestrictionToggle_Restrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restrictRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}}]}}]}}]} as unknown as DocumentNode<RestrictionToggle_RestrictMutation, RestrictionToggle_RestrictMutationVariables>;
export const RestrictionToggle_UnrestrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestrictionToggle_Unrestrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unrestrictRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}}]}}]}}]} as unknown as DocumentNode<RestrictionToggle_UnrestrictMutation, RestrictionToggle_UnrestrictMutationVariables>;
export const SelectAllMatching_RecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelectAllMatching_Recordings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordingsTable_Recording"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportDialog_Recording"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingsTable_Recording"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientIp"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"terminal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxCols"}},{"kind":"Field","name":{"kind":"Name","value":"maxRows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guacamole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"truncatedAtByte"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportDialog_Recording"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<SelectAllMatching_RecordingsQuery, SelectAllMatching_RecordingsQueryVariables>;
export const SettingsPage_SettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettingsPage_Settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportsEnabled"}}]}}]}}]} as unknown as DocumentNode<SettingsPage_SettingsQuery, SettingsPage_SettingsQueryVariables>;
export const SettingsPage_UpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettingsPage_UpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportsEnabled"}}]}}]}}]} as unknown as DocumentNode<SettingsPage_UpdateSettingsMutation, SettingsPage_UpdateSettingsMutationVariables>;
export const ExportsEnabled_SettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportsEnabled_Settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportsEnabled"}}]}}]}}]} as unknown as DocumentNode<ExportsEnabled_SettingsQuery, ExportsEnabled_SettingsQueryVariables>;
export const CancelTaskButton_CancelTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelTaskButton_CancelTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelExportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<CancelTaskButton_CancelTaskMutation, CancelTaskButton_CancelTaskMutationVariables>;
export const NoTaskServiceNotice_ReadyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoTaskServiceNotice_Ready"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizedTaskServicesOnline"}}]}}]} as unknown as DocumentNode<NoTaskServiceNotice_ReadyQuery, NoTaskServiceNotice_ReadyQueryVariables>;
export const RetryTaskButton_RetryTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryTaskButton_RetryTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryExportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retryOfTaskId"}}]}}]}}]} as unknown as DocumentNode<RetryTaskButton_RetryTaskMutation, RetryTaskButton_RetryTaskMutationVariables>;
export const TasksPage_ExportTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TasksPage_ExportTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportTaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TasksTable_Task"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TasksTable_Task"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceBundleUrl"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"expiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"outputSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryOfTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"retriedAsTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"renderOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idleTimeLimitSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"canDownload"}},{"kind":"Field","name":{"kind":"Name","value":"canRetry"}}]}}]} as unknown as DocumentNode<TasksPage_ExportTasksQuery, TasksPage_ExportTasksQueryVariables>;
export const TasksPage_TaskUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TasksPage_TaskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TasksTable_Task"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TasksTable_Task"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceBundleUrl"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"expiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"outputSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retryOfTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"retriedAsTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"renderOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idleTimeLimitSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"canDownload"}},{"kind":"Field","name":{"kind":"Name","value":"canRetry"}}]}}]} as unknown as DocumentNode<TasksPage_TaskUpdatedSubscription, TasksPage_TaskUpdatedSubscriptionVariables>;
export const TaskServicesPage_TaskServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskServicesPage_TaskServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskServicesPage_Service"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskServicesPage_Service"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskService"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"softwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"concurrency"}},{"kind":"Field","name":{"kind":"Name","value":"ffmpegVersion"}},{"kind":"Field","name":{"kind":"Name","value":"ffmpegSource"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"runningTasks"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"authorized"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedBy"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"}}]}}]} as unknown as DocumentNode<TaskServicesPage_TaskServicesQuery, TaskServicesPage_TaskServicesQueryVariables>;
export const TaskServicesPage_TaskServiceUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TaskServicesPage_TaskServiceUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskServiceUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskServicesPage_Service"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskServicesPage_Service"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskService"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"softwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"concurrency"}},{"kind":"Field","name":{"kind":"Name","value":"ffmpegVersion"}},{"kind":"Field","name":{"kind":"Name","value":"ffmpegSource"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"runningTasks"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"authorized"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedBy"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"}}]}}]} as unknown as DocumentNode<TaskServicesPage_TaskServiceUpdatedSubscription, TaskServicesPage_TaskServiceUpdatedSubscriptionVariables>;
export const TaskServicesPage_AuthorizeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskServicesPage_Authorize"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeTaskService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskServicesPage_Service"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskServicesPage_Service"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskService"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"softwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"concurrency"}},{"kind":"Field","name":{"kind":"Name","value":"ffmpegVersion"}},{"kind":"Field","name":{"kind":"Name","value":"ffmpegSource"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"runningTasks"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"authorized"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedBy"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"}}]}}]} as unknown as DocumentNode<TaskServicesPage_AuthorizeMutation, TaskServicesPage_AuthorizeMutationVariables>;
export const TaskServicesPage_RevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskServicesPage_Revoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeTaskService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskServicesPage_Service"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskServicesPage_Service"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskService"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"softwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"concurrency"}},{"kind":"Field","name":{"kind":"Name","value":"ffmpegVersion"}},{"kind":"Field","name":{"kind":"Name","value":"ffmpegSource"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"runningTasks"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"authorized"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedBy"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"}}]}}]} as unknown as DocumentNode<TaskServicesPage_RevokeMutation, TaskServicesPage_RevokeMutationVariables>;
export const VerifyPage_VerifyExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyPage_VerifyExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sha256"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sha256"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sha256"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signatureValid"}},{"kind":"Field","name":{"kind":"Name","value":"keyActive"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manifest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"export"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workerHost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientIp"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"toolVersion"}},{"kind":"Field","name":{"kind":"Name","value":"arguments"}},{"kind":"Field","name":{"kind":"Name","value":"rendering"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"output"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VerifyPage_VerifyExportQuery, VerifyPage_VerifyExportQueryVariables>;