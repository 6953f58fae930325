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
    "\n  query AuditAnchor_Integrity {\n    auditIntegrity(full: true) {\n      ok\n      firstProblem { eventId kind message }\n      checkpoints {\n        total valid problemCount\n        problems { checkpointId number headEventId kind message }\n        log { compared entries reason }\n      }\n    }\n  }\n": typeof types.AuditAnchor_IntegrityDocument,
    "mutation AuditAnchor_CreateCheckpoint { createAuditCheckpoint { number headEventId } }": typeof types.AuditAnchor_CreateCheckpointDocument,
    "\n  mutation AuditIntegrity_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }\n": typeof types.AuditIntegrity_ExportDocument,
    "\n  query AuditIntegrity_Integrity {\n    auditIntegrity(full: true) {\n      ok eventsChecked headEventId headHash firstProblem { eventId kind message }\n      checkpoints { total valid problemCount problems { checkpointId headEventId kind message } latest { id headEventId } }\n    }\n  }\n": typeof types.AuditIntegrity_IntegrityDocument,
    "query AuditIntegrity_Recordings { recordings { edges { node { id } } } }": typeof types.AuditIntegrity_RecordingsDocument,
    "\n  mutation AuditIntegrity_CreateCheckpoint { createAuditCheckpoint { id headEventId headHash eventCount keyId algorithm signature signedText } }\n": typeof types.AuditIntegrity_CreateCheckpointDocument,
    "mutation AuditIntegrity_CreateCheckpointId { createAuditCheckpoint { id } }": typeof types.AuditIntegrity_CreateCheckpointIdDocument,
    "query AuditIntegrity_Checkpoints { auditCheckpoints(first: 10) { totalCount edges { node { id } } } }": typeof types.AuditIntegrity_CheckpointsDocument,
    "query AuditIntegrity_CheckpointCount { auditCheckpoints { totalCount } }": typeof types.AuditIntegrity_CheckpointCountDocument,
    "query AuditIntegrity_TaskStatus($id: ID!) { exportTask(id: $id) { status error } }": typeof types.AuditIntegrity_TaskStatusDocument,
    "subscription AuthorizationConsole_TaskUpdated { taskUpdated { id } }": typeof types.AuthorizationConsole_TaskUpdatedDocument,
    "\n  mutation AuthorizationConsole_SignIn($username: String!, $password: String!) { signIn(username: $username, password: $password) { token } }\n": typeof types.AuthorizationConsole_SignInDocument,
    "mutation AuthorizationConsole_SignOut { signOut }": typeof types.AuthorizationConsole_SignOutDocument,
    "query AuthorizationConsole_Me { me { username } }": typeof types.AuthorizationConsole_MeDocument,
    "query AuthorizationConsole_MyRoles { me { disabled effectiveRoles roleGrants { role source } } }": typeof types.AuthorizationConsole_MyRolesDocument,
    "query AuthorizationConsole_TasksAndMe { exportTasks { totalCount } me { username } }": typeof types.AuthorizationConsole_TasksAndMeDocument,
    "query AuthorizationConsole_RecordingsAndMe { recordings { totalCount } me { username } }": typeof types.AuthorizationConsole_RecordingsAndMeDocument,
    "query AuthorizationConsole_TaskCount { exportTasks { totalCount } }": typeof types.AuthorizationConsole_TaskCountDocument,
    "query AuthorizationConsole_RecordingCount { recordings { totalCount } }": typeof types.AuthorizationConsole_RecordingCountDocument,
    "query AuthorizationConsole_RecordingIds { recordings { edges { node { id } } } }": typeof types.AuthorizationConsole_RecordingIdsDocument,
    "query AuthorizationConsole_AuditCount { exportAudit { totalCount } }": typeof types.AuthorizationConsole_AuditCountDocument,
    "query AuthorizationConsole_Users { users { id } }": typeof types.AuthorizationConsole_UsersDocument,
    "\n  query AuthorizationConsole_User($id: ID!) {\n    user(id: $id) { roles effectiveRoles canReadAudit groups { name } roleGrants { role source group { name } } }\n  }\n": typeof types.AuthorizationConsole_UserDocument,
    "mutation AuthorizationConsole_DisableUser($id: ID!) { disableUser(id: $id) { id disabled } }": typeof types.AuthorizationConsole_DisableUserDocument,
    "mutation AuthorizationConsole_EnableUser($id: ID!) { enableUser(id: $id) { id } }": typeof types.AuthorizationConsole_EnableUserDocument,
    "\n  mutation AuthorizationConsole_ResetPassword($id: ID!, $password: String!) { resetUserPassword(id: $id, password: $password) { id } }\n": typeof types.AuthorizationConsole_ResetPasswordDocument,
    "\n  mutation AuthorizationConsole_GrantUserRole($userId: ID!, $role: Role!) { grantUserRole(userId: $userId, role: $role) { id } }\n": typeof types.AuthorizationConsole_GrantUserRoleDocument,
    "\n  mutation AuthorizationConsole_RevokeUserRole($userId: ID!, $role: Role!) { revokeUserRole(userId: $userId, role: $role) { id } }\n": typeof types.AuthorizationConsole_RevokeUserRoleDocument,
    "query AuthorizationConsole_GroupIds { groups { id } }": typeof types.AuthorizationConsole_GroupIdsDocument,
    "query AuthorizationConsole_GroupMembers { groups { name members { username } } }": typeof types.AuthorizationConsole_GroupMembersDocument,
    "mutation AuthorizationConsole_CreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id name roles } }": typeof types.AuthorizationConsole_CreateGroupDocument,
    "mutation AuthorizationConsole_RenameGroup($id: ID!, $name: String!) { renameGroup(id: $id, name: $name) { id } }": typeof types.AuthorizationConsole_RenameGroupDocument,
    "mutation AuthorizationConsole_DeleteGroup($id: ID!) { deleteGroup(id: $id) }": typeof types.AuthorizationConsole_DeleteGroupDocument,
    "\n  mutation AuthorizationConsole_AddMember($groupId: ID!, $userId: ID!) { addGroupMember(groupId: $groupId, userId: $userId) { id } }\n": typeof types.AuthorizationConsole_AddMemberDocument,
    "\n  mutation AuthorizationConsole_RemoveMember($groupId: ID!, $userId: ID!) { removeGroupMember(groupId: $groupId, userId: $userId) { id } }\n": typeof types.AuthorizationConsole_RemoveMemberDocument,
    "\n  mutation AuthorizationConsole_GrantGroupRole($groupId: ID!, $role: Role!) { grantGroupRole(groupId: $groupId, role: $role) { id } }\n": typeof types.AuthorizationConsole_GrantGroupRoleDocument,
    "\n  mutation AuthorizationConsole_CreateApiToken($name: String!) {\n    createApiToken(name: $name) { secret apiToken { id name createdAt lastUsedAt owner { username } } }\n  }\n": typeof types.AuthorizationConsole_CreateApiTokenDocument,
    "query AuthorizationConsole_MyApiTokens { apiTokens { name lastUsedAt owner { username } } }": typeof types.AuthorizationConsole_MyApiTokensDocument,
    "query AuthorizationConsole_AllApiTokens { apiTokens(allUsers: true) { id owner { username } } }": typeof types.AuthorizationConsole_AllApiTokensDocument,
    "mutation AuthorizationConsole_RevokeApiToken($id: ID!) { revokeApiToken(id: $id) }": typeof types.AuthorizationConsole_RevokeApiTokenDocument,
    "\n  mutation AuthorizationConsole_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }\n": typeof types.AuthorizationConsole_ExportDocument,
    "mutation AuthorizationConsole_Cancel($id: ID!) { cancelExportTask(id: $id) { id } }": typeof types.AuthorizationConsole_CancelDocument,
    "mutation Authorization_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": typeof types.Authorization_ExportDocument,
    "query Authorization_Recordings { recordings { edges { node { id restricted } } } }": typeof types.Authorization_RecordingsDocument,
    "query Authorization_RecordingPage { recordings { totalCount edges { node { id } } } }": typeof types.Authorization_RecordingPageDocument,
    "query Authorization_Recording($id: ID!) { recording(id: $id) { id restricted } }": typeof types.Authorization_RecordingDocument,
    "query Authorization_RecordingCount { recordings { totalCount } }": typeof types.Authorization_RecordingCountDocument,
    "query Authorization_TaskCount { exportTasks { totalCount } }": typeof types.Authorization_TaskCountDocument,
    "query Authorization_AuditCount { exportAudit { totalCount } }": typeof types.Authorization_AuditCountDocument,
    "\n  query Authorization_DeniedExports { exportAudit(filter: { action: [EXPORT_DENIED] }) { totalCount edges { node { action actionLabel actor outcome } } } }\n": typeof types.Authorization_DeniedExportsDocument,
    "\n  query Authorization_RequestedExports($recordingId: ID!) {\n    exportAudit(filter: { recordingId: $recordingId, action: [EXPORT_REQUESTED] }) { edges { node { recordingId recording { userName } } } }\n  }\n": typeof types.Authorization_RequestedExportsDocument,
    "mutation Authorization_CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": typeof types.Authorization_CreateUserDocument,
    "mutation Authorization_SignIn($username: String!, $password: String!) { signIn(username: $username, password: $password) { token } }": typeof types.Authorization_SignInDocument,
    "\n  mutation Authorization_SignInUser($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { user { username roles canExport canReadAudit canAdminister disabled roleGrants { role source } } }\n  }\n": typeof types.Authorization_SignInUserDocument,
    "query Authorization_Me { me { username canExport } }": typeof types.Authorization_MeDocument,
    "mutation Authorization_CreateApiToken($name: String!) { createApiToken(name: $name) { secret apiToken { id name } } }": typeof types.Authorization_CreateApiTokenDocument,
    "mutation Authorization_RevokeApiToken($id: ID!) { revokeApiToken(id: $id) }": typeof types.Authorization_RevokeApiTokenDocument,
    "subscription Authorization_TaskUpdated { taskUpdated { id } }": typeof types.Authorization_TaskUpdatedDocument,
    "query Authorization_DeepestAllowed { exportTasks { edges { node { recording { id } requestedBy { id } } } } a: me { id } }": typeof types.Authorization_DeepestAllowedDocument,
    "\n  query BrowserPreviews_Recordings { recordings { edges { node { id format videoCodec needsBrowserPreview } } } }\n": typeof types.BrowserPreviews_RecordingsDocument,
    "\n  query BrowserPreviews_Preview($id: ID!) { recording(id: $id) { browserPreview { id status progress error outputSizeBytes } } }\n": typeof types.BrowserPreviews_PreviewDocument,
    "\n  mutation BrowserPreviews_Prepare($recordingId: ID!) { prepareBrowserPreview(recordingId: $recordingId) { id status } }\n": typeof types.BrowserPreviews_PrepareDocument,
    "query Evidence_Recordings { recordings(first: 10) { edges { node { id userName sourceSha256 } } } }": typeof types.Evidence_RecordingsDocument,
    "mutation Evidence_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": typeof types.Evidence_ExportDocument,
    "\n  query Evidence_ExportTask($id: ID!) {\n    exportTask(id: $id) {\n      id status error fileName outputSha256 outputSizeBytes outputDurationSeconds taskServiceHost startedAt finishedAt requestedAt evidenceBundleUrl\n      manifest { content keyId algorithm signature outputSha256 signedAt }\n    }\n  }\n": typeof types.Evidence_ExportTaskDocument,
    "query Evidence_SigningKeys { signingKeys { keyId active publicKeyPem } }": typeof types.Evidence_SigningKeysDocument,
    "\n  query Evidence_Verify($sha: String!) {\n    verifyExport(sha256: $sha) { sha256 verified summary matches { signatureValid keyActive task { id } manifest { keyId content } } }\n  }\n": typeof types.Evidence_VerifyDocument,
    "query Evidence_VerifyKeys($sha: String!) { verifyExport(sha256: $sha) { verified matches { signatureValid keyActive } } }": typeof types.Evidence_VerifyKeysDocument,
    "\n  query Evidence_VerifySignatures($sha: String!) { verifyExport(sha256: $sha) { verified summary matches { signatureValid } } }\n": typeof types.Evidence_VerifySignaturesDocument,
    "query ExportFailures_Recordings { recordings { edges { node { id userName sourceLocation } } } }": typeof types.ExportFailures_RecordingsDocument,
    "mutation ExportFailures_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id status } } }": typeof types.ExportFailures_ExportDocument,
    "query ExportFailures_Task($id: ID!) { exportTask(id: $id) { id status progress error } }": typeof types.ExportFailures_TaskDocument,
    "mutation ExportFailures_Cancel($id: ID!) { cancelExportTask(id: $id) { id status } }": typeof types.ExportFailures_CancelDocument,
    "mutation ExportFailures_Retry($id: ID!) { retryExportTask(id: $id) { id status retryOfTaskId request { id } } }": typeof types.ExportFailures_RetryDocument,
    "query ExportFailures_Retried($id: ID!) { exportTask(id: $id) { id status canRetry retriedAsTaskId outputSha256 request { id reason } } }": typeof types.ExportFailures_RetriedDocument,
    "query ExportFlow_Recordings { recordings(first: 10) { edges { node { id userName durationSeconds hasAudio } } } }": typeof types.ExportFlow_RecordingsDocument,
    "subscription ExportFlow_TaskUpdated { taskUpdated { id status progress } }": typeof types.ExportFlow_TaskUpdatedDocument,
    "mutation ExportFlow_ExportTasks($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { ...TaskFields } } }": typeof types.ExportFlow_ExportTasksDocument,
    "mutation ExportFlow_ExportIds($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": typeof types.ExportFlow_ExportIdsDocument,
    "query ExportFlow_Task($id: ID!) { exportTask(id: $id) { ...TaskFields } }": typeof types.ExportFlow_TaskDocument,
    "\n  query ExportFlow_CompletedTasks { exportTasks(filter: { status: COMPLETED }) { totalCount edges { node { id fileName outputSizeBytes outputSha256 } } } }\n": typeof types.ExportFlow_CompletedTasksDocument,
    "subscription FaultsDatabase_TaskUpdated { taskUpdated { id status progress } }": typeof types.FaultsDatabase_TaskUpdatedDocument,
    "query FaultsDatabase_TaskStatus($id: ID!) { exportTask(id: $id) { id status } }": typeof types.FaultsDatabase_TaskStatusDocument,
    "\n  query GuacamoleRecordings_Recordings($filter: RecordingFilter) {\n    recordings(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id kind format durationSeconds width height hasAudio protocol userName sourceLocation\n          guacamole { protocol terminalLayout keysRecorded instructions gzip truncatedAtByte truncatedAtInstruction }\n        }\n      }\n    }\n  }\n": typeof types.GuacamoleRecordings_RecordingsDocument,
    "\n  mutation GuacamoleRecordings_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id renderOptions { frameRate idleTimeLimitSeconds fontSize } } }\n  }\n": typeof types.GuacamoleRecordings_ExportDocument,
    "\n  query GuacamoleRecordings_Task($id: ID!) {\n    exportTask(id: $id) { id status error outputDurationSeconds manifest { content } }\n  }\n": typeof types.GuacamoleRecordings_TaskDocument,
    "mutation GuacamoleRecordings_CreateApiToken($name: String!) { createApiToken(name: $name) { secret } }": typeof types.GuacamoleRecordings_CreateApiTokenDocument,
    "query HostileFiles_Recordings { recordings(first: 100) { edges { node { id userName kind format sourceLocation } } } }": typeof types.HostileFiles_RecordingsDocument,
    "mutation HostileFiles_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": typeof types.HostileFiles_ExportDocument,
    "query HostileFiles_Task($id: ID!) { exportTask(id: $id) { id status error downloadUrl } }": typeof types.HostileFiles_TaskDocument,
    "query HostileFiles_TaskServices { taskServices { name online } }": typeof types.HostileFiles_TaskServicesDocument,
    "query HostileRequests_RecordingIds { recordings(first: 10) { edges { node { id userName } } } }": typeof types.HostileRequests_RecordingIdsDocument,
    "query HostileRequests_Recording($id: ID!) { recording(id: $id) { id restricted } }": typeof types.HostileRequests_RecordingDocument,
    "mutation HostileRequests_Restrict($id: ID!) { restrictRecording(id: $id) { id restricted } }": typeof types.HostileRequests_RestrictDocument,
    "mutation HostileRequests_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": typeof types.HostileRequests_ExportDocument,
    "query HostileRequests_TaskStatus($id: ID!) { exportTask(id: $id) { status } }": typeof types.HostileRequests_TaskStatusDocument,
    "mutation HostileRequests_Cancel($id: ID!) { cancelExportTask(id: $id) { status } }": typeof types.HostileRequests_CancelDocument,
    "query HostileRequests_Search($text: String) { recordings(filter: { text: $text }) { totalCount } }": typeof types.HostileRequests_SearchDocument,
    "\n  query HostileRequests_Audit($filter: ExportAuditFilter) {\n    exportAudit(filter: $filter, first: 100) { totalCount edges { node { action actor recordingId taskId reason detail withheld } } }\n  }\n": typeof types.HostileRequests_AuditDocument,
    "\n  query IdleStretches_Recordings { recordings { edges { node { id kind userName sourceLocation } } } }\n": typeof types.IdleStretches_RecordingsDocument,
    "\n  mutation IdleStretches_Scan($recordingId: ID!) { scanIdleStretches(recordingId: $recordingId) { id status } }\n": typeof types.IdleStretches_ScanDocument,
    "\n  query IdleStretches_Stretches($id: ID!) { recording(id: $id) { idleStretches { id status progress error stretches { start end } } } }\n": typeof types.IdleStretches_StretchesDocument,
    "query Import_Recording($id: ID!) { recording(id: $id) { ...RecordingFields endedAt sourceLocation } }": typeof types.Import_RecordingDocument,
    "\n  query Import_Recordings($filter: RecordingFilter) { recordings(filter: $filter) { totalCount edges { node { ...RecordingFields sourceLocation } } } }\n": typeof types.Import_RecordingsDocument,
    "query Metrics_Recordings { recordings { edges { node { id userName sourceLocation } } } }": typeof types.Metrics_RecordingsDocument,
    "mutation Metrics_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": typeof types.Metrics_ExportDocument,
    "subscription Metrics_TaskUpdated { taskUpdated { id status } }": typeof types.Metrics_TaskUpdatedDocument,
    "query ObjectStorage_Recordings { recordings(first: 20) { edges { node { id userName sourceSha256 format } } } }": typeof types.ObjectStorage_RecordingsDocument,
    "mutation ObjectStorage_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": typeof types.ObjectStorage_ExportDocument,
    "query ObjectStorage_Task($id: ID!) { exportTask(id: $id) { id status progress error outputSha256 outputSizeBytes fileName } }": typeof types.ObjectStorage_TaskDocument,
    "query ObjectStorage_Manifest($id: ID!) { exportTask(id: $id) { manifest { content } } }": typeof types.ObjectStorage_ManifestDocument,
    "query ParallelExport_Recordings { recordings(first: 10) { edges { node { id userName durationSeconds } } } }": typeof types.ParallelExport_RecordingsDocument,
    "mutation ParallelExport_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": typeof types.ParallelExport_ExportDocument,
    "\n  query ParallelExport_Task($id: ID!) {\n    exportTask(id: $id) { id status progress attempts error outputSha256 outputDurationSeconds manifest { content document { conversion { segments { index startSeconds endSeconds taskServiceId sha256 } } } } }\n  }\n": typeof types.ParallelExport_TaskDocument,
    "mutation ParallelExport_Cancel($id: ID!) { cancelExportTask(id: $id) { id status } }": typeof types.ParallelExport_CancelDocument,
    "query Playback_VideoRecordings { recordings { edges { node { id restricted sourceLocation sizeBytes } } } }": typeof types.Playback_VideoRecordingsDocument,
    "query Playback_TerminalRecordings { recordings { edges { node { id userName kind } } } }": typeof types.Playback_TerminalRecordingsDocument,
    "\n  query Playback_Playbacks { exportAudit(filter: { action: [RECORDING_PLAYED] }, first: 100) { totalCount edges { node { action actionLabel actor outcome } } } }\n": typeof types.Playback_PlaybacksDocument,
    "\n  query RecordingsCatalog_List($filter: RecordingFilter, $orderBy: RecordingOrder, $first: Int!, $after: String) {\n    recordings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { ...RecordingFields } }\n    }\n  }\n": typeof types.RecordingsCatalog_ListDocument,
    "query RecordingsCatalog_Most { recordings(first: 500) { totalCount edges { node { id } } } }": typeof types.RecordingsCatalog_MostDocument,
    "query RecordingsCatalog_Recording($id: ID!) { recording(id: $id) { id } }": typeof types.RecordingsCatalog_RecordingDocument,
    "mutation RestrictedRecordings_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": typeof types.RestrictedRecordings_ExportDocument,
    "query RestrictedRecordings_Task($id: ID!) { exportTask(id: $id) { id status recording { id } } }": typeof types.RestrictedRecordings_TaskDocument,
    "query RestrictedRecordings_TaskFlags($id: ID!) { exportTask(id: $id) { canCancel canDownload } }": typeof types.RestrictedRecordings_TaskFlagsDocument,
    "query RestrictedRecordings_Tasks { exportTasks(first: 100) { totalCount edges { node { id recording { id restricted } } } } }": typeof types.RestrictedRecordings_TasksDocument,
    "mutation RestrictedRecordings_Cancel($id: ID!) { cancelExportTask(id: $id) { status } }": typeof types.RestrictedRecordings_CancelDocument,
    "query RestrictedRecordings_RecordingNames { recordings { edges { node { id userName } } } }": typeof types.RestrictedRecordings_RecordingNamesDocument,
    "query RestrictedRecordings_Recordings { recordings(first: 100) { totalCount edges { node { id restricted } } } }": typeof types.RestrictedRecordings_RecordingsDocument,
    "query RestrictedRecordings_Recording($id: ID!) { recording(id: $id) { id restricted } }": typeof types.RestrictedRecordings_RecordingDocument,
    "mutation RestrictedRecordings_Restrict($id: ID!) { restrictRecording(id: $id) { id restricted } }": typeof types.RestrictedRecordings_RestrictDocument,
    "mutation RestrictedRecordings_Unrestrict($id: ID!) { unrestrictRecording(id: $id) { id restricted } }": typeof types.RestrictedRecordings_UnrestrictDocument,
    "subscription RestrictedRecordings_TaskRecordingUpdated { taskUpdated { id recording { id } } }": typeof types.RestrictedRecordings_TaskRecordingUpdatedDocument,
    "subscription RestrictedRecordings_TaskStatusUpdated { taskUpdated { id status } }": typeof types.RestrictedRecordings_TaskStatusUpdatedDocument,
    "query Retention_RecordingIds { recordings { edges { node { id } } } }": typeof types.Retention_RecordingIdsDocument,
    "mutation Retention_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": typeof types.Retention_ExportDocument,
    "query Retention_Task($id: ID!) { exportTask(id: $id) { id status downloadUrl expiredAt } }": typeof types.Retention_TaskDocument,
    "mutation SignInLimits_SignIn($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }": typeof types.SignInLimits_SignInDocument,
    "query SignInLimits_Me { me { username } }": typeof types.SignInLimits_MeDocument,
    "query SingleMachine_TaskServices { taskServices { name hostName authorized authorizedBy online } }": typeof types.SingleMachine_TaskServicesDocument,
    "query SingleMachine_Recordings { recordings { edges { node { id } } } }": typeof types.SingleMachine_RecordingsDocument,
    "mutation SingleMachine_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": typeof types.SingleMachine_ExportDocument,
    "query SingleMachine_Task($id: ID!) { exportTask(id: $id) { status error } }": typeof types.SingleMachine_TaskDocument,
    "mutation TaskFanout_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": typeof types.TaskFanout_ExportDocument,
    "query TaskFanout_RecordingNames { recordings { edges { node { id userName } } } }": typeof types.TaskFanout_RecordingNamesDocument,
    "\n  subscription TaskFanout_TaskUpdated {\n    taskUpdated { id status progress canCancel canDownload recording { id restricted } requestedBy { username } }\n  }\n": typeof types.TaskFanout_TaskUpdatedDocument,
    "subscription TaskFanout_RequesterDisabled { taskUpdated { id requestedBy { disabled } } }": typeof types.TaskFanout_RequesterDisabledDocument,
    "query TaskServices_RecordingIds { recordings { edges { node { id } } } }": typeof types.TaskServices_RecordingIdsDocument,
    "mutation TaskServices_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id status } } }": typeof types.TaskServices_ExportDocument,
    "query TaskServices_Task($id: ID!) { exportTask(id: $id) { id status taskServiceHost } }": typeof types.TaskServices_TaskDocument,
    "query TaskServices_Ready { authorizedTaskServicesOnline }": typeof types.TaskServices_ReadyDocument,
    "\n  query TaskServices_Services {\n    taskServices { id name hostName softwareVersion concurrency ffmpegVersion ffmpegSource startedAt lastHeartbeatAt runningTasks authorized authorizedBy online }\n  }\n": typeof types.TaskServices_ServicesDocument,
    "subscription TaskServices_ServiceUpdated { taskServiceUpdated { id name authorized online } }": typeof types.TaskServices_ServiceUpdatedDocument,
    "mutation TaskServices_Authorize($id: ID!) { authorizeTaskService(id: $id) { id } }": typeof types.TaskServices_AuthorizeDocument,
    "mutation TaskServices_Revoke($id: ID!) { revokeTaskService(id: $id) { authorized } }": typeof types.TaskServices_RevokeDocument,
    "query TaskServices_Settings { settings { exportsEnabled } }": typeof types.TaskServices_SettingsDocument,
    "mutation TaskServices_UpdateSettings($input: UpdateSettingsInput!) { updateSettings(input: $input) { exportsEnabled } }": typeof types.TaskServices_UpdateSettingsDocument,
    "\n  query TerminalRecordings_Recordings {\n    recordings(first: 50) {\n      edges {\n        node {\n          id kind format durationSeconds startedAt applications userName serverName protocol width height hasAudio\n          terminal { asciicastVersion cols rows maxCols maxRows title command termType env theme { fg bg palette } outputEvents inputEvents resizes markers exitStatus }\n        }\n      }\n    }\n  }\n": typeof types.TerminalRecordings_RecordingsDocument,
    "mutation TerminalRecordings_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": typeof types.TerminalRecordings_ExportDocument,
    "\n  mutation TerminalRecordings_ExportWithOptions($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id recording { id } renderOptions { frameRate idleTimeLimitSeconds fontSize } } }\n  }\n": typeof types.TerminalRecordings_ExportWithOptionsDocument,
    "query TerminalRecordings_Tasks { exportTasks(first: 100) { edges { node { id status error outputDurationSeconds outputSha256 } } } }": typeof types.TerminalRecordings_TasksDocument,
    "mutation TerminalRecordings_CreateApiToken($name: String!) { createApiToken(name: $name) { secret } }": typeof types.TerminalRecordings_CreateApiTokenDocument,
    "query WorkerCrash_RecordingIds { recordings { edges { node { id } } } }": typeof types.WorkerCrash_RecordingIdsDocument,
    "mutation WorkerCrash_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": typeof types.WorkerCrash_ExportDocument,
    "query WorkerCrash_Task($id: ID!) { exportTask(id: $id) { id status progress attempts error taskServiceHost } }": typeof types.WorkerCrash_TaskDocument,
    "query FaultExports_Recordings { recordings(first: 50) { edges { node { id userName } } } }": typeof types.FaultExports_RecordingsDocument,
    "mutation FaultExports_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": typeof types.FaultExports_ExportDocument,
    "query FaultExports_Task($id: ID!) { exportTask(id: $id) { id status progress attempts error outputSha256 outputSizeBytes } }": typeof types.FaultExports_TaskDocument,
    "query FaultSystem_TaskServices { taskServices { id name authorized } }": typeof types.FaultSystem_TaskServicesDocument,
    "mutation FaultSystem_AuthorizeTaskService($id: ID!) { authorizeTaskService(id: $id) { id } }": typeof types.FaultSystem_AuthorizeTaskServiceDocument,
    "\n  fragment RecordingFields on Recording {\n    id userName serverName clientName clientIp applications protocol startedAt durationSeconds sizeBytes format width height hasAudio restricted sourceSha256\n  }\n": typeof types.RecordingFieldsFragmentDoc,
    "\n  fragment TaskFields on ExportTask {\n    id status progress reason attempts error taskServiceHost outputSha256 outputSizeBytes outputDurationSeconds downloadUrl fileName requestedAt startedAt finishedAt\n    requestedBy { username }\n    recording { id userName durationSeconds hasAudio }\n  }\n": typeof types.TaskFieldsFragmentDoc,
    "\n  mutation GraphqlClient_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { token }\n  }\n": typeof types.GraphqlClient_SignInDocument,
    "\n  mutation GraphqlClient_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n": typeof types.GraphqlClient_CreateUserDocument,
    "query System_TaskServices { taskServices { id name authorized } }": typeof types.System_TaskServicesDocument,
    "mutation System_AuthorizeTaskService($id: ID!) { authorizeTaskService(id: $id) { id } }": typeof types.System_AuthorizeTaskServiceDocument,
};
const documents: Documents = {
    "\n  query AuditAnchor_Integrity {\n    auditIntegrity(full: true) {\n      ok\n      firstProblem { eventId kind message }\n      checkpoints {\n        total valid problemCount\n        problems { checkpointId number headEventId kind message }\n        log { compared entries reason }\n      }\n    }\n  }\n": types.AuditAnchor_IntegrityDocument,
    "mutation AuditAnchor_CreateCheckpoint { createAuditCheckpoint { number headEventId } }": types.AuditAnchor_CreateCheckpointDocument,
    "\n  mutation AuditIntegrity_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }\n": types.AuditIntegrity_ExportDocument,
    "\n  query AuditIntegrity_Integrity {\n    auditIntegrity(full: true) {\n      ok eventsChecked headEventId headHash firstProblem { eventId kind message }\n      checkpoints { total valid problemCount problems { checkpointId headEventId kind message } latest { id headEventId } }\n    }\n  }\n": types.AuditIntegrity_IntegrityDocument,
    "query AuditIntegrity_Recordings { recordings { edges { node { id } } } }": types.AuditIntegrity_RecordingsDocument,
    "\n  mutation AuditIntegrity_CreateCheckpoint { createAuditCheckpoint { id headEventId headHash eventCount keyId algorithm signature signedText } }\n": types.AuditIntegrity_CreateCheckpointDocument,
    "mutation AuditIntegrity_CreateCheckpointId { createAuditCheckpoint { id } }": types.AuditIntegrity_CreateCheckpointIdDocument,
    "query AuditIntegrity_Checkpoints { auditCheckpoints(first: 10) { totalCount edges { node { id } } } }": types.AuditIntegrity_CheckpointsDocument,
    "query AuditIntegrity_CheckpointCount { auditCheckpoints { totalCount } }": types.AuditIntegrity_CheckpointCountDocument,
    "query AuditIntegrity_TaskStatus($id: ID!) { exportTask(id: $id) { status error } }": types.AuditIntegrity_TaskStatusDocument,
    "subscription AuthorizationConsole_TaskUpdated { taskUpdated { id } }": types.AuthorizationConsole_TaskUpdatedDocument,
    "\n  mutation AuthorizationConsole_SignIn($username: String!, $password: String!) { signIn(username: $username, password: $password) { token } }\n": types.AuthorizationConsole_SignInDocument,
    "mutation AuthorizationConsole_SignOut { signOut }": types.AuthorizationConsole_SignOutDocument,
    "query AuthorizationConsole_Me { me { username } }": types.AuthorizationConsole_MeDocument,
    "query AuthorizationConsole_MyRoles { me { disabled effectiveRoles roleGrants { role source } } }": types.AuthorizationConsole_MyRolesDocument,
    "query AuthorizationConsole_TasksAndMe { exportTasks { totalCount } me { username } }": types.AuthorizationConsole_TasksAndMeDocument,
    "query AuthorizationConsole_RecordingsAndMe { recordings { totalCount } me { username } }": types.AuthorizationConsole_RecordingsAndMeDocument,
    "query AuthorizationConsole_TaskCount { exportTasks { totalCount } }": types.AuthorizationConsole_TaskCountDocument,
    "query AuthorizationConsole_RecordingCount { recordings { totalCount } }": types.AuthorizationConsole_RecordingCountDocument,
    "query AuthorizationConsole_RecordingIds { recordings { edges { node { id } } } }": types.AuthorizationConsole_RecordingIdsDocument,
    "query AuthorizationConsole_AuditCount { exportAudit { totalCount } }": types.AuthorizationConsole_AuditCountDocument,
    "query AuthorizationConsole_Users { users { id } }": types.AuthorizationConsole_UsersDocument,
    "\n  query AuthorizationConsole_User($id: ID!) {\n    user(id: $id) { roles effectiveRoles canReadAudit groups { name } roleGrants { role source group { name } } }\n  }\n": types.AuthorizationConsole_UserDocument,
    "mutation AuthorizationConsole_DisableUser($id: ID!) { disableUser(id: $id) { id disabled } }": types.AuthorizationConsole_DisableUserDocument,
    "mutation AuthorizationConsole_EnableUser($id: ID!) { enableUser(id: $id) { id } }": types.AuthorizationConsole_EnableUserDocument,
    "\n  mutation AuthorizationConsole_ResetPassword($id: ID!, $password: String!) { resetUserPassword(id: $id, password: $password) { id } }\n": types.AuthorizationConsole_ResetPasswordDocument,
    "\n  mutation AuthorizationConsole_GrantUserRole($userId: ID!, $role: Role!) { grantUserRole(userId: $userId, role: $role) { id } }\n": types.AuthorizationConsole_GrantUserRoleDocument,
    "\n  mutation AuthorizationConsole_RevokeUserRole($userId: ID!, $role: Role!) { revokeUserRole(userId: $userId, role: $role) { id } }\n": types.AuthorizationConsole_RevokeUserRoleDocument,
    "query AuthorizationConsole_GroupIds { groups { id } }": types.AuthorizationConsole_GroupIdsDocument,
    "query AuthorizationConsole_GroupMembers { groups { name members { username } } }": types.AuthorizationConsole_GroupMembersDocument,
    "mutation AuthorizationConsole_CreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id name roles } }": types.AuthorizationConsole_CreateGroupDocument,
    "mutation AuthorizationConsole_RenameGroup($id: ID!, $name: String!) { renameGroup(id: $id, name: $name) { id } }": types.AuthorizationConsole_RenameGroupDocument,
    "mutation AuthorizationConsole_DeleteGroup($id: ID!) { deleteGroup(id: $id) }": types.AuthorizationConsole_DeleteGroupDocument,
    "\n  mutation AuthorizationConsole_AddMember($groupId: ID!, $userId: ID!) { addGroupMember(groupId: $groupId, userId: $userId) { id } }\n": types.AuthorizationConsole_AddMemberDocument,
    "\n  mutation AuthorizationConsole_RemoveMember($groupId: ID!, $userId: ID!) { removeGroupMember(groupId: $groupId, userId: $userId) { id } }\n": types.AuthorizationConsole_RemoveMemberDocument,
    "\n  mutation AuthorizationConsole_GrantGroupRole($groupId: ID!, $role: Role!) { grantGroupRole(groupId: $groupId, role: $role) { id } }\n": types.AuthorizationConsole_GrantGroupRoleDocument,
    "\n  mutation AuthorizationConsole_CreateApiToken($name: String!) {\n    createApiToken(name: $name) { secret apiToken { id name createdAt lastUsedAt owner { username } } }\n  }\n": types.AuthorizationConsole_CreateApiTokenDocument,
    "query AuthorizationConsole_MyApiTokens { apiTokens { name lastUsedAt owner { username } } }": types.AuthorizationConsole_MyApiTokensDocument,
    "query AuthorizationConsole_AllApiTokens { apiTokens(allUsers: true) { id owner { username } } }": types.AuthorizationConsole_AllApiTokensDocument,
    "mutation AuthorizationConsole_RevokeApiToken($id: ID!) { revokeApiToken(id: $id) }": types.AuthorizationConsole_RevokeApiTokenDocument,
    "\n  mutation AuthorizationConsole_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }\n": types.AuthorizationConsole_ExportDocument,
    "mutation AuthorizationConsole_Cancel($id: ID!) { cancelExportTask(id: $id) { id } }": types.AuthorizationConsole_CancelDocument,
    "mutation Authorization_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": types.Authorization_ExportDocument,
    "query Authorization_Recordings { recordings { edges { node { id restricted } } } }": types.Authorization_RecordingsDocument,
    "query Authorization_RecordingPage { recordings { totalCount edges { node { id } } } }": types.Authorization_RecordingPageDocument,
    "query Authorization_Recording($id: ID!) { recording(id: $id) { id restricted } }": types.Authorization_RecordingDocument,
    "query Authorization_RecordingCount { recordings { totalCount } }": types.Authorization_RecordingCountDocument,
    "query Authorization_TaskCount { exportTasks { totalCount } }": types.Authorization_TaskCountDocument,
    "query Authorization_AuditCount { exportAudit { totalCount } }": types.Authorization_AuditCountDocument,
    "\n  query Authorization_DeniedExports { exportAudit(filter: { action: [EXPORT_DENIED] }) { totalCount edges { node { action actionLabel actor outcome } } } }\n": types.Authorization_DeniedExportsDocument,
    "\n  query Authorization_RequestedExports($recordingId: ID!) {\n    exportAudit(filter: { recordingId: $recordingId, action: [EXPORT_REQUESTED] }) { edges { node { recordingId recording { userName } } } }\n  }\n": types.Authorization_RequestedExportsDocument,
    "mutation Authorization_CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }": types.Authorization_CreateUserDocument,
    "mutation Authorization_SignIn($username: String!, $password: String!) { signIn(username: $username, password: $password) { token } }": types.Authorization_SignInDocument,
    "\n  mutation Authorization_SignInUser($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { user { username roles canExport canReadAudit canAdminister disabled roleGrants { role source } } }\n  }\n": types.Authorization_SignInUserDocument,
    "query Authorization_Me { me { username canExport } }": types.Authorization_MeDocument,
    "mutation Authorization_CreateApiToken($name: String!) { createApiToken(name: $name) { secret apiToken { id name } } }": types.Authorization_CreateApiTokenDocument,
    "mutation Authorization_RevokeApiToken($id: ID!) { revokeApiToken(id: $id) }": types.Authorization_RevokeApiTokenDocument,
    "subscription Authorization_TaskUpdated { taskUpdated { id } }": types.Authorization_TaskUpdatedDocument,
    "query Authorization_DeepestAllowed { exportTasks { edges { node { recording { id } requestedBy { id } } } } a: me { id } }": types.Authorization_DeepestAllowedDocument,
    "\n  query BrowserPreviews_Recordings { recordings { edges { node { id format videoCodec needsBrowserPreview } } } }\n": types.BrowserPreviews_RecordingsDocument,
    "\n  query BrowserPreviews_Preview($id: ID!) { recording(id: $id) { browserPreview { id status progress error outputSizeBytes } } }\n": types.BrowserPreviews_PreviewDocument,
    "\n  mutation BrowserPreviews_Prepare($recordingId: ID!) { prepareBrowserPreview(recordingId: $recordingId) { id status } }\n": types.BrowserPreviews_PrepareDocument,
    "query Evidence_Recordings { recordings(first: 10) { edges { node { id userName sourceSha256 } } } }": types.Evidence_RecordingsDocument,
    "mutation Evidence_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": types.Evidence_ExportDocument,
    "\n  query Evidence_ExportTask($id: ID!) {\n    exportTask(id: $id) {\n      id status error fileName outputSha256 outputSizeBytes outputDurationSeconds taskServiceHost startedAt finishedAt requestedAt evidenceBundleUrl\n      manifest { content keyId algorithm signature outputSha256 signedAt }\n    }\n  }\n": types.Evidence_ExportTaskDocument,
    "query Evidence_SigningKeys { signingKeys { keyId active publicKeyPem } }": types.Evidence_SigningKeysDocument,
    "\n  query Evidence_Verify($sha: String!) {\n    verifyExport(sha256: $sha) { sha256 verified summary matches { signatureValid keyActive task { id } manifest { keyId content } } }\n  }\n": types.Evidence_VerifyDocument,
    "query Evidence_VerifyKeys($sha: String!) { verifyExport(sha256: $sha) { verified matches { signatureValid keyActive } } }": types.Evidence_VerifyKeysDocument,
    "\n  query Evidence_VerifySignatures($sha: String!) { verifyExport(sha256: $sha) { verified summary matches { signatureValid } } }\n": types.Evidence_VerifySignaturesDocument,
    "query ExportFailures_Recordings { recordings { edges { node { id userName sourceLocation } } } }": types.ExportFailures_RecordingsDocument,
    "mutation ExportFailures_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id status } } }": types.ExportFailures_ExportDocument,
    "query ExportFailures_Task($id: ID!) { exportTask(id: $id) { id status progress error } }": types.ExportFailures_TaskDocument,
    "mutation ExportFailures_Cancel($id: ID!) { cancelExportTask(id: $id) { id status } }": types.ExportFailures_CancelDocument,
    "mutation ExportFailures_Retry($id: ID!) { retryExportTask(id: $id) { id status retryOfTaskId request { id } } }": types.ExportFailures_RetryDocument,
    "query ExportFailures_Retried($id: ID!) { exportTask(id: $id) { id status canRetry retriedAsTaskId outputSha256 request { id reason } } }": types.ExportFailures_RetriedDocument,
    "query ExportFlow_Recordings { recordings(first: 10) { edges { node { id userName durationSeconds hasAudio } } } }": types.ExportFlow_RecordingsDocument,
    "subscription ExportFlow_TaskUpdated { taskUpdated { id status progress } }": types.ExportFlow_TaskUpdatedDocument,
    "mutation ExportFlow_ExportTasks($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { ...TaskFields } } }": types.ExportFlow_ExportTasksDocument,
    "mutation ExportFlow_ExportIds($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": types.ExportFlow_ExportIdsDocument,
    "query ExportFlow_Task($id: ID!) { exportTask(id: $id) { ...TaskFields } }": types.ExportFlow_TaskDocument,
    "\n  query ExportFlow_CompletedTasks { exportTasks(filter: { status: COMPLETED }) { totalCount edges { node { id fileName outputSizeBytes outputSha256 } } } }\n": types.ExportFlow_CompletedTasksDocument,
    "subscription FaultsDatabase_TaskUpdated { taskUpdated { id status progress } }": types.FaultsDatabase_TaskUpdatedDocument,
    "query FaultsDatabase_TaskStatus($id: ID!) { exportTask(id: $id) { id status } }": types.FaultsDatabase_TaskStatusDocument,
    "\n  query GuacamoleRecordings_Recordings($filter: RecordingFilter) {\n    recordings(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id kind format durationSeconds width height hasAudio protocol userName sourceLocation\n          guacamole { protocol terminalLayout keysRecorded instructions gzip truncatedAtByte truncatedAtInstruction }\n        }\n      }\n    }\n  }\n": types.GuacamoleRecordings_RecordingsDocument,
    "\n  mutation GuacamoleRecordings_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id renderOptions { frameRate idleTimeLimitSeconds fontSize } } }\n  }\n": types.GuacamoleRecordings_ExportDocument,
    "\n  query GuacamoleRecordings_Task($id: ID!) {\n    exportTask(id: $id) { id status error outputDurationSeconds manifest { content } }\n  }\n": types.GuacamoleRecordings_TaskDocument,
    "mutation GuacamoleRecordings_CreateApiToken($name: String!) { createApiToken(name: $name) { secret } }": types.GuacamoleRecordings_CreateApiTokenDocument,
    "query HostileFiles_Recordings { recordings(first: 100) { edges { node { id userName kind format sourceLocation } } } }": types.HostileFiles_RecordingsDocument,
    "mutation HostileFiles_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": types.HostileFiles_ExportDocument,
    "query HostileFiles_Task($id: ID!) { exportTask(id: $id) { id status error downloadUrl } }": types.HostileFiles_TaskDocument,
    "query HostileFiles_TaskServices { taskServices { name online } }": types.HostileFiles_TaskServicesDocument,
    "query HostileRequests_RecordingIds { recordings(first: 10) { edges { node { id userName } } } }": types.HostileRequests_RecordingIdsDocument,
    "query HostileRequests_Recording($id: ID!) { recording(id: $id) { id restricted } }": types.HostileRequests_RecordingDocument,
    "mutation HostileRequests_Restrict($id: ID!) { restrictRecording(id: $id) { id restricted } }": types.HostileRequests_RestrictDocument,
    "mutation HostileRequests_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": types.HostileRequests_ExportDocument,
    "query HostileRequests_TaskStatus($id: ID!) { exportTask(id: $id) { status } }": types.HostileRequests_TaskStatusDocument,
    "mutation HostileRequests_Cancel($id: ID!) { cancelExportTask(id: $id) { status } }": types.HostileRequests_CancelDocument,
    "query HostileRequests_Search($text: String) { recordings(filter: { text: $text }) { totalCount } }": types.HostileRequests_SearchDocument,
    "\n  query HostileRequests_Audit($filter: ExportAuditFilter) {\n    exportAudit(filter: $filter, first: 100) { totalCount edges { node { action actor recordingId taskId reason detail withheld } } }\n  }\n": types.HostileRequests_AuditDocument,
    "\n  query IdleStretches_Recordings { recordings { edges { node { id kind userName sourceLocation } } } }\n": types.IdleStretches_RecordingsDocument,
    "\n  mutation IdleStretches_Scan($recordingId: ID!) { scanIdleStretches(recordingId: $recordingId) { id status } }\n": types.IdleStretches_ScanDocument,
    "\n  query IdleStretches_Stretches($id: ID!) { recording(id: $id) { idleStretches { id status progress error stretches { start end } } } }\n": types.IdleStretches_StretchesDocument,
    "query Import_Recording($id: ID!) { recording(id: $id) { ...RecordingFields endedAt sourceLocation } }": types.Import_RecordingDocument,
    "\n  query Import_Recordings($filter: RecordingFilter) { recordings(filter: $filter) { totalCount edges { node { ...RecordingFields sourceLocation } } } }\n": types.Import_RecordingsDocument,
    "query Metrics_Recordings { recordings { edges { node { id userName sourceLocation } } } }": types.Metrics_RecordingsDocument,
    "mutation Metrics_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": types.Metrics_ExportDocument,
    "subscription Metrics_TaskUpdated { taskUpdated { id status } }": types.Metrics_TaskUpdatedDocument,
    "query ObjectStorage_Recordings { recordings(first: 20) { edges { node { id userName sourceSha256 format } } } }": types.ObjectStorage_RecordingsDocument,
    "mutation ObjectStorage_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": types.ObjectStorage_ExportDocument,
    "query ObjectStorage_Task($id: ID!) { exportTask(id: $id) { id status progress error outputSha256 outputSizeBytes fileName } }": types.ObjectStorage_TaskDocument,
    "query ObjectStorage_Manifest($id: ID!) { exportTask(id: $id) { manifest { content } } }": types.ObjectStorage_ManifestDocument,
    "query ParallelExport_Recordings { recordings(first: 10) { edges { node { id userName durationSeconds } } } }": types.ParallelExport_RecordingsDocument,
    "mutation ParallelExport_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": types.ParallelExport_ExportDocument,
    "\n  query ParallelExport_Task($id: ID!) {\n    exportTask(id: $id) { id status progress attempts error outputSha256 outputDurationSeconds manifest { content document { conversion { segments { index startSeconds endSeconds taskServiceId sha256 } } } } }\n  }\n": types.ParallelExport_TaskDocument,
    "mutation ParallelExport_Cancel($id: ID!) { cancelExportTask(id: $id) { id status } }": types.ParallelExport_CancelDocument,
    "query Playback_VideoRecordings { recordings { edges { node { id restricted sourceLocation sizeBytes } } } }": types.Playback_VideoRecordingsDocument,
    "query Playback_TerminalRecordings { recordings { edges { node { id userName kind } } } }": types.Playback_TerminalRecordingsDocument,
    "\n  query Playback_Playbacks { exportAudit(filter: { action: [RECORDING_PLAYED] }, first: 100) { totalCount edges { node { action actionLabel actor outcome } } } }\n": types.Playback_PlaybacksDocument,
    "\n  query RecordingsCatalog_List($filter: RecordingFilter, $orderBy: RecordingOrder, $first: Int!, $after: String) {\n    recordings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { ...RecordingFields } }\n    }\n  }\n": types.RecordingsCatalog_ListDocument,
    "query RecordingsCatalog_Most { recordings(first: 500) { totalCount edges { node { id } } } }": types.RecordingsCatalog_MostDocument,
    "query RecordingsCatalog_Recording($id: ID!) { recording(id: $id) { id } }": types.RecordingsCatalog_RecordingDocument,
    "mutation RestrictedRecordings_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": types.RestrictedRecordings_ExportDocument,
    "query RestrictedRecordings_Task($id: ID!) { exportTask(id: $id) { id status recording { id } } }": types.RestrictedRecordings_TaskDocument,
    "query RestrictedRecordings_TaskFlags($id: ID!) { exportTask(id: $id) { canCancel canDownload } }": types.RestrictedRecordings_TaskFlagsDocument,
    "query RestrictedRecordings_Tasks { exportTasks(first: 100) { totalCount edges { node { id recording { id restricted } } } } }": types.RestrictedRecordings_TasksDocument,
    "mutation RestrictedRecordings_Cancel($id: ID!) { cancelExportTask(id: $id) { status } }": types.RestrictedRecordings_CancelDocument,
    "query RestrictedRecordings_RecordingNames { recordings { edges { node { id userName } } } }": types.RestrictedRecordings_RecordingNamesDocument,
    "query RestrictedRecordings_Recordings { recordings(first: 100) { totalCount edges { node { id restricted } } } }": types.RestrictedRecordings_RecordingsDocument,
    "query RestrictedRecordings_Recording($id: ID!) { recording(id: $id) { id restricted } }": types.RestrictedRecordings_RecordingDocument,
    "mutation RestrictedRecordings_Restrict($id: ID!) { restrictRecording(id: $id) { id restricted } }": types.RestrictedRecordings_RestrictDocument,
    "mutation RestrictedRecordings_Unrestrict($id: ID!) { unrestrictRecording(id: $id) { id restricted } }": types.RestrictedRecordings_UnrestrictDocument,
    "subscription RestrictedRecordings_TaskRecordingUpdated { taskUpdated { id recording { id } } }": types.RestrictedRecordings_TaskRecordingUpdatedDocument,
    "subscription RestrictedRecordings_TaskStatusUpdated { taskUpdated { id status } }": types.RestrictedRecordings_TaskStatusUpdatedDocument,
    "query Retention_RecordingIds { recordings { edges { node { id } } } }": types.Retention_RecordingIdsDocument,
    "mutation Retention_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": types.Retention_ExportDocument,
    "query Retention_Task($id: ID!) { exportTask(id: $id) { id status downloadUrl expiredAt } }": types.Retention_TaskDocument,
    "mutation SignInLimits_SignIn($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }": types.SignInLimits_SignInDocument,
    "query SignInLimits_Me { me { username } }": types.SignInLimits_MeDocument,
    "query SingleMachine_TaskServices { taskServices { name hostName authorized authorizedBy online } }": types.SingleMachine_TaskServicesDocument,
    "query SingleMachine_Recordings { recordings { edges { node { id } } } }": types.SingleMachine_RecordingsDocument,
    "mutation SingleMachine_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": types.SingleMachine_ExportDocument,
    "query SingleMachine_Task($id: ID!) { exportTask(id: $id) { status error } }": types.SingleMachine_TaskDocument,
    "mutation TaskFanout_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": types.TaskFanout_ExportDocument,
    "query TaskFanout_RecordingNames { recordings { edges { node { id userName } } } }": types.TaskFanout_RecordingNamesDocument,
    "\n  subscription TaskFanout_TaskUpdated {\n    taskUpdated { id status progress canCancel canDownload recording { id restricted } requestedBy { username } }\n  }\n": types.TaskFanout_TaskUpdatedDocument,
    "subscription TaskFanout_RequesterDisabled { taskUpdated { id requestedBy { disabled } } }": types.TaskFanout_RequesterDisabledDocument,
    "query TaskServices_RecordingIds { recordings { edges { node { id } } } }": types.TaskServices_RecordingIdsDocument,
    "mutation TaskServices_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id status } } }": types.TaskServices_ExportDocument,
    "query TaskServices_Task($id: ID!) { exportTask(id: $id) { id status taskServiceHost } }": types.TaskServices_TaskDocument,
    "query TaskServices_Ready { authorizedTaskServicesOnline }": types.TaskServices_ReadyDocument,
    "\n  query TaskServices_Services {\n    taskServices { id name hostName softwareVersion concurrency ffmpegVersion ffmpegSource startedAt lastHeartbeatAt runningTasks authorized authorizedBy online }\n  }\n": types.TaskServices_ServicesDocument,
    "subscription TaskServices_ServiceUpdated { taskServiceUpdated { id name authorized online } }": types.TaskServices_ServiceUpdatedDocument,
    "mutation TaskServices_Authorize($id: ID!) { authorizeTaskService(id: $id) { id } }": types.TaskServices_AuthorizeDocument,
    "mutation TaskServices_Revoke($id: ID!) { revokeTaskService(id: $id) { authorized } }": types.TaskServices_RevokeDocument,
    "query TaskServices_Settings { settings { exportsEnabled } }": types.TaskServices_SettingsDocument,
    "mutation TaskServices_UpdateSettings($input: UpdateSettingsInput!) { updateSettings(input: $input) { exportsEnabled } }": types.TaskServices_UpdateSettingsDocument,
    "\n  query TerminalRecordings_Recordings {\n    recordings(first: 50) {\n      edges {\n        node {\n          id kind format durationSeconds startedAt applications userName serverName protocol width height hasAudio\n          terminal { asciicastVersion cols rows maxCols maxRows title command termType env theme { fg bg palette } outputEvents inputEvents resizes markers exitStatus }\n        }\n      }\n    }\n  }\n": types.TerminalRecordings_RecordingsDocument,
    "mutation TerminalRecordings_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": types.TerminalRecordings_ExportDocument,
    "\n  mutation TerminalRecordings_ExportWithOptions($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id recording { id } renderOptions { frameRate idleTimeLimitSeconds fontSize } } }\n  }\n": types.TerminalRecordings_ExportWithOptionsDocument,
    "query TerminalRecordings_Tasks { exportTasks(first: 100) { edges { node { id status error outputDurationSeconds outputSha256 } } } }": types.TerminalRecordings_TasksDocument,
    "mutation TerminalRecordings_CreateApiToken($name: String!) { createApiToken(name: $name) { secret } }": types.TerminalRecordings_CreateApiTokenDocument,
    "query WorkerCrash_RecordingIds { recordings { edges { node { id } } } }": types.WorkerCrash_RecordingIdsDocument,
    "mutation WorkerCrash_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": types.WorkerCrash_ExportDocument,
    "query WorkerCrash_Task($id: ID!) { exportTask(id: $id) { id status progress attempts error taskServiceHost } }": types.WorkerCrash_TaskDocument,
    "query FaultExports_Recordings { recordings(first: 50) { edges { node { id userName } } } }": types.FaultExports_RecordingsDocument,
    "mutation FaultExports_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }": types.FaultExports_ExportDocument,
    "query FaultExports_Task($id: ID!) { exportTask(id: $id) { id status progress attempts error outputSha256 outputSizeBytes } }": types.FaultExports_TaskDocument,
    "query FaultSystem_TaskServices { taskServices { id name authorized } }": types.FaultSystem_TaskServicesDocument,
    "mutation FaultSystem_AuthorizeTaskService($id: ID!) { authorizeTaskService(id: $id) { id } }": types.FaultSystem_AuthorizeTaskServiceDocument,
    "\n  fragment RecordingFields on Recording {\n    id userName serverName clientName clientIp applications protocol startedAt durationSeconds sizeBytes format width height hasAudio restricted sourceSha256\n  }\n": types.RecordingFieldsFragmentDoc,
    "\n  fragment TaskFields on ExportTask {\n    id status progress reason attempts error taskServiceHost outputSha256 outputSizeBytes outputDurationSeconds downloadUrl fileName requestedAt startedAt finishedAt\n    requestedBy { username }\n    recording { id userName durationSeconds hasAudio }\n  }\n": types.TaskFieldsFragmentDoc,
    "\n  mutation GraphqlClient_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { token }\n  }\n": types.GraphqlClient_SignInDocument,
    "\n  mutation GraphqlClient_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n": types.GraphqlClient_CreateUserDocument,
    "query System_TaskServices { taskServices { id name authorized } }": types.System_TaskServicesDocument,
    "mutation System_AuthorizeTaskService($id: ID!) { authorizeTaskService(id: $id) { id } }": types.System_AuthorizeTaskServiceDocument,
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
export function graphql(source: "\n  query AuditAnchor_Integrity {\n    auditIntegrity(full: true) {\n      ok\n      firstProblem { eventId kind message }\n      checkpoints {\n        total valid problemCount\n        problems { checkpointId number headEventId kind message }\n        log { compared entries reason }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditAnchor_Integrity {\n    auditIntegrity(full: true) {\n      ok\n      firstProblem { eventId kind message }\n      checkpoints {\n        total valid problemCount\n        problems { checkpointId number headEventId kind message }\n        log { compared entries reason }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditAnchor_CreateCheckpoint { createAuditCheckpoint { number headEventId } }"): (typeof documents)["mutation AuditAnchor_CreateCheckpoint { createAuditCheckpoint { number headEventId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditIntegrity_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }\n"): (typeof documents)["\n  mutation AuditIntegrity_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditIntegrity_Integrity {\n    auditIntegrity(full: true) {\n      ok eventsChecked headEventId headHash firstProblem { eventId kind message }\n      checkpoints { total valid problemCount problems { checkpointId headEventId kind message } latest { id headEventId } }\n    }\n  }\n"): (typeof documents)["\n  query AuditIntegrity_Integrity {\n    auditIntegrity(full: true) {\n      ok eventsChecked headEventId headHash firstProblem { eventId kind message }\n      checkpoints { total valid problemCount problems { checkpointId headEventId kind message } latest { id headEventId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditIntegrity_Recordings { recordings { edges { node { id } } } }"): (typeof documents)["query AuditIntegrity_Recordings { recordings { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditIntegrity_CreateCheckpoint { createAuditCheckpoint { id headEventId headHash eventCount keyId algorithm signature signedText } }\n"): (typeof documents)["\n  mutation AuditIntegrity_CreateCheckpoint { createAuditCheckpoint { id headEventId headHash eventCount keyId algorithm signature signedText } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditIntegrity_CreateCheckpointId { createAuditCheckpoint { id } }"): (typeof documents)["mutation AuditIntegrity_CreateCheckpointId { createAuditCheckpoint { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditIntegrity_Checkpoints { auditCheckpoints(first: 10) { totalCount edges { node { id } } } }"): (typeof documents)["query AuditIntegrity_Checkpoints { auditCheckpoints(first: 10) { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditIntegrity_CheckpointCount { auditCheckpoints { totalCount } }"): (typeof documents)["query AuditIntegrity_CheckpointCount { auditCheckpoints { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditIntegrity_TaskStatus($id: ID!) { exportTask(id: $id) { status error } }"): (typeof documents)["query AuditIntegrity_TaskStatus($id: ID!) { exportTask(id: $id) { status error } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuthorizationConsole_TaskUpdated { taskUpdated { id } }"): (typeof documents)["subscription AuthorizationConsole_TaskUpdated { taskUpdated { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationConsole_SignIn($username: String!, $password: String!) { signIn(username: $username, password: $password) { token } }\n"): (typeof documents)["\n  mutation AuthorizationConsole_SignIn($username: String!, $password: String!) { signIn(username: $username, password: $password) { token } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorizationConsole_SignOut { signOut }"): (typeof documents)["mutation AuthorizationConsole_SignOut { signOut }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorizationConsole_Me { me { username } }"): (typeof documents)["query AuthorizationConsole_Me { me { username } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorizationConsole_MyRoles { me { disabled effectiveRoles roleGrants { role source } } }"): (typeof documents)["query AuthorizationConsole_MyRoles { me { disabled effectiveRoles roleGrants { role source } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorizationConsole_TasksAndMe { exportTasks { totalCount } me { username } }"): (typeof documents)["query AuthorizationConsole_TasksAndMe { exportTasks { totalCount } me { username } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorizationConsole_RecordingsAndMe { recordings { totalCount } me { username } }"): (typeof documents)["query AuthorizationConsole_RecordingsAndMe { recordings { totalCount } me { username } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorizationConsole_TaskCount { exportTasks { totalCount } }"): (typeof documents)["query AuthorizationConsole_TaskCount { exportTasks { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorizationConsole_RecordingCount { recordings { totalCount } }"): (typeof documents)["query AuthorizationConsole_RecordingCount { recordings { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorizationConsole_RecordingIds { recordings { edges { node { id } } } }"): (typeof documents)["query AuthorizationConsole_RecordingIds { recordings { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorizationConsole_AuditCount { exportAudit { totalCount } }"): (typeof documents)["query AuthorizationConsole_AuditCount { exportAudit { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorizationConsole_Users { users { id } }"): (typeof documents)["query AuthorizationConsole_Users { users { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorizationConsole_User($id: ID!) {\n    user(id: $id) { roles effectiveRoles canReadAudit groups { name } roleGrants { role source group { name } } }\n  }\n"): (typeof documents)["\n  query AuthorizationConsole_User($id: ID!) {\n    user(id: $id) { roles effectiveRoles canReadAudit groups { name } roleGrants { role source group { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorizationConsole_DisableUser($id: ID!) { disableUser(id: $id) { id disabled } }"): (typeof documents)["mutation AuthorizationConsole_DisableUser($id: ID!) { disableUser(id: $id) { id disabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorizationConsole_EnableUser($id: ID!) { enableUser(id: $id) { id } }"): (typeof documents)["mutation AuthorizationConsole_EnableUser($id: ID!) { enableUser(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationConsole_ResetPassword($id: ID!, $password: String!) { resetUserPassword(id: $id, password: $password) { id } }\n"): (typeof documents)["\n  mutation AuthorizationConsole_ResetPassword($id: ID!, $password: String!) { resetUserPassword(id: $id, password: $password) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationConsole_GrantUserRole($userId: ID!, $role: Role!) { grantUserRole(userId: $userId, role: $role) { id } }\n"): (typeof documents)["\n  mutation AuthorizationConsole_GrantUserRole($userId: ID!, $role: Role!) { grantUserRole(userId: $userId, role: $role) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationConsole_RevokeUserRole($userId: ID!, $role: Role!) { revokeUserRole(userId: $userId, role: $role) { id } }\n"): (typeof documents)["\n  mutation AuthorizationConsole_RevokeUserRole($userId: ID!, $role: Role!) { revokeUserRole(userId: $userId, role: $role) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorizationConsole_GroupIds { groups { id } }"): (typeof documents)["query AuthorizationConsole_GroupIds { groups { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorizationConsole_GroupMembers { groups { name members { username } } }"): (typeof documents)["query AuthorizationConsole_GroupMembers { groups { name members { username } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorizationConsole_CreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id name roles } }"): (typeof documents)["mutation AuthorizationConsole_CreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id name roles } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorizationConsole_RenameGroup($id: ID!, $name: String!) { renameGroup(id: $id, name: $name) { id } }"): (typeof documents)["mutation AuthorizationConsole_RenameGroup($id: ID!, $name: String!) { renameGroup(id: $id, name: $name) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorizationConsole_DeleteGroup($id: ID!) { deleteGroup(id: $id) }"): (typeof documents)["mutation AuthorizationConsole_DeleteGroup($id: ID!) { deleteGroup(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationConsole_AddMember($groupId: ID!, $userId: ID!) { addGroupMember(groupId: $groupId, userId: $userId) { id } }\n"): (typeof documents)["\n  mutation AuthorizationConsole_AddMember($groupId: ID!, $userId: ID!) { addGroupMember(groupId: $groupId, userId: $userId) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationConsole_RemoveMember($groupId: ID!, $userId: ID!) { removeGroupMember(groupId: $groupId, userId: $userId) { id } }\n"): (typeof documents)["\n  mutation AuthorizationConsole_RemoveMember($groupId: ID!, $userId: ID!) { removeGroupMember(groupId: $groupId, userId: $userId) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationConsole_GrantGroupRole($groupId: ID!, $role: Role!) { grantGroupRole(groupId: $groupId, role: $role) { id } }\n"): (typeof documents)["\n  mutation AuthorizationConsole_GrantGroupRole($groupId: ID!, $role: Role!) { grantGroupRole(groupId: $groupId, role: $role) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationConsole_CreateApiToken($name: String!) {\n    createApiToken(name: $name) { secret apiToken { id name createdAt lastUsedAt owner { username } } }\n  }\n"): (typeof documents)["\n  mutation AuthorizationConsole_CreateApiToken($name: String!) {\n    createApiToken(name: $name) { secret apiToken { id name createdAt lastUsedAt owner { username } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorizationConsole_MyApiTokens { apiTokens { name lastUsedAt owner { username } } }"): (typeof documents)["query AuthorizationConsole_MyApiTokens { apiTokens { name lastUsedAt owner { username } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthorizationConsole_AllApiTokens { apiTokens(allUsers: true) { id owner { username } } }"): (typeof documents)["query AuthorizationConsole_AllApiTokens { apiTokens(allUsers: true) { id owner { username } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorizationConsole_RevokeApiToken($id: ID!) { revokeApiToken(id: $id) }"): (typeof documents)["mutation AuthorizationConsole_RevokeApiToken($id: ID!) { revokeApiToken(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizationConsole_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }\n"): (typeof documents)["\n  mutation AuthorizationConsole_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthorizationConsole_Cancel($id: ID!) { cancelExportTask(id: $id) { id } }"): (typeof documents)["mutation AuthorizationConsole_Cancel($id: ID!) { cancelExportTask(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Authorization_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"): (typeof documents)["mutation Authorization_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Authorization_Recordings { recordings { edges { node { id restricted } } } }"): (typeof documents)["query Authorization_Recordings { recordings { edges { node { id restricted } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Authorization_RecordingPage { recordings { totalCount edges { node { id } } } }"): (typeof documents)["query Authorization_RecordingPage { recordings { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Authorization_Recording($id: ID!) { recording(id: $id) { id restricted } }"): (typeof documents)["query Authorization_Recording($id: ID!) { recording(id: $id) { id restricted } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Authorization_RecordingCount { recordings { totalCount } }"): (typeof documents)["query Authorization_RecordingCount { recordings { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Authorization_TaskCount { exportTasks { totalCount } }"): (typeof documents)["query Authorization_TaskCount { exportTasks { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Authorization_AuditCount { exportAudit { totalCount } }"): (typeof documents)["query Authorization_AuditCount { exportAudit { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Authorization_DeniedExports { exportAudit(filter: { action: [EXPORT_DENIED] }) { totalCount edges { node { action actionLabel actor outcome } } } }\n"): (typeof documents)["\n  query Authorization_DeniedExports { exportAudit(filter: { action: [EXPORT_DENIED] }) { totalCount edges { node { action actionLabel actor outcome } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Authorization_RequestedExports($recordingId: ID!) {\n    exportAudit(filter: { recordingId: $recordingId, action: [EXPORT_REQUESTED] }) { edges { node { recordingId recording { userName } } } }\n  }\n"): (typeof documents)["\n  query Authorization_RequestedExports($recordingId: ID!) {\n    exportAudit(filter: { recordingId: $recordingId, action: [EXPORT_REQUESTED] }) { edges { node { recordingId recording { userName } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Authorization_CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }"): (typeof documents)["mutation Authorization_CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Authorization_SignIn($username: String!, $password: String!) { signIn(username: $username, password: $password) { token } }"): (typeof documents)["mutation Authorization_SignIn($username: String!, $password: String!) { signIn(username: $username, password: $password) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Authorization_SignInUser($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { user { username roles canExport canReadAudit canAdminister disabled roleGrants { role source } } }\n  }\n"): (typeof documents)["\n  mutation Authorization_SignInUser($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { user { username roles canExport canReadAudit canAdminister disabled roleGrants { role source } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Authorization_Me { me { username canExport } }"): (typeof documents)["query Authorization_Me { me { username canExport } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Authorization_CreateApiToken($name: String!) { createApiToken(name: $name) { secret apiToken { id name } } }"): (typeof documents)["mutation Authorization_CreateApiToken($name: String!) { createApiToken(name: $name) { secret apiToken { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Authorization_RevokeApiToken($id: ID!) { revokeApiToken(id: $id) }"): (typeof documents)["mutation Authorization_RevokeApiToken($id: ID!) { revokeApiToken(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription Authorization_TaskUpdated { taskUpdated { id } }"): (typeof documents)["subscription Authorization_TaskUpdated { taskUpdated { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Authorization_DeepestAllowed { exportTasks { edges { node { recording { id } requestedBy { id } } } } a: me { id } }"): (typeof documents)["query Authorization_DeepestAllowed { exportTasks { edges { node { recording { id } requestedBy { id } } } } a: me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserPreviews_Recordings { recordings { edges { node { id format videoCodec needsBrowserPreview } } } }\n"): (typeof documents)["\n  query BrowserPreviews_Recordings { recordings { edges { node { id format videoCodec needsBrowserPreview } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserPreviews_Preview($id: ID!) { recording(id: $id) { browserPreview { id status progress error outputSizeBytes } } }\n"): (typeof documents)["\n  query BrowserPreviews_Preview($id: ID!) { recording(id: $id) { browserPreview { id status progress error outputSizeBytes } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserPreviews_Prepare($recordingId: ID!) { prepareBrowserPreview(recordingId: $recordingId) { id status } }\n"): (typeof documents)["\n  mutation BrowserPreviews_Prepare($recordingId: ID!) { prepareBrowserPreview(recordingId: $recordingId) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Evidence_Recordings { recordings(first: 10) { edges { node { id userName sourceSha256 } } } }"): (typeof documents)["query Evidence_Recordings { recordings(first: 10) { edges { node { id userName sourceSha256 } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Evidence_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"): (typeof documents)["mutation Evidence_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Evidence_ExportTask($id: ID!) {\n    exportTask(id: $id) {\n      id status error fileName outputSha256 outputSizeBytes outputDurationSeconds taskServiceHost startedAt finishedAt requestedAt evidenceBundleUrl\n      manifest { content keyId algorithm signature outputSha256 signedAt }\n    }\n  }\n"): (typeof documents)["\n  query Evidence_ExportTask($id: ID!) {\n    exportTask(id: $id) {\n      id status error fileName outputSha256 outputSizeBytes outputDurationSeconds taskServiceHost startedAt finishedAt requestedAt evidenceBundleUrl\n      manifest { content keyId algorithm signature outputSha256 signedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Evidence_SigningKeys { signingKeys { keyId active publicKeyPem } }"): (typeof documents)["query Evidence_SigningKeys { signingKeys { keyId active publicKeyPem } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Evidence_Verify($sha: String!) {\n    verifyExport(sha256: $sha) { sha256 verified summary matches { signatureValid keyActive task { id } manifest { keyId content } } }\n  }\n"): (typeof documents)["\n  query Evidence_Verify($sha: String!) {\n    verifyExport(sha256: $sha) { sha256 verified summary matches { signatureValid keyActive task { id } manifest { keyId content } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Evidence_VerifyKeys($sha: String!) { verifyExport(sha256: $sha) { verified matches { signatureValid keyActive } } }"): (typeof documents)["query Evidence_VerifyKeys($sha: String!) { verifyExport(sha256: $sha) { verified matches { signatureValid keyActive } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Evidence_VerifySignatures($sha: String!) { verifyExport(sha256: $sha) { verified summary matches { signatureValid } } }\n"): (typeof documents)["\n  query Evidence_VerifySignatures($sha: String!) { verifyExport(sha256: $sha) { verified summary matches { signatureValid } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportFailures_Recordings { recordings { edges { node { id userName sourceLocation } } } }"): (typeof documents)["query ExportFailures_Recordings { recordings { edges { node { id userName sourceLocation } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportFailures_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id status } } }"): (typeof documents)["mutation ExportFailures_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportFailures_Task($id: ID!) { exportTask(id: $id) { id status progress error } }"): (typeof documents)["query ExportFailures_Task($id: ID!) { exportTask(id: $id) { id status progress error } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportFailures_Cancel($id: ID!) { cancelExportTask(id: $id) { id status } }"): (typeof documents)["mutation ExportFailures_Cancel($id: ID!) { cancelExportTask(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportFailures_Retry($id: ID!) { retryExportTask(id: $id) { id status retryOfTaskId request { id } } }"): (typeof documents)["mutation ExportFailures_Retry($id: ID!) { retryExportTask(id: $id) { id status retryOfTaskId request { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportFailures_Retried($id: ID!) { exportTask(id: $id) { id status canRetry retriedAsTaskId outputSha256 request { id reason } } }"): (typeof documents)["query ExportFailures_Retried($id: ID!) { exportTask(id: $id) { id status canRetry retriedAsTaskId outputSha256 request { id reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportFlow_Recordings { recordings(first: 10) { edges { node { id userName durationSeconds hasAudio } } } }"): (typeof documents)["query ExportFlow_Recordings { recordings(first: 10) { edges { node { id userName durationSeconds hasAudio } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ExportFlow_TaskUpdated { taskUpdated { id status progress } }"): (typeof documents)["subscription ExportFlow_TaskUpdated { taskUpdated { id status progress } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportFlow_ExportTasks($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { ...TaskFields } } }"): (typeof documents)["mutation ExportFlow_ExportTasks($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { ...TaskFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExportFlow_ExportIds($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"): (typeof documents)["mutation ExportFlow_ExportIds($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportFlow_Task($id: ID!) { exportTask(id: $id) { ...TaskFields } }"): (typeof documents)["query ExportFlow_Task($id: ID!) { exportTask(id: $id) { ...TaskFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportFlow_CompletedTasks { exportTasks(filter: { status: COMPLETED }) { totalCount edges { node { id fileName outputSizeBytes outputSha256 } } } }\n"): (typeof documents)["\n  query ExportFlow_CompletedTasks { exportTasks(filter: { status: COMPLETED }) { totalCount edges { node { id fileName outputSizeBytes outputSha256 } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FaultsDatabase_TaskUpdated { taskUpdated { id status progress } }"): (typeof documents)["subscription FaultsDatabase_TaskUpdated { taskUpdated { id status progress } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultsDatabase_TaskStatus($id: ID!) { exportTask(id: $id) { id status } }"): (typeof documents)["query FaultsDatabase_TaskStatus($id: ID!) { exportTask(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuacamoleRecordings_Recordings($filter: RecordingFilter) {\n    recordings(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id kind format durationSeconds width height hasAudio protocol userName sourceLocation\n          guacamole { protocol terminalLayout keysRecorded instructions gzip truncatedAtByte truncatedAtInstruction }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GuacamoleRecordings_Recordings($filter: RecordingFilter) {\n    recordings(filter: $filter, first: 50) {\n      totalCount\n      edges {\n        node {\n          id kind format durationSeconds width height hasAudio protocol userName sourceLocation\n          guacamole { protocol terminalLayout keysRecorded instructions gzip truncatedAtByte truncatedAtInstruction }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GuacamoleRecordings_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id renderOptions { frameRate idleTimeLimitSeconds fontSize } } }\n  }\n"): (typeof documents)["\n  mutation GuacamoleRecordings_Export($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id renderOptions { frameRate idleTimeLimitSeconds fontSize } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuacamoleRecordings_Task($id: ID!) {\n    exportTask(id: $id) { id status error outputDurationSeconds manifest { content } }\n  }\n"): (typeof documents)["\n  query GuacamoleRecordings_Task($id: ID!) {\n    exportTask(id: $id) { id status error outputDurationSeconds manifest { content } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GuacamoleRecordings_CreateApiToken($name: String!) { createApiToken(name: $name) { secret } }"): (typeof documents)["mutation GuacamoleRecordings_CreateApiToken($name: String!) { createApiToken(name: $name) { secret } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileFiles_Recordings { recordings(first: 100) { edges { node { id userName kind format sourceLocation } } } }"): (typeof documents)["query HostileFiles_Recordings { recordings(first: 100) { edges { node { id userName kind format sourceLocation } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileFiles_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"): (typeof documents)["mutation HostileFiles_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileFiles_Task($id: ID!) { exportTask(id: $id) { id status error downloadUrl } }"): (typeof documents)["query HostileFiles_Task($id: ID!) { exportTask(id: $id) { id status error downloadUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileFiles_TaskServices { taskServices { name online } }"): (typeof documents)["query HostileFiles_TaskServices { taskServices { name online } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileRequests_RecordingIds { recordings(first: 10) { edges { node { id userName } } } }"): (typeof documents)["query HostileRequests_RecordingIds { recordings(first: 10) { edges { node { id userName } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileRequests_Recording($id: ID!) { recording(id: $id) { id restricted } }"): (typeof documents)["query HostileRequests_Recording($id: ID!) { recording(id: $id) { id restricted } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileRequests_Restrict($id: ID!) { restrictRecording(id: $id) { id restricted } }"): (typeof documents)["mutation HostileRequests_Restrict($id: ID!) { restrictRecording(id: $id) { id restricted } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileRequests_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"): (typeof documents)["mutation HostileRequests_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileRequests_TaskStatus($id: ID!) { exportTask(id: $id) { status } }"): (typeof documents)["query HostileRequests_TaskStatus($id: ID!) { exportTask(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HostileRequests_Cancel($id: ID!) { cancelExportTask(id: $id) { status } }"): (typeof documents)["mutation HostileRequests_Cancel($id: ID!) { cancelExportTask(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostileRequests_Search($text: String) { recordings(filter: { text: $text }) { totalCount } }"): (typeof documents)["query HostileRequests_Search($text: String) { recordings(filter: { text: $text }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HostileRequests_Audit($filter: ExportAuditFilter) {\n    exportAudit(filter: $filter, first: 100) { totalCount edges { node { action actor recordingId taskId reason detail withheld } } }\n  }\n"): (typeof documents)["\n  query HostileRequests_Audit($filter: ExportAuditFilter) {\n    exportAudit(filter: $filter, first: 100) { totalCount edges { node { action actor recordingId taskId reason detail withheld } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdleStretches_Recordings { recordings { edges { node { id kind userName sourceLocation } } } }\n"): (typeof documents)["\n  query IdleStretches_Recordings { recordings { edges { node { id kind userName sourceLocation } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdleStretches_Scan($recordingId: ID!) { scanIdleStretches(recordingId: $recordingId) { id status } }\n"): (typeof documents)["\n  mutation IdleStretches_Scan($recordingId: ID!) { scanIdleStretches(recordingId: $recordingId) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdleStretches_Stretches($id: ID!) { recording(id: $id) { idleStretches { id status progress error stretches { start end } } } }\n"): (typeof documents)["\n  query IdleStretches_Stretches($id: ID!) { recording(id: $id) { idleStretches { id status progress error stretches { start end } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Import_Recording($id: ID!) { recording(id: $id) { ...RecordingFields endedAt sourceLocation } }"): (typeof documents)["query Import_Recording($id: ID!) { recording(id: $id) { ...RecordingFields endedAt sourceLocation } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Import_Recordings($filter: RecordingFilter) { recordings(filter: $filter) { totalCount edges { node { ...RecordingFields sourceLocation } } } }\n"): (typeof documents)["\n  query Import_Recordings($filter: RecordingFilter) { recordings(filter: $filter) { totalCount edges { node { ...RecordingFields sourceLocation } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Metrics_Recordings { recordings { edges { node { id userName sourceLocation } } } }"): (typeof documents)["query Metrics_Recordings { recordings { edges { node { id userName sourceLocation } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Metrics_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"): (typeof documents)["mutation Metrics_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription Metrics_TaskUpdated { taskUpdated { id status } }"): (typeof documents)["subscription Metrics_TaskUpdated { taskUpdated { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ObjectStorage_Recordings { recordings(first: 20) { edges { node { id userName sourceSha256 format } } } }"): (typeof documents)["query ObjectStorage_Recordings { recordings(first: 20) { edges { node { id userName sourceSha256 format } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ObjectStorage_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"): (typeof documents)["mutation ObjectStorage_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ObjectStorage_Task($id: ID!) { exportTask(id: $id) { id status progress error outputSha256 outputSizeBytes fileName } }"): (typeof documents)["query ObjectStorage_Task($id: ID!) { exportTask(id: $id) { id status progress error outputSha256 outputSizeBytes fileName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ObjectStorage_Manifest($id: ID!) { exportTask(id: $id) { manifest { content } } }"): (typeof documents)["query ObjectStorage_Manifest($id: ID!) { exportTask(id: $id) { manifest { content } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParallelExport_Recordings { recordings(first: 10) { edges { node { id userName durationSeconds } } } }"): (typeof documents)["query ParallelExport_Recordings { recordings(first: 10) { edges { node { id userName durationSeconds } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParallelExport_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"): (typeof documents)["mutation ParallelExport_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParallelExport_Task($id: ID!) {\n    exportTask(id: $id) { id status progress attempts error outputSha256 outputDurationSeconds manifest { content document { conversion { segments { index startSeconds endSeconds taskServiceId sha256 } } } } }\n  }\n"): (typeof documents)["\n  query ParallelExport_Task($id: ID!) {\n    exportTask(id: $id) { id status progress attempts error outputSha256 outputDurationSeconds manifest { content document { conversion { segments { index startSeconds endSeconds taskServiceId sha256 } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParallelExport_Cancel($id: ID!) { cancelExportTask(id: $id) { id status } }"): (typeof documents)["mutation ParallelExport_Cancel($id: ID!) { cancelExportTask(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Playback_VideoRecordings { recordings { edges { node { id restricted sourceLocation sizeBytes } } } }"): (typeof documents)["query Playback_VideoRecordings { recordings { edges { node { id restricted sourceLocation sizeBytes } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Playback_TerminalRecordings { recordings { edges { node { id userName kind } } } }"): (typeof documents)["query Playback_TerminalRecordings { recordings { edges { node { id userName kind } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Playback_Playbacks { exportAudit(filter: { action: [RECORDING_PLAYED] }, first: 100) { totalCount edges { node { action actionLabel actor outcome } } } }\n"): (typeof documents)["\n  query Playback_Playbacks { exportAudit(filter: { action: [RECORDING_PLAYED] }, first: 100) { totalCount edges { node { action actionLabel actor outcome } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordingsCatalog_List($filter: RecordingFilter, $orderBy: RecordingOrder, $first: Int!, $after: String) {\n    recordings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { ...RecordingFields } }\n    }\n  }\n"): (typeof documents)["\n  query RecordingsCatalog_List($filter: RecordingFilter, $orderBy: RecordingOrder, $first: Int!, $after: String) {\n    recordings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { ...RecordingFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecordingsCatalog_Most { recordings(first: 500) { totalCount edges { node { id } } } }"): (typeof documents)["query RecordingsCatalog_Most { recordings(first: 500) { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecordingsCatalog_Recording($id: ID!) { recording(id: $id) { id } }"): (typeof documents)["query RecordingsCatalog_Recording($id: ID!) { recording(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestrictedRecordings_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"): (typeof documents)["mutation RestrictedRecordings_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RestrictedRecordings_Task($id: ID!) { exportTask(id: $id) { id status recording { id } } }"): (typeof documents)["query RestrictedRecordings_Task($id: ID!) { exportTask(id: $id) { id status recording { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RestrictedRecordings_TaskFlags($id: ID!) { exportTask(id: $id) { canCancel canDownload } }"): (typeof documents)["query RestrictedRecordings_TaskFlags($id: ID!) { exportTask(id: $id) { canCancel canDownload } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RestrictedRecordings_Tasks { exportTasks(first: 100) { totalCount edges { node { id recording { id restricted } } } } }"): (typeof documents)["query RestrictedRecordings_Tasks { exportTasks(first: 100) { totalCount edges { node { id recording { id restricted } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestrictedRecordings_Cancel($id: ID!) { cancelExportTask(id: $id) { status } }"): (typeof documents)["mutation RestrictedRecordings_Cancel($id: ID!) { cancelExportTask(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RestrictedRecordings_RecordingNames { recordings { edges { node { id userName } } } }"): (typeof documents)["query RestrictedRecordings_RecordingNames { recordings { edges { node { id userName } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RestrictedRecordings_Recordings { recordings(first: 100) { totalCount edges { node { id restricted } } } }"): (typeof documents)["query RestrictedRecordings_Recordings { recordings(first: 100) { totalCount edges { node { id restricted } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RestrictedRecordings_Recording($id: ID!) { recording(id: $id) { id restricted } }"): (typeof documents)["query RestrictedRecordings_Recording($id: ID!) { recording(id: $id) { id restricted } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestrictedRecordings_Restrict($id: ID!) { restrictRecording(id: $id) { id restricted } }"): (typeof documents)["mutation RestrictedRecordings_Restrict($id: ID!) { restrictRecording(id: $id) { id restricted } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestrictedRecordings_Unrestrict($id: ID!) { unrestrictRecording(id: $id) { id restricted } }"): (typeof documents)["mutation RestrictedRecordings_Unrestrict($id: ID!) { unrestrictRecording(id: $id) { id restricted } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription RestrictedRecordings_TaskRecordingUpdated { taskUpdated { id recording { id } } }"): (typeof documents)["subscription RestrictedRecordings_TaskRecordingUpdated { taskUpdated { id recording { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription RestrictedRecordings_TaskStatusUpdated { taskUpdated { id status } }"): (typeof documents)["subscription RestrictedRecordings_TaskStatusUpdated { taskUpdated { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Retention_RecordingIds { recordings { edges { node { id } } } }"): (typeof documents)["query Retention_RecordingIds { recordings { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Retention_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"): (typeof documents)["mutation Retention_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Retention_Task($id: ID!) { exportTask(id: $id) { id status downloadUrl expiredAt } }"): (typeof documents)["query Retention_Task($id: ID!) { exportTask(id: $id) { id status downloadUrl expiredAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignInLimits_SignIn($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }"): (typeof documents)["mutation SignInLimits_SignIn($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SignInLimits_Me { me { username } }"): (typeof documents)["query SignInLimits_Me { me { username } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SingleMachine_TaskServices { taskServices { name hostName authorized authorizedBy online } }"): (typeof documents)["query SingleMachine_TaskServices { taskServices { name hostName authorized authorizedBy online } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SingleMachine_Recordings { recordings { edges { node { id } } } }"): (typeof documents)["query SingleMachine_Recordings { recordings { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SingleMachine_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"): (typeof documents)["mutation SingleMachine_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SingleMachine_Task($id: ID!) { exportTask(id: $id) { status error } }"): (typeof documents)["query SingleMachine_Task($id: ID!) { exportTask(id: $id) { status error } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskFanout_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"): (typeof documents)["mutation TaskFanout_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskFanout_RecordingNames { recordings { edges { node { id userName } } } }"): (typeof documents)["query TaskFanout_RecordingNames { recordings { edges { node { id userName } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TaskFanout_TaskUpdated {\n    taskUpdated { id status progress canCancel canDownload recording { id restricted } requestedBy { username } }\n  }\n"): (typeof documents)["\n  subscription TaskFanout_TaskUpdated {\n    taskUpdated { id status progress canCancel canDownload recording { id restricted } requestedBy { username } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription TaskFanout_RequesterDisabled { taskUpdated { id requestedBy { disabled } } }"): (typeof documents)["subscription TaskFanout_RequesterDisabled { taskUpdated { id requestedBy { disabled } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskServices_RecordingIds { recordings { edges { node { id } } } }"): (typeof documents)["query TaskServices_RecordingIds { recordings { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskServices_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id status } } }"): (typeof documents)["mutation TaskServices_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskServices_Task($id: ID!) { exportTask(id: $id) { id status taskServiceHost } }"): (typeof documents)["query TaskServices_Task($id: ID!) { exportTask(id: $id) { id status taskServiceHost } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskServices_Ready { authorizedTaskServicesOnline }"): (typeof documents)["query TaskServices_Ready { authorizedTaskServicesOnline }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskServices_Services {\n    taskServices { id name hostName softwareVersion concurrency ffmpegVersion ffmpegSource startedAt lastHeartbeatAt runningTasks authorized authorizedBy online }\n  }\n"): (typeof documents)["\n  query TaskServices_Services {\n    taskServices { id name hostName softwareVersion concurrency ffmpegVersion ffmpegSource startedAt lastHeartbeatAt runningTasks authorized authorizedBy online }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription TaskServices_ServiceUpdated { taskServiceUpdated { id name authorized online } }"): (typeof documents)["subscription TaskServices_ServiceUpdated { taskServiceUpdated { id name authorized online } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskServices_Authorize($id: ID!) { authorizeTaskService(id: $id) { id } }"): (typeof documents)["mutation TaskServices_Authorize($id: ID!) { authorizeTaskService(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskServices_Revoke($id: ID!) { revokeTaskService(id: $id) { authorized } }"): (typeof documents)["mutation TaskServices_Revoke($id: ID!) { revokeTaskService(id: $id) { authorized } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskServices_Settings { settings { exportsEnabled } }"): (typeof documents)["query TaskServices_Settings { settings { exportsEnabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaskServices_UpdateSettings($input: UpdateSettingsInput!) { updateSettings(input: $input) { exportsEnabled } }"): (typeof documents)["mutation TaskServices_UpdateSettings($input: UpdateSettingsInput!) { updateSettings(input: $input) { exportsEnabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerminalRecordings_Recordings {\n    recordings(first: 50) {\n      edges {\n        node {\n          id kind format durationSeconds startedAt applications userName serverName protocol width height hasAudio\n          terminal { asciicastVersion cols rows maxCols maxRows title command termType env theme { fg bg palette } outputEvents inputEvents resizes markers exitStatus }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TerminalRecordings_Recordings {\n    recordings(first: 50) {\n      edges {\n        node {\n          id kind format durationSeconds startedAt applications userName serverName protocol width height hasAudio\n          terminal { asciicastVersion cols rows maxCols maxRows title command termType env theme { fg bg palette } outputEvents inputEvents resizes markers exitStatus }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TerminalRecordings_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"): (typeof documents)["mutation TerminalRecordings_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminalRecordings_ExportWithOptions($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id recording { id } renderOptions { frameRate idleTimeLimitSeconds fontSize } } }\n  }\n"): (typeof documents)["\n  mutation TerminalRecordings_ExportWithOptions($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) { tasks { id recording { id } renderOptions { frameRate idleTimeLimitSeconds fontSize } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TerminalRecordings_Tasks { exportTasks(first: 100) { edges { node { id status error outputDurationSeconds outputSha256 } } } }"): (typeof documents)["query TerminalRecordings_Tasks { exportTasks(first: 100) { edges { node { id status error outputDurationSeconds outputSha256 } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TerminalRecordings_CreateApiToken($name: String!) { createApiToken(name: $name) { secret } }"): (typeof documents)["mutation TerminalRecordings_CreateApiToken($name: String!) { createApiToken(name: $name) { secret } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkerCrash_RecordingIds { recordings { edges { node { id } } } }"): (typeof documents)["query WorkerCrash_RecordingIds { recordings { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkerCrash_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"): (typeof documents)["mutation WorkerCrash_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkerCrash_Task($id: ID!) { exportTask(id: $id) { id status progress attempts error taskServiceHost } }"): (typeof documents)["query WorkerCrash_Task($id: ID!) { exportTask(id: $id) { id status progress attempts error taskServiceHost } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultExports_Recordings { recordings(first: 50) { edges { node { id userName } } } }"): (typeof documents)["query FaultExports_Recordings { recordings(first: 50) { edges { node { id userName } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FaultExports_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"): (typeof documents)["mutation FaultExports_Export($input: ExportRecordingsInput!) { exportRecordings(input: $input) { tasks { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultExports_Task($id: ID!) { exportTask(id: $id) { id status progress attempts error outputSha256 outputSizeBytes } }"): (typeof documents)["query FaultExports_Task($id: ID!) { exportTask(id: $id) { id status progress attempts error outputSha256 outputSizeBytes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultSystem_TaskServices { taskServices { id name authorized } }"): (typeof documents)["query FaultSystem_TaskServices { taskServices { id name authorized } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FaultSystem_AuthorizeTaskService($id: ID!) { authorizeTaskService(id: $id) { id } }"): (typeof documents)["mutation FaultSystem_AuthorizeTaskService($id: ID!) { authorizeTaskService(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordingFields on Recording {\n    id userName serverName clientName clientIp applications protocol startedAt durationSeconds sizeBytes format width height hasAudio restricted sourceSha256\n  }\n"): (typeof documents)["\n  fragment RecordingFields on Recording {\n    id userName serverName clientName clientIp applications protocol startedAt durationSeconds sizeBytes format width height hasAudio restricted sourceSha256\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskFields on ExportTask {\n    id status progress reason attempts error taskServiceHost outputSha256 outputSizeBytes outputDurationSeconds downloadUrl fileName requestedAt startedAt finishedAt\n    requestedBy { username }\n    recording { id userName durationSeconds hasAudio }\n  }\n"): (typeof documents)["\n  fragment TaskFields on ExportTask {\n    id status progress reason attempts error taskServiceHost outputSha256 outputSizeBytes outputDurationSeconds downloadUrl fileName requestedAt startedAt finishedAt\n    requestedBy { username }\n    recording { id userName durationSeconds hasAudio }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GraphqlClient_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { token }\n  }\n"): (typeof documents)["\n  mutation GraphqlClient_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { token }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GraphqlClient_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation GraphqlClient_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query System_TaskServices { taskServices { id name authorized } }"): (typeof documents)["query System_TaskServices { taskServices { id name authorized } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation System_AuthorizeTaskService($id: ID!) { authorizeTaskService(id: $id) { id } }"): (typeof documents)["mutation System_AuthorizeTaskService($id: ID!) { authorizeTaskService(id: $id) { id } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;