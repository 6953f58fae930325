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

export type AuditAnchor_IntegrityQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditAnchor_IntegrityQuery = { auditIntegrity: { ok: boolean, firstProblem: { eventId: string, kind: AuditChainProblemKind, message: string } | null, checkpoints: { total: number, valid: number, problemCount: number, problems: Array<{ checkpointId: string | null, number: number | null, headEventId: string | null, kind: AuditCheckpointProblemKind, message: string }>, log: { compared: boolean, entries: number, reason: string | null } } } };

export type AuditAnchor_CreateCheckpointMutationVariables = Exact<{ [key: string]: never; }>;


export type AuditAnchor_CreateCheckpointMutation = { createAuditCheckpoint: { number: number, headEventId: string } | null };

export type AuditIntegrity_ExportMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type AuditIntegrity_ExportMutation = { exportRecordings: { tasks: Array<{ id: string }> } };

export type AuditIntegrity_IntegrityQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditIntegrity_IntegrityQuery = { auditIntegrity: { ok: boolean, eventsChecked: number, headEventId: string | null, headHash: string | null, firstProblem: { eventId: string, kind: AuditChainProblemKind, message: string } | null, checkpoints: { total: number, valid: number, problemCount: number, problems: Array<{ checkpointId: string | null, headEventId: string | null, kind: AuditCheckpointProblemKind, message: string }>, latest: { id: string, headEventId: string } | null } } };

export type AuditIntegrity_RecordingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditIntegrity_RecordingsQuery = { recordings: { edges: Array<{ node: { id: string } }> } };

export type AuditIntegrity_CreateCheckpointMutationVariables = Exact<{ [key: string]: never; }>;


export type AuditIntegrity_CreateCheckpointMutation = { createAuditCheckpoint: { id: string, headEventId: string, headHash: string, eventCount: number, keyId: string, algorithm: string, signature: string, signedText: string } | null };

export type AuditIntegrity_CreateCheckpointIdMutationVariables = Exact<{ [key: string]: never; }>;


export type AuditIntegrity_CreateCheckpointIdMutation = { createAuditCheckpoint: { id: string } | null };

export type AuditIntegrity_CheckpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditIntegrity_CheckpointsQuery = { auditCheckpoints: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type AuditIntegrity_CheckpointCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditIntegrity_CheckpointCountQuery = { auditCheckpoints: { totalCount: number } };

export type AuditIntegrity_TaskStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditIntegrity_TaskStatusQuery = { exportTask: { status: ExportTaskStatus, error: string | null } };

export type AuthorizationConsole_TaskUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationConsole_TaskUpdatedSubscription = { taskUpdated: { id: string } };

export type AuthorizationConsole_SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type AuthorizationConsole_SignInMutation = { signIn: { token: string } };

export type AuthorizationConsole_SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationConsole_SignOutMutation = { signOut: boolean };

export type AuthorizationConsole_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationConsole_MeQuery = { me: { username: string } | null };

export type AuthorizationConsole_MyRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationConsole_MyRolesQuery = { me: { disabled: boolean, effectiveRoles: Array<Role>, roleGrants: Array<{ role: Role, source: RoleSource }> } | null };

export type AuthorizationConsole_TasksAndMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationConsole_TasksAndMeQuery = { exportTasks: { totalCount: number }, me: { username: string } | null };

export type AuthorizationConsole_RecordingsAndMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationConsole_RecordingsAndMeQuery = { recordings: { totalCount: number }, me: { username: string } | null };

export type AuthorizationConsole_TaskCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationConsole_TaskCountQuery = { exportTasks: { totalCount: number } };

export type AuthorizationConsole_RecordingCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationConsole_RecordingCountQuery = { recordings: { totalCount: number } };

export type AuthorizationConsole_RecordingIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationConsole_RecordingIdsQuery = { recordings: { edges: Array<{ node: { id: string } }> } };

export type AuthorizationConsole_AuditCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationConsole_AuditCountQuery = { exportAudit: { totalCount: number } };

export type AuthorizationConsole_UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationConsole_UsersQuery = { users: Array<{ id: string }> };

export type AuthorizationConsole_UserQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationConsole_UserQuery = { user: { roles: Array<Role>, effectiveRoles: Array<Role>, canReadAudit: boolean, groups: Array<{ name: string }>, roleGrants: Array<{ role: Role, source: RoleSource, group: { name: string } | null }> } };

export type AuthorizationConsole_DisableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationConsole_DisableUserMutation = { disableUser: { id: string, disabled: boolean } };

export type AuthorizationConsole_EnableUserMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationConsole_EnableUserMutation = { enableUser: { id: string } };

export type AuthorizationConsole_ResetPasswordMutationVariables = Exact<{
  id: string | number;
  password: string;
}>;


export type AuthorizationConsole_ResetPasswordMutation = { resetUserPassword: { id: string } };

export type AuthorizationConsole_GrantUserRoleMutationVariables = Exact<{
  userId: string | number;
  role: Role;
}>;


export type AuthorizationConsole_GrantUserRoleMutation = { grantUserRole: { id: string } };

export type AuthorizationConsole_RevokeUserRoleMutationVariables = Exact<{
  userId: string | number;
  role: Role;
}>;


export type AuthorizationConsole_RevokeUserRoleMutation = { revokeUserRole: { id: string } };

export type AuthorizationConsole_GroupIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationConsole_GroupIdsQuery = { groups: Array<{ id: string }> };

export type AuthorizationConsole_GroupMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationConsole_GroupMembersQuery = { groups: Array<{ name: string, members: Array<{ username: string }> }> };

export type AuthorizationConsole_CreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type AuthorizationConsole_CreateGroupMutation = { createGroup: { id: string, name: string, roles: Array<Role> } };

export type AuthorizationConsole_RenameGroupMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type AuthorizationConsole_RenameGroupMutation = { renameGroup: { id: string } };

export type AuthorizationConsole_DeleteGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationConsole_DeleteGroupMutation = { deleteGroup: boolean };

export type AuthorizationConsole_AddMemberMutationVariables = Exact<{
  groupId: string | number;
  userId: string | number;
}>;


export type AuthorizationConsole_AddMemberMutation = { addGroupMember: { id: string } };

export type AuthorizationConsole_RemoveMemberMutationVariables = Exact<{
  groupId: string | number;
  userId: string | number;
}>;


export type AuthorizationConsole_RemoveMemberMutation = { removeGroupMember: { id: string } };

export type AuthorizationConsole_GrantGroupRoleMutationVariables = Exact<{
  groupId: string | number;
  role: Role;
}>;


export type AuthorizationConsole_GrantGroupRoleMutation = { grantGroupRole: { id: string } };

export type AuthorizationConsole_CreateApiTokenMutationVariables = Exact<{
  name: string;
}>;


export type AuthorizationConsole_CreateApiTokenMutation = { createApiToken: { secret: string, apiToken: { id: string, name: string, createdAt: string, lastUsedAt: string | null, owner: { username: string } } } };

export type AuthorizationConsole_MyApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationConsole_MyApiTokensQuery = { apiTokens: Array<{ name: string, lastUsedAt: string | null, owner: { username: string } }> };

export type AuthorizationConsole_AllApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthorizationConsole_AllApiTokensQuery = { apiTokens: Array<{ id: string, owner: { username: string } }> };

export type AuthorizationConsole_RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationConsole_RevokeApiTokenMutation = { revokeApiToken: boolean };

export type AuthorizationConsole_ExportMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type AuthorizationConsole_ExportMutation = { exportRecordings: { tasks: Array<{ id: string }> } };

export type AuthorizationConsole_CancelMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthorizationConsole_CancelMutation = { cancelExportTask: { id: string } };

export type Authorization_ExportMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type Authorization_ExportMutation = { exportRecordings: { tasks: Array<{ id: string }> } };

export type Authorization_RecordingsQueryVariables = Exact<{ [key: string]: never; }>;


export type Authorization_RecordingsQuery = { recordings: { edges: Array<{ node: { id: string, restricted: boolean } }> } };

export type Authorization_RecordingPageQueryVariables = Exact<{ [key: string]: never; }>;


export type Authorization_RecordingPageQuery = { recordings: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type Authorization_RecordingQueryVariables = Exact<{
  id: string | number;
}>;


export type Authorization_RecordingQuery = { recording: { id: string, restricted: boolean } };

export type Authorization_RecordingCountQueryVariables = Exact<{ [key: string]: never; }>;


export type Authorization_RecordingCountQuery = { recordings: { totalCount: number } };

export type Authorization_TaskCountQueryVariables = Exact<{ [key: string]: never; }>;


export type Authorization_TaskCountQuery = { exportTasks: { totalCount: number } };

export type Authorization_AuditCountQueryVariables = Exact<{ [key: string]: never; }>;


export type Authorization_AuditCountQuery = { exportAudit: { totalCount: number } };

export type Authorization_DeniedExportsQueryVariables = Exact<{ [key: string]: never; }>;


export type Authorization_DeniedExportsQuery = { exportAudit: { totalCount: number, edges: Array<{ node: { action: AuditAction, actionLabel: string, actor: string | null, outcome: AuditOutcome } }> } };

export type Authorization_RequestedExportsQueryVariables = Exact<{
  recordingId: string | number;
}>;


export type Authorization_RequestedExportsQuery = { exportAudit: { edges: Array<{ node: { recordingId: string | null, recording: { userName: string } | null } }> } };

export type Authorization_CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type Authorization_CreateUserMutation = { createUser: { id: string } };

export type Authorization_SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type Authorization_SignInMutation = { signIn: { token: string } };

export type Authorization_SignInUserMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type Authorization_SignInUserMutation = { signIn: { user: { username: string, roles: Array<Role>, canExport: boolean, canReadAudit: boolean, canAdminister: boolean, disabled: boolean, roleGrants: Array<{ role: Role, source: RoleSource }> } } };

export type Authorization_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type Authorization_MeQuery = { me: { username: string, canExport: boolean } | null };

export type Authorization_CreateApiTokenMutationVariables = Exact<{
  name: string;
}>;


export type Authorization_CreateApiTokenMutation = { createApiToken: { secret: string, apiToken: { id: string, name: string } } };

export type Authorization_RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type Authorization_RevokeApiTokenMutation = { revokeApiToken: boolean };

export type Authorization_TaskUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type Authorization_TaskUpdatedSubscription = { taskUpdated: { id: string } };

export type Authorization_DeepestAllowedQueryVariables = Exact<{ [key: string]: never; }>;


export type Authorization_DeepestAllowedQuery = { exportTasks: { edges: Array<{ node: { recording: { id: string }, requestedBy: { id: string } } }> }, a: { id: string } | null };

export type BrowserPreviews_RecordingsQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserPreviews_RecordingsQuery = { recordings: { edges: Array<{ node: { id: string, format: string, videoCodec: string | null, needsBrowserPreview: boolean } }> } };

export type BrowserPreviews_PreviewQueryVariables = Exact<{
  id: string | number;
}>;


export type BrowserPreviews_PreviewQuery = { recording: { browserPreview: { id: string, status: BrowserPreviewStatus, progress: number, error: string | null, outputSizeBytes: number | null } | null } };

export type BrowserPreviews_PrepareMutationVariables = Exact<{
  recordingId: string | number;
}>;


export type BrowserPreviews_PrepareMutation = { prepareBrowserPreview: { id: string, status: BrowserPreviewStatus } };

export type Evidence_RecordingsQueryVariables = Exact<{ [key: string]: never; }>;


export type Evidence_RecordingsQuery = { recordings: { edges: Array<{ node: { id: string, userName: string, sourceSha256: string } }> } };

export type Evidence_ExportMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type Evidence_ExportMutation = { exportRecordings: { tasks: Array<{ id: string }> } };

export type Evidence_ExportTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type Evidence_ExportTaskQuery = { exportTask: { id: string, status: ExportTaskStatus, error: string | null, fileName: string, outputSha256: string | null, outputSizeBytes: number | null, outputDurationSeconds: number | null, taskServiceHost: string | null, startedAt: string | null, finishedAt: string | null, requestedAt: string, evidenceBundleUrl: string | null, manifest: { content: string, keyId: string, algorithm: string, signature: string, outputSha256: string, signedAt: string } | null } };

export type Evidence_SigningKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type Evidence_SigningKeysQuery = { signingKeys: Array<{ keyId: string, active: boolean, publicKeyPem: string }> };

export type Evidence_VerifyQueryVariables = Exact<{
  sha: string;
}>;


export type Evidence_VerifyQuery = { verifyExport: { sha256: string, verified: boolean, summary: string, matches: Array<{ signatureValid: boolean, keyActive: boolean, task: { id: string }, manifest: { keyId: string, content: string } }> } };

export type Evidence_VerifyKeysQueryVariables = Exact<{
  sha: string;
}>;


export type Evidence_VerifyKeysQuery = { verifyExport: { verified: boolean, matches: Array<{ signatureValid: boolean, keyActive: boolean }> } };

export type Evidence_VerifySignaturesQueryVariables = Exact<{
  sha: string;
}>;


export type Evidence_VerifySignaturesQuery = { verifyExport: { verified: boolean, summary: string, matches: Array<{ signatureValid: boolean }> } };

export type ExportFailures_RecordingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportFailures_RecordingsQuery = { recordings: { edges: Array<{ node: { id: string, userName: string, sourceLocation: string } }> } };

export type ExportFailures_ExportMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type ExportFailures_ExportMutation = { exportRecordings: { tasks: Array<{ id: string, status: ExportTaskStatus }> } };

export type ExportFailures_TaskQueryVariables = Exact<{
  id: string | number;
}>;


export type ExportFailures_TaskQuery = { exportTask: { id: string, status: ExportTaskStatus, progress: number, error: string | null } };

export type ExportFailures_CancelMutationVariables = Exact<{
  id: string | number;
}>;


export type ExportFailures_CancelMutation = { cancelExportTask: { id: string, status: ExportTaskStatus } };

export type ExportFailures_RetryMutationVariables = Exact<{
  id: string | number;
}>;


export type ExportFailures_RetryMutation = { retryExportTask: { id: string, status: ExportTaskStatus, retryOfTaskId: string | null, request: { id: string } } };

export type ExportFailures_RetriedQueryVariables = Exact<{
  id: string | number;
}>;


export type ExportFailures_RetriedQuery = { exportTask: { id: string, status: ExportTaskStatus, canRetry: boolean, retriedAsTaskId: string | null, outputSha256: string | null, request: { id: string, reason: string } } };

export type ExportFlow_RecordingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportFlow_RecordingsQuery = { recordings: { edges: Array<{ node: { id: string, userName: string, durationSeconds: number, hasAudio: boolean } }> } };

export type ExportFlow_TaskUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ExportFlow_TaskUpdatedSubscription = { taskUpdated: { id: string, status: ExportTaskStatus, progress: number } };

export type ExportFlow_ExportTasksMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type ExportFlow_ExportTasksMutation = { exportRecordings: { tasks: Array<{ id: string, status: ExportTaskStatus, progress: number, reason: string, attempts: number, error: string | null, taskServiceHost: string | null, outputSha256: string | null, outputSizeBytes: number | null, outputDurationSeconds: number | null, downloadUrl: string | null, fileName: string, requestedAt: string, startedAt: string | null, finishedAt: string | null, requestedBy: { username: string }, recording: { id: string, userName: string, durationSeconds: number, hasAudio: boolean } }> } };

export type ExportFlow_ExportIdsMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type ExportFlow_ExportIdsMutation = { exportRecordings: { tasks: Array<{ id: string }> } };

export type ExportFlow_TaskQueryVariables = Exact<{
  id: string | number;
}>;


export type ExportFlow_TaskQuery = { exportTask: { id: string, status: ExportTaskStatus, progress: number, reason: string, attempts: number, error: string | null, taskServiceHost: string | null, outputSha256: string | null, outputSizeBytes: number | null, outputDurationSeconds: number | null, downloadUrl: string | null, fileName: string, requestedAt: string, startedAt: string | null, finishedAt: string | null, requestedBy: { username: string }, recording: { id: string, userName: string, durationSeconds: number, hasAudio: boolean } } };

export type ExportFlow_CompletedTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportFlow_CompletedTasksQuery = { exportTasks: { totalCount: number, edges: Array<{ node: { id: string, fileName: string, outputSizeBytes: number | null, outputSha256: string | null } }> } };

export type FaultsDatabase_TaskUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FaultsDatabase_TaskUpdatedSubscription = { taskUpdated: { id: string, status: ExportTaskStatus, progress: number } };

export type FaultsDatabase_TaskStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type FaultsDatabase_TaskStatusQuery = { exportTask: { id: string, status: ExportTaskStatus } };

export type GuacamoleRecordings_RecordingsQueryVariables = Exact<{
  filter?: RecordingFilter | null | undefined;
}>;


export type GuacamoleRecordings_RecordingsQuery = { recordings: { totalCount: number, edges: Array<{ node: { id: string, kind: RecordingKind, format: string, durationSeconds: number, width: number | null, height: number | null, hasAudio: boolean, protocol: string, userName: string, sourceLocation: string, guacamole: { protocol: string | null, terminalLayout: boolean, keysRecorded: boolean, instructions: number, gzip: boolean, truncatedAtByte: number | null, truncatedAtInstruction: number | null } | null } }> } };

export type GuacamoleRecordings_ExportMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type GuacamoleRecordings_ExportMutation = { exportRecordings: { tasks: Array<{ id: string, renderOptions: { frameRate: number, idleTimeLimitSeconds: number | null, fontSize: number | null } | null }> } };

export type GuacamoleRecordings_TaskQueryVariables = Exact<{
  id: string | number;
}>;


export type GuacamoleRecordings_TaskQuery = { exportTask: { id: string, status: ExportTaskStatus, error: string | null, outputDurationSeconds: number | null, manifest: { content: string } | null } };

export type GuacamoleRecordings_CreateApiTokenMutationVariables = Exact<{
  name: string;
}>;


export type GuacamoleRecordings_CreateApiTokenMutation = { createApiToken: { secret: string } };

export type HostileFiles_RecordingsQueryVariables = Exact<{ [key: string]: never; }>;


export type HostileFiles_RecordingsQuery = { recordings: { edges: Array<{ node: { id: string, userName: string, kind: RecordingKind, format: string, sourceLocation: string } }> } };

export type HostileFiles_ExportMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type HostileFiles_ExportMutation = { exportRecordings: { tasks: Array<{ id: string }> } };

export type HostileFiles_TaskQueryVariables = Exact<{
  id: string | number;
}>;


export type HostileFiles_TaskQuery = { exportTask: { id: string, status: ExportTaskStatus, error: string | null, downloadUrl: string | null } };

export type HostileFiles_TaskServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type HostileFiles_TaskServicesQuery = { taskServices: Array<{ name: string, online: boolean }> };

export type HostileRequests_RecordingIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type HostileRequests_RecordingIdsQuery = { recordings: { edges: Array<{ node: { id: string, userName: string } }> } };

export type HostileRequests_RecordingQueryVariables = Exact<{
  id: string | number;
}>;


export type HostileRequests_RecordingQuery = { recording: { id: string, restricted: boolean } };

export type HostileRequests_RestrictMutationVariables = Exact<{
  id: string | number;
}>;


export type HostileRequests_RestrictMutation = { restrictRecording: { id: string, restricted: boolean } };

export type HostileRequests_ExportMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type HostileRequests_ExportMutation = { exportRecordings: { tasks: Array<{ id: string }> } };

export type HostileRequests_TaskStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type HostileRequests_TaskStatusQuery = { exportTask: { status: ExportTaskStatus } };

export type HostileRequests_CancelMutationVariables = Exact<{
  id: string | number;
}>;


export type HostileRequests_CancelMutation = { cancelExportTask: { status: ExportTaskStatus } };

export type HostileRequests_SearchQueryVariables = Exact<{
  text?: string | null | undefined;
}>;


export type HostileRequests_SearchQuery = { recordings: { totalCount: number } };

export type HostileRequests_AuditQueryVariables = Exact<{
  filter?: ExportAuditFilter | null | undefined;
}>;


export type HostileRequests_AuditQuery = { exportAudit: { totalCount: number, edges: Array<{ node: { action: AuditAction, actor: string | null, recordingId: string | null, taskId: string | null, reason: string | null, detail: string | null, withheld: boolean } }> } };

export type IdleStretches_RecordingsQueryVariables = Exact<{ [key: string]: never; }>;


export type IdleStretches_RecordingsQuery = { recordings: { edges: Array<{ node: { id: string, kind: RecordingKind, userName: string, sourceLocation: string } }> } };

export type IdleStretches_ScanMutationVariables = Exact<{
  recordingId: string | number;
}>;


export type IdleStretches_ScanMutation = { scanIdleStretches: { id: string, status: IdleStretchScanStatus } };

export type IdleStretches_StretchesQueryVariables = Exact<{
  id: string | number;
}>;


export type IdleStretches_StretchesQuery = { recording: { idleStretches: { id: string, status: IdleStretchScanStatus, progress: number, error: string | null, stretches: Array<{ start: number, end: number }> } | null } };

export type Import_RecordingQueryVariables = Exact<{
  id: string | number;
}>;


export type Import_RecordingQuery = { recording: { endedAt: string, sourceLocation: string, id: string, userName: string, serverName: string, clientName: string, clientIp: string, applications: Array<string>, protocol: string, startedAt: string, durationSeconds: number, sizeBytes: number, format: string, width: number | null, height: number | null, hasAudio: boolean, restricted: boolean, sourceSha256: string } };

export type Import_RecordingsQueryVariables = Exact<{
  filter?: RecordingFilter | null | undefined;
}>;


export type Import_RecordingsQuery = { recordings: { totalCount: number, edges: Array<{ node: { sourceLocation: string, id: string, userName: string, serverName: string, clientName: string, clientIp: string, applications: Array<string>, protocol: string, startedAt: string, durationSeconds: number, sizeBytes: number, format: string, width: number | null, height: number | null, hasAudio: boolean, restricted: boolean, sourceSha256: string } }> } };

export type Metrics_RecordingsQueryVariables = Exact<{ [key: string]: never; }>;


export type Metrics_RecordingsQuery = { recordings: { edges: Array<{ node: { id: string, userName: string, sourceLocation: string } }> } };

export type Metrics_ExportMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type Metrics_ExportMutation = { exportRecordings: { tasks: Array<{ id: string }> } };

export type Metrics_TaskUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type Metrics_TaskUpdatedSubscription = { taskUpdated: { id: string, status: ExportTaskStatus } };

export type ObjectStorage_RecordingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ObjectStorage_RecordingsQuery = { recordings: { edges: Array<{ node: { id: string, userName: string, sourceSha256: string, format: string } }> } };

export type ObjectStorage_ExportMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type ObjectStorage_ExportMutation = { exportRecordings: { tasks: Array<{ id: string }> } };

export type ObjectStorage_TaskQueryVariables = Exact<{
  id: string | number;
}>;


export type ObjectStorage_TaskQuery = { exportTask: { id: string, status: ExportTaskStatus, progress: number, error: string | null, outputSha256: string | null, outputSizeBytes: number | null, fileName: string } };

export type ObjectStorage_ManifestQueryVariables = Exact<{
  id: string | number;
}>;


export type ObjectStorage_ManifestQuery = { exportTask: { manifest: { content: string } | null } };

export type ParallelExport_RecordingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ParallelExport_RecordingsQuery = { recordings: { edges: Array<{ node: { id: string, userName: string, durationSeconds: number } }> } };

export type ParallelExport_ExportMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type ParallelExport_ExportMutation = { exportRecordings: { tasks: Array<{ id: string }> } };

export type ParallelExport_TaskQueryVariables = Exact<{
  id: string | number;
}>;


export type ParallelExport_TaskQuery = { exportTask: { id: string, status: ExportTaskStatus, progress: number, attempts: number, error: string | null, outputSha256: string | null, outputDurationSeconds: number | null, manifest: { content: string, document: { conversion: { segments: Array<{ index: number, startSeconds: number, endSeconds: number, taskServiceId: string, sha256: string }> | null } } | null } | null } };

export type ParallelExport_CancelMutationVariables = Exact<{
  id: string | number;
}>;


export type ParallelExport_CancelMutation = { cancelExportTask: { id: string, status: ExportTaskStatus } };

export type Playback_VideoRecordingsQueryVariables = Exact<{ [key: string]: never; }>;


export type Playback_VideoRecordingsQuery = { recordings: { edges: Array<{ node: { id: string, restricted: boolean, sourceLocation: string, sizeBytes: number } }> } };

export type Playback_TerminalRecordingsQueryVariables = Exact<{ [key: string]: never; }>;


export type Playback_TerminalRecordingsQuery = { recordings: { edges: Array<{ node: { id: string, userName: string, kind: RecordingKind } }> } };

export type Playback_PlaybacksQueryVariables = Exact<{ [key: string]: never; }>;


export type Playback_PlaybacksQuery = { exportAudit: { totalCount: number, edges: Array<{ node: { action: AuditAction, actionLabel: string, actor: string | null, outcome: AuditOutcome } }> } };

export type RecordingsCatalog_ListQueryVariables = Exact<{
  filter?: RecordingFilter | null | undefined;
  orderBy?: RecordingOrder | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type RecordingsCatalog_ListQuery = { recordings: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, userName: string, serverName: string, clientName: string, clientIp: string, applications: Array<string>, protocol: string, startedAt: string, durationSeconds: number, sizeBytes: number, format: string, width: number | null, height: number | null, hasAudio: boolean, restricted: boolean, sourceSha256: string } }> } };

export type RecordingsCatalog_MostQueryVariables = Exact<{ [key: string]: never; }>;


export type RecordingsCatalog_MostQuery = { recordings: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type RecordingsCatalog_RecordingQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordingsCatalog_RecordingQuery = { recording: { id: string } };

export type RestrictedRecordings_ExportMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type RestrictedRecordings_ExportMutation = { exportRecordings: { tasks: Array<{ id: string }> } };

export type RestrictedRecordings_TaskQueryVariables = Exact<{
  id: string | number;
}>;


export type RestrictedRecordings_TaskQuery = { exportTask: { id: string, status: ExportTaskStatus, recording: { id: string } } };

export type RestrictedRecordings_TaskFlagsQueryVariables = Exact<{
  id: string | number;
}>;


export type RestrictedRecordings_TaskFlagsQuery = { exportTask: { canCancel: boolean, canDownload: boolean } };

export type RestrictedRecordings_TasksQueryVariables = Exact<{ [key: string]: never; }>;


export type RestrictedRecordings_TasksQuery = { exportTasks: { totalCount: number, edges: Array<{ node: { id: string, recording: { id: string, restricted: boolean } } }> } };

export type RestrictedRecordings_CancelMutationVariables = Exact<{
  id: string | number;
}>;


export type RestrictedRecordings_CancelMutation = { cancelExportTask: { status: ExportTaskStatus } };

export type RestrictedRecordings_RecordingNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type RestrictedRecordings_RecordingNamesQuery = { recordings: { edges: Array<{ node: { id: string, userName: string } }> } };

export type RestrictedRecordings_RecordingsQueryVariables = Exact<{ [key: string]: never; }>;


export type RestrictedRecordings_RecordingsQuery = { recordings: { totalCount: number, edges: Array<{ node: { id: string, restricted: boolean } }> } };

export type RestrictedRecordings_RecordingQueryVariables = Exact<{
  id: string | number;
}>;


export type RestrictedRecordings_RecordingQuery = { recording: { id: string, restricted: boolean } };

export type RestrictedRecordings_RestrictMutationVariables = Exact<{
  id: string | number;
}>;


export type RestrictedRecordings_RestrictMutation = { restrictRecording: { id: string, restricted: boolean } };

export type RestrictedRecordings_UnrestrictMutationVariables = Exact<{
  id: string | number;
}>;


export type RestrictedRecordings_UnrestrictMutation = { unrestrictRecording: { id: string, restricted: boolean } };

export type RestrictedRecordings_TaskRecordingUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RestrictedRecordings_TaskRecordingUpdatedSubscription = { taskUpdated: { id: string, recording: { id: string } } };

export type RestrictedRecordings_TaskStatusUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RestrictedRecordings_TaskStatusUpdatedSubscription = { taskUpdated: { id: string, status: ExportTaskStatus } };

export type Retention_RecordingIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type Retention_RecordingIdsQuery = { recordings: { edges: Array<{ node: { id: string } }> } };

export type Retention_ExportMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type Retention_ExportMutation = { exportRecordings: { tasks: Array<{ id: string }> } };

export type Retention_TaskQueryVariables = Exact<{
  id: string | number;
}>;


export type Retention_TaskQuery = { exportTask: { id: string, status: ExportTaskStatus, downloadUrl: string | null, expiredAt: string | null } };

export type SignInLimits_SignInMutationVariables = Exact<{
  u: string;
  p: string;
}>;


export type SignInLimits_SignInMutation = { signIn: { token: string } };

export type SignInLimits_MeQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInLimits_MeQuery = { me: { username: string } | null };

export type SingleMachine_TaskServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type SingleMachine_TaskServicesQuery = { taskServices: Array<{ name: string, hostName: string, authorized: boolean, authorizedBy: string | null, online: boolean }> };

export type SingleMachine_RecordingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SingleMachine_RecordingsQuery = { recordings: { edges: Array<{ node: { id: string } }> } };

export type SingleMachine_ExportMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type SingleMachine_ExportMutation = { exportRecordings: { tasks: Array<{ id: string }> } };

export type SingleMachine_TaskQueryVariables = Exact<{
  id: string | number;
}>;


export type SingleMachine_TaskQuery = { exportTask: { status: ExportTaskStatus, error: string | null } };

export type TaskFanout_ExportMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type TaskFanout_ExportMutation = { exportRecordings: { tasks: Array<{ id: string }> } };

export type TaskFanout_RecordingNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type TaskFanout_RecordingNamesQuery = { recordings: { edges: Array<{ node: { id: string, userName: string } }> } };

export type TaskFanout_TaskUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TaskFanout_TaskUpdatedSubscription = { taskUpdated: { id: string, status: ExportTaskStatus, progress: number, canCancel: boolean, canDownload: boolean, recording: { id: string, restricted: boolean }, requestedBy: { username: string } } };

export type TaskFanout_RequesterDisabledSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TaskFanout_RequesterDisabledSubscription = { taskUpdated: { id: string, requestedBy: { disabled: boolean } } };

export type TaskServices_RecordingIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type TaskServices_RecordingIdsQuery = { recordings: { edges: Array<{ node: { id: string } }> } };

export type TaskServices_ExportMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type TaskServices_ExportMutation = { exportRecordings: { tasks: Array<{ id: string, status: ExportTaskStatus }> } };

export type TaskServices_TaskQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskServices_TaskQuery = { exportTask: { id: string, status: ExportTaskStatus, taskServiceHost: string | null } };

export type TaskServices_ReadyQueryVariables = Exact<{ [key: string]: never; }>;


export type TaskServices_ReadyQuery = { authorizedTaskServicesOnline: number };

export type TaskServices_ServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type TaskServices_ServicesQuery = { taskServices: Array<{ id: string, name: string, hostName: string, softwareVersion: string, concurrency: number, ffmpegVersion: string, ffmpegSource: string, startedAt: string, lastHeartbeatAt: string, runningTasks: number, authorized: boolean, authorizedBy: string | null, online: boolean }> };

export type TaskServices_ServiceUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TaskServices_ServiceUpdatedSubscription = { taskServiceUpdated: { id: string, name: string, authorized: boolean, online: boolean } };

export type TaskServices_AuthorizeMutationVariables = Exact<{
  id: string | number;
}>;


export type TaskServices_AuthorizeMutation = { authorizeTaskService: { id: string } };

export type TaskServices_RevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type TaskServices_RevokeMutation = { revokeTaskService: { authorized: boolean } };

export type TaskServices_SettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TaskServices_SettingsQuery = { settings: { exportsEnabled: boolean } };

export type TaskServices_UpdateSettingsMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type TaskServices_UpdateSettingsMutation = { updateSettings: { exportsEnabled: boolean } };

export type TerminalRecordings_RecordingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TerminalRecordings_RecordingsQuery = { recordings: { edges: Array<{ node: { id: string, kind: RecordingKind, format: string, durationSeconds: number, startedAt: string, applications: Array<string>, userName: string, serverName: string, protocol: string, width: number | null, height: number | null, hasAudio: boolean, terminal: { asciicastVersion: number, cols: number, rows: number, maxCols: number, maxRows: number, title: string | null, command: string | null, termType: string | null, env: Array<string> | null, outputEvents: number, inputEvents: number, resizes: number, markers: number, exitStatus: number | null, theme: { fg: string, bg: string, palette: Array<string> } | null } | null } }> } };

export type TerminalRecordings_ExportMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type TerminalRecordings_ExportMutation = { exportRecordings: { tasks: Array<{ id: string }> } };

export type TerminalRecordings_ExportWithOptionsMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type TerminalRecordings_ExportWithOptionsMutation = { exportRecordings: { tasks: Array<{ id: string, recording: { id: string }, renderOptions: { frameRate: number, idleTimeLimitSeconds: number | null, fontSize: number | null } | null }> } };

export type TerminalRecordings_TasksQueryVariables = Exact<{ [key: string]: never; }>;


export type TerminalRecordings_TasksQuery = { exportTasks: { edges: Array<{ node: { id: string, status: ExportTaskStatus, error: string | null, outputDurationSeconds: number | null, outputSha256: string | null } }> } };

export type TerminalRecordings_CreateApiTokenMutationVariables = Exact<{
  name: string;
}>;


export type TerminalRecordings_CreateApiTokenMutation = { createApiToken: { secret: string } };

export type WorkerCrash_RecordingIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkerCrash_RecordingIdsQuery = { recordings: { edges: Array<{ node: { id: string } }> } };

export type WorkerCrash_ExportMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type WorkerCrash_ExportMutation = { exportRecordings: { tasks: Array<{ id: string }> } };

export type WorkerCrash_TaskQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkerCrash_TaskQuery = { exportTask: { id: string, status: ExportTaskStatus, progress: number, attempts: number, error: string | null, taskServiceHost: string | null } };

export type FaultExports_RecordingsQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultExports_RecordingsQuery = { recordings: { edges: Array<{ node: { id: string, userName: string } }> } };

export type FaultExports_ExportMutationVariables = Exact<{
  input: ExportRecordingsInput;
}>;


export type FaultExports_ExportMutation = { exportRecordings: { tasks: Array<{ id: string }> } };

export type FaultExports_TaskQueryVariables = Exact<{
  id: string | number;
}>;


export type FaultExports_TaskQuery = { exportTask: { id: string, status: ExportTaskStatus, progress: number, attempts: number, error: string | null, outputSha256: string | null, outputSizeBytes: number | null } };

export type FaultSystem_TaskServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type FaultSystem_TaskServicesQuery = { taskServices: Array<{ id: string, name: string, authorized: boolean }> };

export type FaultSystem_AuthorizeTaskServiceMutationVariables = Exact<{
  id: string | number;
}>;


export type FaultSystem_AuthorizeTaskServiceMutation = { authorizeTaskService: { id: string } };

export type RecordingFieldsFragment = { id: string, userName: string, serverName: string, clientName: string, clientIp: string, applications: Array<string>, protocol: string, startedAt: string, durationSeconds: number, sizeBytes: number, format: string, width: number | null, height: number | null, hasAudio: boolean, restricted: boolean, sourceSha256: string };

export type TaskFieldsFragment = { id: string, status: ExportTaskStatus, progress: number, reason: string, attempts: number, error: string | null, taskServiceHost: string | null, outputSha256: string | null, outputSizeBytes: number | null, outputDurationSeconds: number | null, downloadUrl: string | null, fileName: string, requestedAt: string, startedAt: string | null, finishedAt: string | null, requestedBy: { username: string }, recording: { id: string, userName: string, durationSeconds: number, hasAudio: boolean } };

export type GraphqlClient_SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type GraphqlClient_SignInMutation = { signIn: { token: string } };

export type GraphqlClient_CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type GraphqlClient_CreateUserMutation = { createUser: { id: string } };

export type System_TaskServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type System_TaskServicesQuery = { taskServices: Array<{ id: string, name: string, authorized: boolean }> };

export type System_AuthorizeTaskServiceMutationVariables = Exact<{
  id: string | number;
}>;


export type System_AuthorizeTaskServiceMutation = { authorizeTaskService: { id: string } };

export const RecordingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientIp"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSha256"}}]}}]} as unknown as DocumentNode<RecordingFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"taskServiceHost"}},{"kind":"Field","name":{"kind":"Name","value":"outputSha256"}},{"kind":"Field","name":{"kind":"Name","value":"outputSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"outputDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}}]}}]}}]} as unknown as DocumentNode<TaskFieldsFragment, unknown>;
export const AuditAnchor_IntegrityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditAnchor_Integrity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditIntegrity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"full"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"firstProblem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"problemCount"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkpointId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"headEventId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"log"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compared"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditAnchor_IntegrityQuery, AuditAnchor_IntegrityQueryVariables>;
export const AuditAnchor_CreateCheckpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditAnchor_CreateCheckpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAuditCheckpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"headEventId"}}]}}]}}]} as unknown as DocumentNode<AuditAnchor_CreateCheckpointMutation, AuditAnchor_CreateCheckpointMutationVariables>;
export const AuditIntegrity_ExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditIntegrity_Export"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AuditIntegrity_ExportMutation, AuditIntegrity_ExportMutationVariables>;
export const AuditIntegrity_IntegrityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditIntegrity_Integrity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditIntegrity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"full"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"eventsChecked"}},{"kind":"Field","name":{"kind":"Name","value":"headEventId"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"firstProblem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"problemCount"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkpointId"}},{"kind":"Field","name":{"kind":"Name","value":"headEventId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headEventId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditIntegrity_IntegrityQuery, AuditIntegrity_IntegrityQueryVariables>;
export const AuditIntegrity_RecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditIntegrity_Recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditIntegrity_RecordingsQuery, AuditIntegrity_RecordingsQueryVariables>;
export const AuditIntegrity_CreateCheckpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditIntegrity_CreateCheckpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAuditCheckpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headEventId"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"signedText"}}]}}]}}]} as unknown as DocumentNode<AuditIntegrity_CreateCheckpointMutation, AuditIntegrity_CreateCheckpointMutationVariables>;
export const AuditIntegrity_CreateCheckpointIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditIntegrity_CreateCheckpointId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAuditCheckpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditIntegrity_CreateCheckpointIdMutation, AuditIntegrity_CreateCheckpointIdMutationVariables>;
export const AuditIntegrity_CheckpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditIntegrity_Checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditCheckpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditIntegrity_CheckpointsQuery, AuditIntegrity_CheckpointsQueryVariables>;
export const AuditIntegrity_CheckpointCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditIntegrity_CheckpointCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditCheckpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AuditIntegrity_CheckpointCountQuery, AuditIntegrity_CheckpointCountQueryVariables>;
export const AuditIntegrity_TaskStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditIntegrity_TaskStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<AuditIntegrity_TaskStatusQuery, AuditIntegrity_TaskStatusQueryVariables>;
export const AuthorizationConsole_TaskUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AuthorizationConsole_TaskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_TaskUpdatedSubscription, AuthorizationConsole_TaskUpdatedSubscriptionVariables>;
export const AuthorizationConsole_SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizationConsole_SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_SignInMutation, AuthorizationConsole_SignInMutationVariables>;
export const AuthorizationConsole_SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizationConsole_SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<AuthorizationConsole_SignOutMutation, AuthorizationConsole_SignOutMutationVariables>;
export const AuthorizationConsole_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizationConsole_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_MeQuery, AuthorizationConsole_MeQueryVariables>;
export const AuthorizationConsole_MyRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizationConsole_MyRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRoles"}},{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_MyRolesQuery, AuthorizationConsole_MyRolesQueryVariables>;
export const AuthorizationConsole_TasksAndMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizationConsole_TasksAndMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_TasksAndMeQuery, AuthorizationConsole_TasksAndMeQueryVariables>;
export const AuthorizationConsole_RecordingsAndMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizationConsole_RecordingsAndMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_RecordingsAndMeQuery, AuthorizationConsole_RecordingsAndMeQueryVariables>;
export const AuthorizationConsole_TaskCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizationConsole_TaskCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_TaskCountQuery, AuthorizationConsole_TaskCountQueryVariables>;
export const AuthorizationConsole_RecordingCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizationConsole_RecordingCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_RecordingCountQuery, AuthorizationConsole_RecordingCountQueryVariables>;
export const AuthorizationConsole_RecordingIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizationConsole_RecordingIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_RecordingIdsQuery, AuthorizationConsole_RecordingIdsQueryVariables>;
export const AuthorizationConsole_AuditCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizationConsole_AuditCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportAudit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_AuditCountQuery, AuthorizationConsole_AuditCountQueryVariables>;
export const AuthorizationConsole_UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizationConsole_Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_UsersQuery, AuthorizationConsole_UsersQueryVariables>;
export const AuthorizationConsole_UserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizationConsole_User"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveRoles"}},{"kind":"Field","name":{"kind":"Name","value":"canReadAudit"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_UserQuery, AuthorizationConsole_UserQueryVariables>;
export const AuthorizationConsole_DisableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizationConsole_DisableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_DisableUserMutation, AuthorizationConsole_DisableUserMutationVariables>;
export const AuthorizationConsole_EnableUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizationConsole_EnableUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_EnableUserMutation, AuthorizationConsole_EnableUserMutationVariables>;
export const AuthorizationConsole_ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizationConsole_ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_ResetPasswordMutation, AuthorizationConsole_ResetPasswordMutationVariables>;
export const AuthorizationConsole_GrantUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizationConsole_GrantUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_GrantUserRoleMutation, AuthorizationConsole_GrantUserRoleMutationVariables>;
export const AuthorizationConsole_RevokeUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizationConsole_RevokeUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_RevokeUserRoleMutation, AuthorizationConsole_RevokeUserRoleMutationVariables>;
export const AuthorizationConsole_GroupIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizationConsole_GroupIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_GroupIdsQuery, AuthorizationConsole_GroupIdsQueryVariables>;
export const AuthorizationConsole_GroupMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizationConsole_GroupMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_GroupMembersQuery, AuthorizationConsole_GroupMembersQueryVariables>;
export const AuthorizationConsole_CreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizationConsole_CreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_CreateGroupMutation, AuthorizationConsole_CreateGroupMutationVariables>;
export const AuthorizationConsole_RenameGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizationConsole_RenameGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_RenameGroupMutation, AuthorizationConsole_RenameGroupMutationVariables>;
export const AuthorizationConsole_DeleteGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizationConsole_DeleteGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<AuthorizationConsole_DeleteGroupMutation, AuthorizationConsole_DeleteGroupMutationVariables>;
export const AuthorizationConsole_AddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizationConsole_AddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_AddMemberMutation, AuthorizationConsole_AddMemberMutationVariables>;
export const AuthorizationConsole_RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizationConsole_RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_RemoveMemberMutation, AuthorizationConsole_RemoveMemberMutationVariables>;
export const AuthorizationConsole_GrantGroupRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizationConsole_GrantGroupRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantGroupRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_GrantGroupRoleMutation, AuthorizationConsole_GrantGroupRoleMutationVariables>;
export const AuthorizationConsole_CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizationConsole_CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_CreateApiTokenMutation, AuthorizationConsole_CreateApiTokenMutationVariables>;
export const AuthorizationConsole_MyApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizationConsole_MyApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_MyApiTokensQuery, AuthorizationConsole_MyApiTokensQueryVariables>;
export const AuthorizationConsole_AllApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorizationConsole_AllApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allUsers"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_AllApiTokensQuery, AuthorizationConsole_AllApiTokensQueryVariables>;
export const AuthorizationConsole_RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizationConsole_RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<AuthorizationConsole_RevokeApiTokenMutation, AuthorizationConsole_RevokeApiTokenMutationVariables>;
export const AuthorizationConsole_ExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizationConsole_Export"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_ExportMutation, AuthorizationConsole_ExportMutationVariables>;
export const AuthorizationConsole_CancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizationConsole_Cancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelExportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthorizationConsole_CancelMutation, AuthorizationConsole_CancelMutationVariables>;
export const Authorization_ExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Authorization_Export"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<Authorization_ExportMutation, Authorization_ExportMutationVariables>;
export const Authorization_RecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Authorization_Recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Authorization_RecordingsQuery, Authorization_RecordingsQueryVariables>;
export const Authorization_RecordingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Authorization_RecordingPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Authorization_RecordingPageQuery, Authorization_RecordingPageQueryVariables>;
export const Authorization_RecordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Authorization_Recording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}}]}}]}}]} as unknown as DocumentNode<Authorization_RecordingQuery, Authorization_RecordingQueryVariables>;
export const Authorization_RecordingCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Authorization_RecordingCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<Authorization_RecordingCountQuery, Authorization_RecordingCountQueryVariables>;
export const Authorization_TaskCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Authorization_TaskCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<Authorization_TaskCountQuery, Authorization_TaskCountQueryVariables>;
export const Authorization_AuditCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Authorization_AuditCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportAudit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<Authorization_AuditCountQuery, Authorization_AuditCountQueryVariables>;
export const Authorization_DeniedExportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Authorization_DeniedExports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"action"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"EXPORT_DENIED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Authorization_DeniedExportsQuery, Authorization_DeniedExportsQueryVariables>;
export const Authorization_RequestedExportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Authorization_RequestedExports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"recordingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordingId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"action"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"EXPORT_REQUESTED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Authorization_RequestedExportsQuery, Authorization_RequestedExportsQueryVariables>;
export const Authorization_CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Authorization_CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Authorization_CreateUserMutation, Authorization_CreateUserMutationVariables>;
export const Authorization_SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Authorization_SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<Authorization_SignInMutation, Authorization_SignInMutationVariables>;
export const Authorization_SignInUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Authorization_SignInUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"canExport"}},{"kind":"Field","name":{"kind":"Name","value":"canReadAudit"}},{"kind":"Field","name":{"kind":"Name","value":"canAdminister"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Authorization_SignInUserMutation, Authorization_SignInUserMutationVariables>;
export const Authorization_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Authorization_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"canExport"}}]}}]}}]} as unknown as DocumentNode<Authorization_MeQuery, Authorization_MeQueryVariables>;
export const Authorization_CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Authorization_CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<Authorization_CreateApiTokenMutation, Authorization_CreateApiTokenMutationVariables>;
export const Authorization_RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Authorization_RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<Authorization_RevokeApiTokenMutation, Authorization_RevokeApiTokenMutationVariables>;
export const Authorization_TaskUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Authorization_TaskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Authorization_TaskUpdatedSubscription, Authorization_TaskUpdatedSubscriptionVariables>;
export const Authorization_DeepestAllowedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Authorization_DeepestAllowed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Authorization_DeepestAllowedQuery, Authorization_DeepestAllowedQueryVariables>;
export const BrowserPreviews_RecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowserPreviews_Recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"videoCodec"}},{"kind":"Field","name":{"kind":"Name","value":"needsBrowserPreview"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BrowserPreviews_RecordingsQuery, BrowserPreviews_RecordingsQueryVariables>;
export const BrowserPreviews_PreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowserPreviews_Preview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"browserPreview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"outputSizeBytes"}}]}}]}}]}}]} as unknown as DocumentNode<BrowserPreviews_PreviewQuery, BrowserPreviews_PreviewQueryVariables>;
export const BrowserPreviews_PrepareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrowserPreviews_Prepare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prepareBrowserPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BrowserPreviews_PrepareMutation, BrowserPreviews_PrepareMutationVariables>;
export const Evidence_RecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Evidence_Recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSha256"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Evidence_RecordingsQuery, Evidence_RecordingsQueryVariables>;
export const Evidence_ExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Evidence_Export"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<Evidence_ExportMutation, Evidence_ExportMutationVariables>;
export const Evidence_ExportTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Evidence_ExportTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"outputSha256"}},{"kind":"Field","name":{"kind":"Name","value":"outputSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"outputDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"taskServiceHost"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceBundleUrl"}},{"kind":"Field","name":{"kind":"Name","value":"manifest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"outputSha256"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]}}]} as unknown as DocumentNode<Evidence_ExportTaskQuery, Evidence_ExportTaskQueryVariables>;
export const Evidence_SigningKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Evidence_SigningKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signingKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"publicKeyPem"}}]}}]}}]} as unknown as DocumentNode<Evidence_SigningKeysQuery, Evidence_SigningKeysQueryVariables>;
export const Evidence_VerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Evidence_Verify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sha"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sha256"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sha"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signatureValid"}},{"kind":"Field","name":{"kind":"Name","value":"keyActive"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manifest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Evidence_VerifyQuery, Evidence_VerifyQueryVariables>;
export const Evidence_VerifyKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Evidence_VerifyKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sha"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sha256"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sha"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signatureValid"}},{"kind":"Field","name":{"kind":"Name","value":"keyActive"}}]}}]}}]}}]} as unknown as DocumentNode<Evidence_VerifyKeysQuery, Evidence_VerifyKeysQueryVariables>;
export const Evidence_VerifySignaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Evidence_VerifySignatures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sha"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sha256"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sha"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signatureValid"}}]}}]}}]}}]} as unknown as DocumentNode<Evidence_VerifySignaturesQuery, Evidence_VerifySignaturesQueryVariables>;
export const ExportFailures_RecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportFailures_Recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLocation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportFailures_RecordingsQuery, ExportFailures_RecordingsQueryVariables>;
export const ExportFailures_ExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportFailures_Export"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ExportFailures_ExportMutation, ExportFailures_ExportMutationVariables>;
export const ExportFailures_TaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportFailures_Task"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<ExportFailures_TaskQuery, ExportFailures_TaskQueryVariables>;
export const ExportFailures_CancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportFailures_Cancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelExportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ExportFailures_CancelMutation, ExportFailures_CancelMutationVariables>;
export const ExportFailures_RetryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportFailures_Retry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryExportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"retryOfTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ExportFailures_RetryMutation, ExportFailures_RetryMutationVariables>;
export const ExportFailures_RetriedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportFailures_Retried"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"canRetry"}},{"kind":"Field","name":{"kind":"Name","value":"retriedAsTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"outputSha256"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ExportFailures_RetriedQuery, ExportFailures_RetriedQueryVariables>;
export const ExportFlow_RecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportFlow_Recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportFlow_RecordingsQuery, ExportFlow_RecordingsQueryVariables>;
export const ExportFlow_TaskUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ExportFlow_TaskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}}]} as unknown as DocumentNode<ExportFlow_TaskUpdatedSubscription, ExportFlow_TaskUpdatedSubscriptionVariables>;
export const ExportFlow_ExportTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportFlow_ExportTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"taskServiceHost"}},{"kind":"Field","name":{"kind":"Name","value":"outputSha256"}},{"kind":"Field","name":{"kind":"Name","value":"outputSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"outputDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}}]}}]}}]} as unknown as DocumentNode<ExportFlow_ExportTasksMutation, ExportFlow_ExportTasksMutationVariables>;
export const ExportFlow_ExportIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportFlow_ExportIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ExportFlow_ExportIdsMutation, ExportFlow_ExportIdsMutationVariables>;
export const ExportFlow_TaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportFlow_Task"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"taskServiceHost"}},{"kind":"Field","name":{"kind":"Name","value":"outputSha256"}},{"kind":"Field","name":{"kind":"Name","value":"outputSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"outputDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}}]}}]}}]} as unknown as DocumentNode<ExportFlow_TaskQuery, ExportFlow_TaskQueryVariables>;
export const ExportFlow_CompletedTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportFlow_CompletedTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"COMPLETED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"outputSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"outputSha256"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportFlow_CompletedTasksQuery, ExportFlow_CompletedTasksQueryVariables>;
export const FaultsDatabase_TaskUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FaultsDatabase_TaskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}}]} as unknown as DocumentNode<FaultsDatabase_TaskUpdatedSubscription, FaultsDatabase_TaskUpdatedSubscriptionVariables>;
export const FaultsDatabase_TaskStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultsDatabase_TaskStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FaultsDatabase_TaskStatusQuery, FaultsDatabase_TaskStatusQueryVariables>;
export const GuacamoleRecordings_RecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuacamoleRecordings_Recordings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLocation"}},{"kind":"Field","name":{"kind":"Name","value":"guacamole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"terminalLayout"}},{"kind":"Field","name":{"kind":"Name","value":"keysRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"gzip"}},{"kind":"Field","name":{"kind":"Name","value":"truncatedAtByte"}},{"kind":"Field","name":{"kind":"Name","value":"truncatedAtInstruction"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GuacamoleRecordings_RecordingsQuery, GuacamoleRecordings_RecordingsQueryVariables>;
export const GuacamoleRecordings_ExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GuacamoleRecordings_Export"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"renderOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameRate"}},{"kind":"Field","name":{"kind":"Name","value":"idleTimeLimitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"fontSize"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GuacamoleRecordings_ExportMutation, GuacamoleRecordings_ExportMutationVariables>;
export const GuacamoleRecordings_TaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuacamoleRecordings_Task"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"outputDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"manifest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]} as unknown as DocumentNode<GuacamoleRecordings_TaskQuery, GuacamoleRecordings_TaskQueryVariables>;
export const GuacamoleRecordings_CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GuacamoleRecordings_CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<GuacamoleRecordings_CreateApiTokenMutation, GuacamoleRecordings_CreateApiTokenMutationVariables>;
export const HostileFiles_RecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostileFiles_Recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLocation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostileFiles_RecordingsQuery, HostileFiles_RecordingsQueryVariables>;
export const HostileFiles_ExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HostileFiles_Export"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<HostileFiles_ExportMutation, HostileFiles_ExportMutationVariables>;
export const HostileFiles_TaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostileFiles_Task"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<HostileFiles_TaskQuery, HostileFiles_TaskQueryVariables>;
export const HostileFiles_TaskServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostileFiles_TaskServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]}}]} as unknown as DocumentNode<HostileFiles_TaskServicesQuery, HostileFiles_TaskServicesQueryVariables>;
export const HostileRequests_RecordingIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostileRequests_RecordingIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostileRequests_RecordingIdsQuery, HostileRequests_RecordingIdsQueryVariables>;
export const HostileRequests_RecordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostileRequests_Recording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}}]}}]}}]} as unknown as DocumentNode<HostileRequests_RecordingQuery, HostileRequests_RecordingQueryVariables>;
export const HostileRequests_RestrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HostileRequests_Restrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restrictRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}}]}}]}}]} as unknown as DocumentNode<HostileRequests_RestrictMutation, HostileRequests_RestrictMutationVariables>;
export const HostileRequests_ExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HostileRequests_Export"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<HostileRequests_ExportMutation, HostileRequests_ExportMutationVariables>;
export const HostileRequests_TaskStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostileRequests_TaskStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<HostileRequests_TaskStatusQuery, HostileRequests_TaskStatusQueryVariables>;
export const HostileRequests_CancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HostileRequests_Cancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelExportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<HostileRequests_CancelMutation, HostileRequests_CancelMutationVariables>;
export const HostileRequests_SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostileRequests_Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<HostileRequests_SearchQuery, HostileRequests_SearchQueryVariables>;
export const HostileRequests_AuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostileRequests_Audit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportAuditFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"recordingId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostileRequests_AuditQuery, HostileRequests_AuditQueryVariables>;
export const IdleStretches_RecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdleStretches_Recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLocation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IdleStretches_RecordingsQuery, IdleStretches_RecordingsQueryVariables>;
export const IdleStretches_ScanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdleStretches_Scan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scanIdleStretches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recordingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<IdleStretches_ScanMutation, IdleStretches_ScanMutationVariables>;
export const IdleStretches_StretchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdleStretches_Stretches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idleStretches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"stretches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IdleStretches_StretchesQuery, IdleStretches_StretchesQueryVariables>;
export const Import_RecordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Import_Recording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordingFields"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLocation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientIp"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSha256"}}]}}]} as unknown as DocumentNode<Import_RecordingQuery, Import_RecordingQueryVariables>;
export const Import_RecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Import_Recordings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordingFields"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLocation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientIp"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSha256"}}]}}]} as unknown as DocumentNode<Import_RecordingsQuery, Import_RecordingsQueryVariables>;
export const Metrics_RecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Metrics_Recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLocation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Metrics_RecordingsQuery, Metrics_RecordingsQueryVariables>;
export const Metrics_ExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Metrics_Export"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<Metrics_ExportMutation, Metrics_ExportMutationVariables>;
export const Metrics_TaskUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Metrics_TaskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<Metrics_TaskUpdatedSubscription, Metrics_TaskUpdatedSubscriptionVariables>;
export const ObjectStorage_RecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObjectStorage_Recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSha256"}},{"kind":"Field","name":{"kind":"Name","value":"format"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObjectStorage_RecordingsQuery, ObjectStorage_RecordingsQueryVariables>;
export const ObjectStorage_ExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectStorage_Export"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ObjectStorage_ExportMutation, ObjectStorage_ExportMutationVariables>;
export const ObjectStorage_TaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObjectStorage_Task"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"outputSha256"}},{"kind":"Field","name":{"kind":"Name","value":"outputSizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]} as unknown as DocumentNode<ObjectStorage_TaskQuery, ObjectStorage_TaskQueryVariables>;
export const ObjectStorage_ManifestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObjectStorage_Manifest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manifest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]} as unknown as DocumentNode<ObjectStorage_ManifestQuery, ObjectStorage_ManifestQueryVariables>;
export const ParallelExport_RecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParallelExport_Recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParallelExport_RecordingsQuery, ParallelExport_RecordingsQueryVariables>;
export const ParallelExport_ExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ParallelExport_Export"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ParallelExport_ExportMutation, ParallelExport_ExportMutationVariables>;
export const ParallelExport_TaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParallelExport_Task"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"outputSha256"}},{"kind":"Field","name":{"kind":"Name","value":"outputDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"manifest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"startSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"endSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"taskServiceId"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParallelExport_TaskQuery, ParallelExport_TaskQueryVariables>;
export const ParallelExport_CancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ParallelExport_Cancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelExportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ParallelExport_CancelMutation, ParallelExport_CancelMutationVariables>;
export const Playback_VideoRecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Playback_VideoRecordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLocation"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Playback_VideoRecordingsQuery, Playback_VideoRecordingsQueryVariables>;
export const Playback_TerminalRecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Playback_TerminalRecordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Playback_TerminalRecordingsQuery, Playback_TerminalRecordingsQueryVariables>;
export const Playback_PlaybacksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Playback_Playbacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"action"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RECORDING_PLAYED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Playback_PlaybacksQuery, Playback_PlaybacksQueryVariables>;
export const RecordingsCatalog_ListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordingsCatalog_List"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordingOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordingFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recording"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientIp"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSha256"}}]}}]} as unknown as DocumentNode<RecordingsCatalog_ListQuery, RecordingsCatalog_ListQueryVariables>;
export const RecordingsCatalog_MostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordingsCatalog_Most"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordingsCatalog_MostQuery, RecordingsCatalog_MostQueryVariables>;
export const RecordingsCatalog_RecordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordingsCatalog_Recording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordingsCatalog_RecordingQuery, RecordingsCatalog_RecordingQueryVariables>;
export const RestrictedRecordings_ExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestrictedRecordings_Export"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RestrictedRecordings_ExportMutation, RestrictedRecordings_ExportMutationVariables>;
export const RestrictedRecordings_TaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestrictedRecordings_Task"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RestrictedRecordings_TaskQuery, RestrictedRecordings_TaskQueryVariables>;
export const RestrictedRecordings_TaskFlagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestrictedRecordings_TaskFlags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"canDownload"}}]}}]}}]} as unknown as DocumentNode<RestrictedRecordings_TaskFlagsQuery, RestrictedRecordings_TaskFlagsQueryVariables>;
export const RestrictedRecordings_TasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestrictedRecordings_Tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RestrictedRecordings_TasksQuery, RestrictedRecordings_TasksQueryVariables>;
export const RestrictedRecordings_CancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestrictedRecordings_Cancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelExportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RestrictedRecordings_CancelMutation, RestrictedRecordings_CancelMutationVariables>;
export const RestrictedRecordings_RecordingNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestrictedRecordings_RecordingNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RestrictedRecordings_RecordingNamesQuery, RestrictedRecordings_RecordingNamesQueryVariables>;
export const RestrictedRecordings_RecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestrictedRecordings_Recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RestrictedRecordings_RecordingsQuery, RestrictedRecordings_RecordingsQueryVariables>;
export const RestrictedRecordings_RecordingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestrictedRecordings_Recording"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}}]}}]}}]} as unknown as DocumentNode<RestrictedRecordings_RecordingQuery, RestrictedRecordings_RecordingQueryVariables>;
export const RestrictedRecordings_RestrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestrictedRecordings_Restrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restrictRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}}]}}]}}]} as unknown as DocumentNode<RestrictedRecordings_RestrictMutation, RestrictedRecordings_RestrictMutationVariables>;
export const RestrictedRecordings_UnrestrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestrictedRecordings_Unrestrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unrestrictRecording"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}}]}}]}}]} as unknown as DocumentNode<RestrictedRecordings_UnrestrictMutation, RestrictedRecordings_UnrestrictMutationVariables>;
export const RestrictedRecordings_TaskRecordingUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RestrictedRecordings_TaskRecordingUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RestrictedRecordings_TaskRecordingUpdatedSubscription, RestrictedRecordings_TaskRecordingUpdatedSubscriptionVariables>;
export const RestrictedRecordings_TaskStatusUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RestrictedRecordings_TaskStatusUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RestrictedRecordings_TaskStatusUpdatedSubscription, RestrictedRecordings_TaskStatusUpdatedSubscriptionVariables>;
export const Retention_RecordingIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Retention_RecordingIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Retention_RecordingIdsQuery, Retention_RecordingIdsQueryVariables>;
export const Retention_ExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Retention_Export"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<Retention_ExportMutation, Retention_ExportMutationVariables>;
export const Retention_TaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Retention_Task"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiredAt"}}]}}]}}]} as unknown as DocumentNode<Retention_TaskQuery, Retention_TaskQueryVariables>;
export const SignInLimits_SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInLimits_SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"u"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"u"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<SignInLimits_SignInMutation, SignInLimits_SignInMutationVariables>;
export const SignInLimits_MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInLimits_Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<SignInLimits_MeQuery, SignInLimits_MeQueryVariables>;
export const SingleMachine_TaskServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SingleMachine_TaskServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"authorized"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedBy"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]}}]} as unknown as DocumentNode<SingleMachine_TaskServicesQuery, SingleMachine_TaskServicesQueryVariables>;
export const SingleMachine_RecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SingleMachine_Recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SingleMachine_RecordingsQuery, SingleMachine_RecordingsQueryVariables>;
export const SingleMachine_ExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SingleMachine_Export"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SingleMachine_ExportMutation, SingleMachine_ExportMutationVariables>;
export const SingleMachine_TaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SingleMachine_Task"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<SingleMachine_TaskQuery, SingleMachine_TaskQueryVariables>;
export const TaskFanout_ExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskFanout_Export"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TaskFanout_ExportMutation, TaskFanout_ExportMutationVariables>;
export const TaskFanout_RecordingNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskFanout_RecordingNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaskFanout_RecordingNamesQuery, TaskFanout_RecordingNamesQueryVariables>;
export const TaskFanout_TaskUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TaskFanout_TaskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"canCancel"}},{"kind":"Field","name":{"kind":"Name","value":"canDownload"}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<TaskFanout_TaskUpdatedSubscription, TaskFanout_TaskUpdatedSubscriptionVariables>;
export const TaskFanout_RequesterDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TaskFanout_RequesterDisabled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]}}]} as unknown as DocumentNode<TaskFanout_RequesterDisabledSubscription, TaskFanout_RequesterDisabledSubscriptionVariables>;
export const TaskServices_RecordingIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskServices_RecordingIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaskServices_RecordingIdsQuery, TaskServices_RecordingIdsQueryVariables>;
export const TaskServices_ExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskServices_Export"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TaskServices_ExportMutation, TaskServices_ExportMutationVariables>;
export const TaskServices_TaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskServices_Task"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"taskServiceHost"}}]}}]}}]} as unknown as DocumentNode<TaskServices_TaskQuery, TaskServices_TaskQueryVariables>;
export const TaskServices_ReadyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskServices_Ready"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizedTaskServicesOnline"}}]}}]} as unknown as DocumentNode<TaskServices_ReadyQuery, TaskServices_ReadyQueryVariables>;
export const TaskServices_ServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskServices_Services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"softwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"concurrency"}},{"kind":"Field","name":{"kind":"Name","value":"ffmpegVersion"}},{"kind":"Field","name":{"kind":"Name","value":"ffmpegSource"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"runningTasks"}},{"kind":"Field","name":{"kind":"Name","value":"authorized"}},{"kind":"Field","name":{"kind":"Name","value":"authorizedBy"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]}}]} as unknown as DocumentNode<TaskServices_ServicesQuery, TaskServices_ServicesQueryVariables>;
export const TaskServices_ServiceUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TaskServices_ServiceUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskServiceUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorized"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]}}]} as unknown as DocumentNode<TaskServices_ServiceUpdatedSubscription, TaskServices_ServiceUpdatedSubscriptionVariables>;
export const TaskServices_AuthorizeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskServices_Authorize"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeTaskService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TaskServices_AuthorizeMutation, TaskServices_AuthorizeMutationVariables>;
export const TaskServices_RevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskServices_Revoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeTaskService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorized"}}]}}]}}]} as unknown as DocumentNode<TaskServices_RevokeMutation, TaskServices_RevokeMutationVariables>;
export const TaskServices_SettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskServices_Settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportsEnabled"}}]}}]}}]} as unknown as DocumentNode<TaskServices_SettingsQuery, TaskServices_SettingsQueryVariables>;
export const TaskServices_UpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaskServices_UpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportsEnabled"}}]}}]}}]} as unknown as DocumentNode<TaskServices_UpdateSettingsMutation, TaskServices_UpdateSettingsMutationVariables>;
export const TerminalRecordings_RecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerminalRecordings_Recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"serverName"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"hasAudio"}},{"kind":"Field","name":{"kind":"Name","value":"terminal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asciicastVersion"}},{"kind":"Field","name":{"kind":"Name","value":"cols"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"maxCols"}},{"kind":"Field","name":{"kind":"Name","value":"maxRows"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"command"}},{"kind":"Field","name":{"kind":"Name","value":"termType"}},{"kind":"Field","name":{"kind":"Name","value":"env"}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fg"}},{"kind":"Field","name":{"kind":"Name","value":"bg"}},{"kind":"Field","name":{"kind":"Name","value":"palette"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outputEvents"}},{"kind":"Field","name":{"kind":"Name","value":"inputEvents"}},{"kind":"Field","name":{"kind":"Name","value":"resizes"}},{"kind":"Field","name":{"kind":"Name","value":"markers"}},{"kind":"Field","name":{"kind":"Name","value":"exitStatus"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TerminalRecordings_RecordingsQuery, TerminalRecordings_RecordingsQueryVariables>;
export const TerminalRecordings_ExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminalRecordings_Export"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TerminalRecordings_ExportMutation, TerminalRecordings_ExportMutationVariables>;
export const TerminalRecordings_ExportWithOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminalRecordings_ExportWithOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recording"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"renderOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameRate"}},{"kind":"Field","name":{"kind":"Name","value":"idleTimeLimitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"fontSize"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TerminalRecordings_ExportWithOptionsMutation, TerminalRecordings_ExportWithOptionsMutationVariables>;
export const TerminalRecordings_TasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerminalRecordings_Tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"outputDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"outputSha256"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TerminalRecordings_TasksQuery, TerminalRecordings_TasksQueryVariables>;
export const TerminalRecordings_CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminalRecordings_CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<TerminalRecordings_CreateApiTokenMutation, TerminalRecordings_CreateApiTokenMutationVariables>;
export const WorkerCrash_RecordingIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerCrash_RecordingIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkerCrash_RecordingIdsQuery, WorkerCrash_RecordingIdsQueryVariables>;
export const WorkerCrash_ExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkerCrash_Export"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WorkerCrash_ExportMutation, WorkerCrash_ExportMutationVariables>;
export const WorkerCrash_TaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerCrash_Task"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"taskServiceHost"}}]}}]}}]} as unknown as DocumentNode<WorkerCrash_TaskQuery, WorkerCrash_TaskQueryVariables>;
export const FaultExports_RecordingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultExports_Recordings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FaultExports_RecordingsQuery, FaultExports_RecordingsQueryVariables>;
export const FaultExports_ExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaultExports_Export"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportRecordingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRecordings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FaultExports_ExportMutation, FaultExports_ExportMutationVariables>;
export const FaultExports_TaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultExports_Task"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"outputSha256"}},{"kind":"Field","name":{"kind":"Name","value":"outputSizeBytes"}}]}}]}}]} as unknown as DocumentNode<FaultExports_TaskQuery, FaultExports_TaskQueryVariables>;
export const FaultSystem_TaskServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultSystem_TaskServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorized"}}]}}]}}]} as unknown as DocumentNode<FaultSystem_TaskServicesQuery, FaultSystem_TaskServicesQueryVariables>;
export const FaultSystem_AuthorizeTaskServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaultSystem_AuthorizeTaskService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeTaskService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FaultSystem_AuthorizeTaskServiceMutation, FaultSystem_AuthorizeTaskServiceMutationVariables>;
export const GraphqlClient_SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GraphqlClient_SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<GraphqlClient_SignInMutation, GraphqlClient_SignInMutationVariables>;
export const GraphqlClient_CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GraphqlClient_CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GraphqlClient_CreateUserMutation, GraphqlClient_CreateUserMutationVariables>;
export const System_TaskServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"System_TaskServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authorized"}}]}}]}}]} as unknown as DocumentNode<System_TaskServicesQuery, System_TaskServicesQueryVariables>;
export const System_AuthorizeTaskServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"System_AuthorizeTaskService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeTaskService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<System_AuthorizeTaskServiceMutation, System_AuthorizeTaskServiceMutationVariables>;