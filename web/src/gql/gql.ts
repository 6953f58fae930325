/* eslint-disable */
import * as types from './graphql';
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
    "\n  query ApiTokensPage_Tokens($allUsers: Boolean!) {\n    apiTokens(allUsers: $allUsers) {\n      id\n      name\n      createdAt\n      lastUsedAt\n      owner {\n        id\n        username\n      }\n    }\n  }\n": typeof types.ApiTokensPage_TokensDocument,
    "\n  mutation ApiTokensPage_CreateToken($name: String!) {\n    createApiToken(name: $name) {\n      secret\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ApiTokensPage_CreateTokenDocument,
    "\n  mutation ApiTokensPage_RevokeToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.ApiTokensPage_RevokeTokenDocument,
    "\n  fragment GroupsPage_Group on Group {\n    id\n    name\n    roles\n    members {\n      id\n      username\n    }\n  }\n": typeof types.GroupsPage_GroupFragmentDoc,
    "\n  query GroupsPage_Groups {\n    groups {\n      id\n      ...GroupsPage_Group\n    }\n    users {\n      id\n      username\n    }\n  }\n": typeof types.GroupsPage_GroupsDocument,
    "\n  mutation GroupsPage_CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupsPage_Group\n    }\n  }\n": typeof types.GroupsPage_CreateGroupDocument,
    "\n  mutation GroupsPage_RenameGroup($id: ID!, $name: String!) {\n    renameGroup(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.GroupsPage_RenameGroupDocument,
    "\n  mutation GroupsPage_DeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n": typeof types.GroupsPage_DeleteGroupDocument,
    "\n  mutation GroupsPage_AddMember($groupId: ID!, $userId: ID!) {\n    addGroupMember(groupId: $groupId, userId: $userId) {\n      ...GroupsPage_Group\n    }\n  }\n": typeof types.GroupsPage_AddMemberDocument,
    "\n  mutation GroupsPage_RemoveMember($groupId: ID!, $userId: ID!) {\n    removeGroupMember(groupId: $groupId, userId: $userId) {\n      ...GroupsPage_Group\n    }\n  }\n": typeof types.GroupsPage_RemoveMemberDocument,
    "\n  mutation GroupsPage_GrantRole($groupId: ID!, $role: Role!) {\n    grantGroupRole(groupId: $groupId, role: $role) {\n      ...GroupsPage_Group\n    }\n  }\n": typeof types.GroupsPage_GrantRoleDocument,
    "\n  mutation GroupsPage_RevokeRole($groupId: ID!, $role: Role!) {\n    revokeGroupRole(groupId: $groupId, role: $role) {\n      ...GroupsPage_Group\n    }\n  }\n": typeof types.GroupsPage_RevokeRoleDocument,
    "\n  fragment UsersPage_User on User {\n    id\n    username\n    roles\n    disabled\n    createdAt\n    groups {\n      id\n      name\n    }\n    roleGrants {\n      role\n      source\n      group {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UsersPage_UserFragmentDoc,
    "\n  query UsersPage_Users {\n    users {\n      id\n      ...UsersPage_User\n    }\n  }\n": typeof types.UsersPage_UsersDocument,
    "\n  mutation UsersPage_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      username\n      ...UsersPage_User\n    }\n  }\n": typeof types.UsersPage_CreateUserDocument,
    "\n  mutation UsersPage_DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      disabled\n    }\n  }\n": typeof types.UsersPage_DisableUserDocument,
    "\n  mutation UsersPage_EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      id\n      disabled\n    }\n  }\n": typeof types.UsersPage_EnableUserDocument,
    "\n  mutation UsersPage_ResetPassword($id: ID!, $password: String!) {\n    resetUserPassword(id: $id, password: $password) {\n      id\n    }\n  }\n": typeof types.UsersPage_ResetPasswordDocument,
    "\n  mutation UsersPage_GrantRole($userId: ID!, $role: Role!) {\n    grantUserRole(userId: $userId, role: $role) {\n      ...UsersPage_User\n    }\n  }\n": typeof types.UsersPage_GrantRoleDocument,
    "\n  mutation UsersPage_RevokeRole($userId: ID!, $role: Role!) {\n    revokeUserRole(userId: $userId, role: $role) {\n      ...UsersPage_User\n    }\n  }\n": typeof types.UsersPage_RevokeRoleDocument,
    "\n  mutation TopNav_SignOut {\n    signOut\n  }\n": typeof types.TopNav_SignOutDocument,
    "\n  query ExportAuditPage_ExportAudit($filter: ExportAuditFilter, $first: Int!, $after: String) {\n    exportAudit(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actionLabel\n          actor\n          recordingId\n          recording {\n            id\n            userName\n            serverName\n            startedAt\n          }\n          taskId\n          reason\n          outcome\n          detail\n          clientAddress\n          occurredAt\n          withheld\n          hash\n          prevHash\n        }\n      }\n    }\n  }\n": typeof types.ExportAuditPage_ExportAuditDocument,
    "\n  query IntegrityPanel_AuditIntegrity {\n    auditIntegrity(full: true) {\n      ok\n      checkedAt\n      eventsChecked\n      headEventId\n      headHash\n      firstProblem {\n        eventId\n        kind\n        message\n      }\n      checkpoints {\n        total\n        valid\n        problemCount\n        problems {\n          checkpointId\n          kind\n          message\n        }\n        latest {\n          id\n          createdAt\n          headEventId\n          keyId\n        }\n        log {\n          compared\n          entries\n          reason\n        }\n      }\n    }\n  }\n": typeof types.IntegrityPanel_AuditIntegrityDocument,
    "\n  mutation SignInPage_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      user {\n        ...SessionProvider_User\n      }\n    }\n  }\n": typeof types.SignInPage_SignInDocument,
    "\n  fragment SessionProvider_User on User {\n    id\n    username\n    roles\n    canExport\n    canViewTasks\n    canReadAudit\n    canViewRecordings\n    canSeeRestricted\n    canAdminister\n  }\n": typeof types.SessionProvider_UserFragmentDoc,
    "\n  query SessionProvider_Me {\n    me {\n      ...SessionProvider_User\n    }\n  }\n": typeof types.SessionProvider_MeDocument,
    "\n  subscription TaskNotifications_TaskUpdated {\n    taskUpdated {\n      id\n      status\n      error\n      recording {\n        id\n        userName\n        serverName\n      }\n      requestedBy {\n        id\n      }\n    }\n  }\n": typeof types.TaskNotifications_TaskUpdatedDocument,
    "\n  mutation BrowserPreviewProgress_Prepare($recordingId: ID!) {\n    prepareBrowserPreview(recordingId: $recordingId) {\n      id\n      status\n      progress\n      error\n    }\n  }\n": typeof types.BrowserPreviewProgress_PrepareDocument,
    "\n  query BrowserPreviewProgress_Preview($id: ID!) {\n    recording(id: $id) {\n      id\n      browserPreview {\n        id\n        status\n        progress\n        error\n      }\n    }\n  }\n": typeof types.BrowserPreviewProgress_PreviewDocument,
    "\n  query RecordingPage_Recording($id: ID!) {\n    recording(id: $id) {\n      id\n      userName\n      serverName\n      clientName\n      clientIp\n      applications\n      protocol\n      startedAt\n      endedAt\n      durationSeconds\n      sizeBytes\n      format\n      width\n      height\n      hasAudio\n      restricted\n      kind\n      terminal {\n        asciicastVersion\n        cols\n        rows\n        command\n        title\n        termType\n      }\n      guacamole {\n        protocol\n        keysRecorded\n        instructions\n        gzip\n        truncatedAtByte\n        truncatedAtInstruction\n      }\n      sourceSha256\n      importedAt\n      ...RecordingPlayer_Recording\n      ...ExportDialog_Recording\n    }\n  }\n": typeof types.RecordingPage_RecordingDocument,
    "\n  fragment RecordingPlayer_Recording on Recording {\n    id\n    kind\n    width\n    height\n    durationSeconds\n    needsBrowserPreview\n  }\n": typeof types.RecordingPlayer_RecordingFragmentDoc,
    "\n  fragment VideoIdleStretches_ScanFields on IdleStretchScan {\n    id\n    status\n    progress\n    error\n    stretches {\n      start\n      end\n    }\n  }\n": typeof types.VideoIdleStretches_ScanFieldsFragmentDoc,
    "\n  mutation VideoIdleStretches_Scan($recordingId: ID!) {\n    scanIdleStretches(recordingId: $recordingId) {\n      ...VideoIdleStretches_ScanFields\n    }\n  }\n": typeof types.VideoIdleStretches_ScanDocument,
    "\n  query VideoIdleStretches_Stretches($id: ID!) {\n    recording(id: $id) {\n      id\n      idleStretches {\n        ...VideoIdleStretches_ScanFields\n      }\n    }\n  }\n": typeof types.VideoIdleStretches_StretchesDocument,
    "\n  query PreferencesProvider_Preferences {\n    me {\n      id\n      preferences {\n        key\n        value\n      }\n    }\n  }\n": typeof types.PreferencesProvider_PreferencesDocument,
    "\n  mutation PreferencesProvider_SetPreference($key: String!, $value: String!) {\n    setPreference(key: $key, value: $value) {\n      key\n      value\n    }\n  }\n": typeof types.PreferencesProvider_SetPreferenceDocument,
    "\n  query AllRecordingsPage_Recordings($filter: RecordingFilter, $orderBy: RecordingOrder, $first: Int!, $after: String) {\n    recordings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...RecordingsTable_Recording\n          ...ExportDialog_Recording\n        }\n      }\n    }\n  }\n": typeof types.AllRecordingsPage_RecordingsDocument,
    "\n  fragment ExportDialog_Recording on Recording {\n    id\n    userName\n    serverName\n    startedAt\n    durationSeconds\n    restricted\n    kind\n  }\n": typeof types.ExportDialog_RecordingFragmentDoc,
    "\n  mutation ExportDialog_ExportRecordings($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) {\n      tasks {\n        id\n        status\n        requestedAt\n      }\n    }\n  }\n": typeof types.ExportDialog_ExportRecordingsDocument,
    "\n  fragment RecordingsTable_Recording on Recording {\n    id\n    userName\n    serverName\n    clientName\n    clientIp\n    applications\n    startedAt\n    durationSeconds\n    sizeBytes\n    kind\n    format\n    width\n    height\n    hasAudio\n    restricted\n    terminal {\n      maxCols\n      maxRows\n    }\n    guacamole {\n      protocol\n      truncatedAtByte\n    }\n  }\n": typeof types.RecordingsTable_RecordingFragmentDoc,
    "\n  mutation RestrictionToggle_Restrict($id: ID!) {\n    restrictRecording(id: $id) {\n      id\n      restricted\n    }\n  }\n": typeof types.RestrictionToggle_RestrictDocument,
    "\n  mutation RestrictionToggle_Unrestrict($id: ID!) {\n    unrestrictRecording(id: $id) {\n      id\n      restricted\n    }\n  }\n": typeof types.RestrictionToggle_UnrestrictDocument,
    "\n  query SelectAllMatching_Recordings($filter: RecordingFilter, $orderBy: RecordingOrder, $first: Int!) {\n    recordings(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      totalCountIsExact\n      edges {\n        node {\n          id\n          ...RecordingsTable_Recording\n          ...ExportDialog_Recording\n        }\n      }\n    }\n  }\n": typeof types.SelectAllMatching_RecordingsDocument,
    "\n  query SettingsPage_Settings {\n    settings {\n      exportsEnabled\n    }\n  }\n": typeof types.SettingsPage_SettingsDocument,
    "\n  mutation SettingsPage_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      exportsEnabled\n    }\n  }\n": typeof types.SettingsPage_UpdateSettingsDocument,
    "\n  query ExportsEnabled_Settings {\n    settings {\n      exportsEnabled\n    }\n  }\n": typeof types.ExportsEnabled_SettingsDocument,
    "\n  mutation CancelTaskButton_CancelTask($id: ID!) {\n    cancelExportTask(id: $id) {\n      id\n      status\n      progress\n      finishedAt\n      updatedAt\n    }\n  }\n": typeof types.CancelTaskButton_CancelTaskDocument,
    "\n  query NoTaskServiceNotice_Ready {\n    authorizedTaskServicesOnline\n  }\n": typeof types.NoTaskServiceNotice_ReadyDocument,
    "\n  mutation RetryTaskButton_RetryTask($id: ID!) {\n    retryExportTask(id: $id) {\n      id\n      status\n      retryOfTaskId\n    }\n  }\n": typeof types.RetryTaskButton_RetryTaskDocument,
    "\n  query TasksPage_ExportTasks($filter: ExportTaskFilter, $first: Int!, $after: String) {\n    exportTasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          ...TasksTable_Task\n        }\n      }\n    }\n  }\n": typeof types.TasksPage_ExportTasksDocument,
    "\n  subscription TasksPage_TaskUpdated {\n    taskUpdated {\n      id\n      status\n      ...TasksTable_Task\n    }\n  }\n": typeof types.TasksPage_TaskUpdatedDocument,
    "\n  fragment TasksTable_Task on ExportTask {\n    id\n    status\n    progress\n    reason\n    requestedAt\n    startedAt\n    finishedAt\n    attempts\n    queuePosition\n    error\n    downloadUrl\n    evidenceBundleUrl\n    fileName\n    expiredAt\n    outputSizeBytes\n    updatedAt\n    retryOfTaskId\n    retriedAsTaskId\n    renderOptions {\n      idleTimeLimitSeconds\n    }\n    request {\n      id\n      reason\n      requestedAt\n      taskCount\n    }\n    recording {\n      id\n      userName\n      serverName\n      startedAt\n    }\n    requestedBy {\n      id\n      username\n    }\n    canCancel\n    canDownload\n    canRetry\n  }\n": typeof types.TasksTable_TaskFragmentDoc,
    "\n  fragment TaskServicesPage_Service on TaskService {\n    id\n    name\n    hostName\n    softwareVersion\n    concurrency\n    ffmpegVersion\n    ffmpegSource\n    startedAt\n    lastHeartbeatAt\n    stoppedAt\n    heartbeatTimeoutSeconds\n    runningTasks\n    online\n    authorized\n    authorizedAt\n    authorizedBy\n    revokedAt\n    revokedBy\n  }\n": typeof types.TaskServicesPage_ServiceFragmentDoc,
    "\n  query TaskServicesPage_TaskServices {\n    taskServices {\n      id\n      ...TaskServicesPage_Service\n    }\n  }\n": typeof types.TaskServicesPage_TaskServicesDocument,
    "\n  subscription TaskServicesPage_TaskServiceUpdated {\n    taskServiceUpdated {\n      id\n      ...TaskServicesPage_Service\n    }\n  }\n": typeof types.TaskServicesPage_TaskServiceUpdatedDocument,
    "\n  mutation TaskServicesPage_Authorize($id: ID!) {\n    authorizeTaskService(id: $id) {\n      ...TaskServicesPage_Service\n    }\n  }\n": typeof types.TaskServicesPage_AuthorizeDocument,
    "\n  mutation TaskServicesPage_Revoke($id: ID!) {\n    revokeTaskService(id: $id) {\n      ...TaskServicesPage_Service\n    }\n  }\n": typeof types.TaskServicesPage_RevokeDocument,
    "\n  query VerifyPage_VerifyExport($sha256: String!) {\n    verifyExport(sha256: $sha256) {\n      sha256\n      verified\n      summary\n      matches {\n        signatureValid\n        keyActive\n        task {\n          id\n          fileName\n        }\n        manifest {\n          keyId\n          algorithm\n          signedAt\n          document {\n            export {\n              id\n              reason\n              requestedBy {\n                username\n              }\n              requestedAt\n              startedAt\n              completedAt\n              workerHost\n            }\n            recording {\n              userName\n              serverName\n              clientName\n              clientIp\n              protocol\n              startedAt\n              sourceSha256\n            }\n            conversion {\n              tool\n              toolVersion\n              arguments\n              rendering {\n                name\n                value\n              }\n            }\n            output {\n              fileName\n              sha256\n              sizeBytes\n              durationSeconds\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.VerifyPage_VerifyExportDocument,
};
const documents: Documents = {
    "\n  query ApiTokensPage_Tokens($allUsers: Boolean!) {\n    apiTokens(allUsers: $allUsers) {\n      id\n      name\n      createdAt\n      lastUsedAt\n      owner {\n        id\n        username\n      }\n    }\n  }\n": types.ApiTokensPage_TokensDocument,
    "\n  mutation ApiTokensPage_CreateToken($name: String!) {\n    createApiToken(name: $name) {\n      secret\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n": types.ApiTokensPage_CreateTokenDocument,
    "\n  mutation ApiTokensPage_RevokeToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.ApiTokensPage_RevokeTokenDocument,
    "\n  fragment GroupsPage_Group on Group {\n    id\n    name\n    roles\n    members {\n      id\n      username\n    }\n  }\n": types.GroupsPage_GroupFragmentDoc,
    "\n  query GroupsPage_Groups {\n    groups {\n      id\n      ...GroupsPage_Group\n    }\n    users {\n      id\n      username\n    }\n  }\n": types.GroupsPage_GroupsDocument,
    "\n  mutation GroupsPage_CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupsPage_Group\n    }\n  }\n": types.GroupsPage_CreateGroupDocument,
    "\n  mutation GroupsPage_RenameGroup($id: ID!, $name: String!) {\n    renameGroup(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.GroupsPage_RenameGroupDocument,
    "\n  mutation GroupsPage_DeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n": types.GroupsPage_DeleteGroupDocument,
    "\n  mutation GroupsPage_AddMember($groupId: ID!, $userId: ID!) {\n    addGroupMember(groupId: $groupId, userId: $userId) {\n      ...GroupsPage_Group\n    }\n  }\n": types.GroupsPage_AddMemberDocument,
    "\n  mutation GroupsPage_RemoveMember($groupId: ID!, $userId: ID!) {\n    removeGroupMember(groupId: $groupId, userId: $userId) {\n      ...GroupsPage_Group\n    }\n  }\n": types.GroupsPage_RemoveMemberDocument,
    "\n  mutation GroupsPage_GrantRole($groupId: ID!, $role: Role!) {\n    grantGroupRole(groupId: $groupId, role: $role) {\n      ...GroupsPage_Group\n    }\n  }\n": types.GroupsPage_GrantRoleDocument,
    "\n  mutation GroupsPage_RevokeRole($groupId: ID!, $role: Role!) {\n    revokeGroupRole(groupId: $groupId, role: $role) {\n      ...GroupsPage_Group\n    }\n  }\n": types.GroupsPage_RevokeRoleDocument,
    "\n  fragment UsersPage_User on User {\n    id\n    username\n    roles\n    disabled\n    createdAt\n    groups {\n      id\n      name\n    }\n    roleGrants {\n      role\n      source\n      group {\n        id\n        name\n      }\n    }\n  }\n": types.UsersPage_UserFragmentDoc,
    "\n  query UsersPage_Users {\n    users {\n      id\n      ...UsersPage_User\n    }\n  }\n": types.UsersPage_UsersDocument,
    "\n  mutation UsersPage_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      username\n      ...UsersPage_User\n    }\n  }\n": types.UsersPage_CreateUserDocument,
    "\n  mutation UsersPage_DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      disabled\n    }\n  }\n": types.UsersPage_DisableUserDocument,
    "\n  mutation UsersPage_EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      id\n      disabled\n    }\n  }\n": types.UsersPage_EnableUserDocument,
    "\n  mutation UsersPage_ResetPassword($id: ID!, $password: String!) {\n    resetUserPassword(id: $id, password: $password) {\n      id\n    }\n  }\n": types.UsersPage_ResetPasswordDocument,
    "\n  mutation UsersPage_GrantRole($userId: ID!, $role: Role!) {\n    grantUserRole(userId: $userId, role: $role) {\n      ...UsersPage_User\n    }\n  }\n": types.UsersPage_GrantRoleDocument,
    "\n  mutation UsersPage_RevokeRole($userId: ID!, $role: Role!) {\n    revokeUserRole(userId: $userId, role: $role) {\n      ...UsersPage_User\n    }\n  }\n": types.UsersPage_RevokeRoleDocument,
    "\n  mutation TopNav_SignOut {\n    signOut\n  }\n": types.TopNav_SignOutDocument,
    "\n  query ExportAuditPage_ExportAudit($filter: ExportAuditFilter, $first: Int!, $after: String) {\n    exportAudit(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actionLabel\n          actor\n          recordingId\n          recording {\n            id\n            userName\n            serverName\n            startedAt\n          }\n          taskId\n          reason\n          outcome\n          detail\n          clientAddress\n          occurredAt\n          withheld\n          hash\n          prevHash\n        }\n      }\n    }\n  }\n": types.ExportAuditPage_ExportAuditDocument,
    "\n  query IntegrityPanel_AuditIntegrity {\n    auditIntegrity(full: true) {\n      ok\n      checkedAt\n      eventsChecked\n      headEventId\n      headHash\n      firstProblem {\n        eventId\n        kind\n        message\n      }\n      checkpoints {\n        total\n        valid\n        problemCount\n        problems {\n          checkpointId\n          kind\n          message\n        }\n        latest {\n          id\n          createdAt\n          headEventId\n          keyId\n        }\n        log {\n          compared\n          entries\n          reason\n        }\n      }\n    }\n  }\n": types.IntegrityPanel_AuditIntegrityDocument,
    "\n  mutation SignInPage_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      user {\n        ...SessionProvider_User\n      }\n    }\n  }\n": types.SignInPage_SignInDocument,
    "\n  fragment SessionProvider_User on User {\n    id\n    username\n    roles\n    canExport\n    canViewTasks\n    canReadAudit\n    canViewRecordings\n    canSeeRestricted\n    canAdminister\n  }\n": types.SessionProvider_UserFragmentDoc,
    "\n  query SessionProvider_Me {\n    me {\n      ...SessionProvider_User\n    }\n  }\n": types.SessionProvider_MeDocument,
    "\n  subscription TaskNotifications_TaskUpdated {\n    taskUpdated {\n      id\n      status\n      error\n      recording {\n        id\n        userName\n        serverName\n      }\n      requestedBy {\n        id\n      }\n    }\n  }\n": types.TaskNotifications_TaskUpdatedDocument,
    "\n  mutation BrowserPreviewProgress_Prepare($recordingId: ID!) {\n    prepareBrowserPreview(recordingId: $recordingId) {\n      id\n      status\n      progress\n      error\n    }\n  }\n": types.BrowserPreviewProgress_PrepareDocument,
    "\n  query BrowserPreviewProgress_Preview($id: ID!) {\n    recording(id: $id) {\n      id\n      browserPreview {\n        id\n        status\n        progress\n        error\n      }\n    }\n  }\n": types.BrowserPreviewProgress_PreviewDocument,
    "\n  query RecordingPage_Recording($id: ID!) {\n    recording(id: $id) {\n      id\n      userName\n      serverName\n      clientName\n      clientIp\n      applications\n      protocol\n      startedAt\n      endedAt\n      durationSeconds\n      sizeBytes\n      format\n      width\n      height\n      hasAudio\n      restricted\n      kind\n      terminal {\n        asciicastVersion\n        cols\n        rows\n        command\n        title\n        termType\n      }\n      guacamole {\n        protocol\n        keysRecorded\n        instructions\n        gzip\n        truncatedAtByte\n        truncatedAtInstruction\n      }\n      sourceSha256\n      importedAt\n      ...RecordingPlayer_Recording\n      ...ExportDialog_Recording\n    }\n  }\n": types.RecordingPage_RecordingDocument,
    "\n  fragment RecordingPlayer_Recording on Recording {\n    id\n    kind\n    width\n    height\n    durationSeconds\n    needsBrowserPreview\n  }\n": types.RecordingPlayer_RecordingFragmentDoc,
    "\n  fragment VideoIdleStretches_ScanFields on IdleStretchScan {\n    id\n    status\n    progress\n    error\n    stretches {\n      start\n      end\n    }\n  }\n": types.VideoIdleStretches_ScanFieldsFragmentDoc,
    "\n  mutation VideoIdleStretches_Scan($recordingId: ID!) {\n    scanIdleStretches(recordingId: $recordingId) {\n      ...VideoIdleStretches_ScanFields\n    }\n  }\n": types.VideoIdleStretches_ScanDocument,
    "\n  query VideoIdleStretches_Stretches($id: ID!) {\n    recording(id: $id) {\n      id\n      idleStretches {\n        ...VideoIdleStretches_ScanFields\n      }\n    }\n  }\n": types.VideoIdleStretches_StretchesDocument,
    "\n  query PreferencesProvider_Preferences {\n    me {\n      id\n      preferences {\n        key\n        value\n      }\n    }\n  }\n": types.PreferencesProvider_PreferencesDocument,
    "\n  mutation PreferencesProvider_SetPreference($key: String!, $value: String!) {\n    setPreference(key: $key, value: $value) {\n      key\n      value\n    }\n  }\n": types.PreferencesProvider_SetPreferenceDocument,
    "\n  query AllRecordingsPage_Recordings($filter: RecordingFilter, $orderBy: RecordingOrder, $first: Int!, $after: String) {\n    recordings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...RecordingsTable_Recording\n          ...ExportDialog_Recording\n        }\n      }\n    }\n  }\n": types.AllRecordingsPage_RecordingsDocument,
    "\n  fragment ExportDialog_Recording on Recording {\n    id\n    userName\n    serverName\n    startedAt\n    durationSeconds\n    restricted\n    kind\n  }\n": types.ExportDialog_RecordingFragmentDoc,
    "\n  mutation ExportDialog_ExportRecordings($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) {\n      tasks {\n        id\n        status\n        requestedAt\n      }\n    }\n  }\n": types.ExportDialog_ExportRecordingsDocument,
    "\n  fragment RecordingsTable_Recording on Recording {\n    id\n    userName\n    serverName\n    clientName\n    clientIp\n    applications\n    startedAt\n    durationSeconds\n    sizeBytes\n    kind\n    format\n    width\n    height\n    hasAudio\n    restricted\n    terminal {\n      maxCols\n      maxRows\n    }\n    guacamole {\n      protocol\n      truncatedAtByte\n    }\n  }\n": types.RecordingsTable_RecordingFragmentDoc,
    "\n  mutation RestrictionToggle_Restrict($id: ID!) {\n    restrictRecording(id: $id) {\n      id\n      restricted\n    }\n  }\n": types.RestrictionToggle_RestrictDocument,
    "\n  mutation RestrictionToggle_Unrestrict($id: ID!) {\n    unrestrictRecording(id: $id) {\n      id\n      restricted\n    }\n  }\n": types.RestrictionToggle_UnrestrictDocument,
    "\n  query SelectAllMatching_Recordings($filter: RecordingFilter, $orderBy: RecordingOrder, $first: Int!) {\n    recordings(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      totalCountIsExact\n      edges {\n        node {\n          id\n          ...RecordingsTable_Recording\n          ...ExportDialog_Recording\n        }\n      }\n    }\n  }\n": types.SelectAllMatching_RecordingsDocument,
    "\n  query SettingsPage_Settings {\n    settings {\n      exportsEnabled\n    }\n  }\n": types.SettingsPage_SettingsDocument,
    "\n  mutation SettingsPage_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      exportsEnabled\n    }\n  }\n": types.SettingsPage_UpdateSettingsDocument,
    "\n  query ExportsEnabled_Settings {\n    settings {\n      exportsEnabled\n    }\n  }\n": types.ExportsEnabled_SettingsDocument,
    "\n  mutation CancelTaskButton_CancelTask($id: ID!) {\n    cancelExportTask(id: $id) {\n      id\n      status\n      progress\n      finishedAt\n      updatedAt\n    }\n  }\n": types.CancelTaskButton_CancelTaskDocument,
    "\n  query NoTaskServiceNotice_Ready {\n    authorizedTaskServicesOnline\n  }\n": types.NoTaskServiceNotice_ReadyDocument,
    "\n  mutation RetryTaskButton_RetryTask($id: ID!) {\n    retryExportTask(id: $id) {\n      id\n      status\n      retryOfTaskId\n    }\n  }\n": types.RetryTaskButton_RetryTaskDocument,
    "\n  query TasksPage_ExportTasks($filter: ExportTaskFilter, $first: Int!, $after: String) {\n    exportTasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          ...TasksTable_Task\n        }\n      }\n    }\n  }\n": types.TasksPage_ExportTasksDocument,
    "\n  subscription TasksPage_TaskUpdated {\n    taskUpdated {\n      id\n      status\n      ...TasksTable_Task\n    }\n  }\n": types.TasksPage_TaskUpdatedDocument,
    "\n  fragment TasksTable_Task on ExportTask {\n    id\n    status\n    progress\n    reason\n    requestedAt\n    startedAt\n    finishedAt\n    attempts\n    queuePosition\n    error\n    downloadUrl\n    evidenceBundleUrl\n    fileName\n    expiredAt\n    outputSizeBytes\n    updatedAt\n    retryOfTaskId\n    retriedAsTaskId\n    renderOptions {\n      idleTimeLimitSeconds\n    }\n    request {\n      id\n      reason\n      requestedAt\n      taskCount\n    }\n    recording {\n      id\n      userName\n      serverName\n      startedAt\n    }\n    requestedBy {\n      id\n      username\n    }\n    canCancel\n    canDownload\n    canRetry\n  }\n": types.TasksTable_TaskFragmentDoc,
    "\n  fragment TaskServicesPage_Service on TaskService {\n    id\n    name\n    hostName\n    softwareVersion\n    concurrency\n    ffmpegVersion\n    ffmpegSource\n    startedAt\n    lastHeartbeatAt\n    stoppedAt\n    heartbeatTimeoutSeconds\n    runningTasks\n    online\n    authorized\n    authorizedAt\n    authorizedBy\n    revokedAt\n    revokedBy\n  }\n": types.TaskServicesPage_ServiceFragmentDoc,
    "\n  query TaskServicesPage_TaskServices {\n    taskServices {\n      id\n      ...TaskServicesPage_Service\n    }\n  }\n": types.TaskServicesPage_TaskServicesDocument,
    "\n  subscription TaskServicesPage_TaskServiceUpdated {\n    taskServiceUpdated {\n      id\n      ...TaskServicesPage_Service\n    }\n  }\n": types.TaskServicesPage_TaskServiceUpdatedDocument,
    "\n  mutation TaskServicesPage_Authorize($id: ID!) {\n    authorizeTaskService(id: $id) {\n      ...TaskServicesPage_Service\n    }\n  }\n": types.TaskServicesPage_AuthorizeDocument,
    "\n  mutation TaskServicesPage_Revoke($id: ID!) {\n    revokeTaskService(id: $id) {\n      ...TaskServicesPage_Service\n    }\n  }\n": types.TaskServicesPage_RevokeDocument,
    "\n  query VerifyPage_VerifyExport($sha256: String!) {\n    verifyExport(sha256: $sha256) {\n      sha256\n      verified\n      summary\n      matches {\n        signatureValid\n        keyActive\n        task {\n          id\n          fileName\n        }\n        manifest {\n          keyId\n          algorithm\n          signedAt\n          document {\n            export {\n              id\n              reason\n              requestedBy {\n                username\n              }\n              requestedAt\n              startedAt\n              completedAt\n              workerHost\n            }\n            recording {\n              userName\n              serverName\n              clientName\n              clientIp\n              protocol\n              startedAt\n              sourceSha256\n            }\n            conversion {\n              tool\n              toolVersion\n              arguments\n              rendering {\n                name\n                value\n              }\n            }\n            output {\n              fileName\n              sha256\n              sizeBytes\n              durationSeconds\n            }\n          }\n        }\n      }\n    }\n  }\n": types.VerifyPage_VerifyExportDocument,
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
export function graphql(source: "\n  query ApiTokensPage_Tokens($allUsers: Boolean!) {\n    apiTokens(allUsers: $allUsers) {\n      id\n      name\n      createdAt\n      lastUsedAt\n      owner {\n        id\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokensPage_Tokens($allUsers: Boolean!) {\n    apiTokens(allUsers: $allUsers) {\n      id\n      name\n      createdAt\n      lastUsedAt\n      owner {\n        id\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokensPage_CreateToken($name: String!) {\n    createApiToken(name: $name) {\n      secret\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiTokensPage_CreateToken($name: String!) {\n    createApiToken(name: $name) {\n      secret\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokensPage_RevokeToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation ApiTokensPage_RevokeToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupsPage_Group on Group {\n    id\n    name\n    roles\n    members {\n      id\n      username\n    }\n  }\n"): (typeof documents)["\n  fragment GroupsPage_Group on Group {\n    id\n    name\n    roles\n    members {\n      id\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupsPage_Groups {\n    groups {\n      id\n      ...GroupsPage_Group\n    }\n    users {\n      id\n      username\n    }\n  }\n"): (typeof documents)["\n  query GroupsPage_Groups {\n    groups {\n      id\n      ...GroupsPage_Group\n    }\n    users {\n      id\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupsPage_CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupsPage_Group\n    }\n  }\n"): (typeof documents)["\n  mutation GroupsPage_CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupsPage_Group\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupsPage_RenameGroup($id: ID!, $name: String!) {\n    renameGroup(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation GroupsPage_RenameGroup($id: ID!, $name: String!) {\n    renameGroup(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupsPage_DeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n"): (typeof documents)["\n  mutation GroupsPage_DeleteGroup($id: ID!) {\n    deleteGroup(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupsPage_AddMember($groupId: ID!, $userId: ID!) {\n    addGroupMember(groupId: $groupId, userId: $userId) {\n      ...GroupsPage_Group\n    }\n  }\n"): (typeof documents)["\n  mutation GroupsPage_AddMember($groupId: ID!, $userId: ID!) {\n    addGroupMember(groupId: $groupId, userId: $userId) {\n      ...GroupsPage_Group\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupsPage_RemoveMember($groupId: ID!, $userId: ID!) {\n    removeGroupMember(groupId: $groupId, userId: $userId) {\n      ...GroupsPage_Group\n    }\n  }\n"): (typeof documents)["\n  mutation GroupsPage_RemoveMember($groupId: ID!, $userId: ID!) {\n    removeGroupMember(groupId: $groupId, userId: $userId) {\n      ...GroupsPage_Group\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupsPage_GrantRole($groupId: ID!, $role: Role!) {\n    grantGroupRole(groupId: $groupId, role: $role) {\n      ...GroupsPage_Group\n    }\n  }\n"): (typeof documents)["\n  mutation GroupsPage_GrantRole($groupId: ID!, $role: Role!) {\n    grantGroupRole(groupId: $groupId, role: $role) {\n      ...GroupsPage_Group\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupsPage_RevokeRole($groupId: ID!, $role: Role!) {\n    revokeGroupRole(groupId: $groupId, role: $role) {\n      ...GroupsPage_Group\n    }\n  }\n"): (typeof documents)["\n  mutation GroupsPage_RevokeRole($groupId: ID!, $role: Role!) {\n    revokeGroupRole(groupId: $groupId, role: $role) {\n      ...GroupsPage_Group\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsersPage_User on User {\n    id\n    username\n    roles\n    disabled\n    createdAt\n    groups {\n      id\n      name\n    }\n    roleGrants {\n      role\n      source\n      group {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment UsersPage_User on User {\n    id\n    username\n    roles\n    disabled\n    createdAt\n    groups {\n      id\n      name\n    }\n    roleGrants {\n      role\n      source\n      group {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersPage_Users {\n    users {\n      id\n      ...UsersPage_User\n    }\n  }\n"): (typeof documents)["\n  query UsersPage_Users {\n    users {\n      id\n      ...UsersPage_User\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersPage_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      username\n      ...UsersPage_User\n    }\n  }\n"): (typeof documents)["\n  mutation UsersPage_CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      username\n      ...UsersPage_User\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersPage_DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      disabled\n    }\n  }\n"): (typeof documents)["\n  mutation UsersPage_DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      id\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersPage_EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      id\n      disabled\n    }\n  }\n"): (typeof documents)["\n  mutation UsersPage_EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      id\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersPage_ResetPassword($id: ID!, $password: String!) {\n    resetUserPassword(id: $id, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UsersPage_ResetPassword($id: ID!, $password: String!) {\n    resetUserPassword(id: $id, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersPage_GrantRole($userId: ID!, $role: Role!) {\n    grantUserRole(userId: $userId, role: $role) {\n      ...UsersPage_User\n    }\n  }\n"): (typeof documents)["\n  mutation UsersPage_GrantRole($userId: ID!, $role: Role!) {\n    grantUserRole(userId: $userId, role: $role) {\n      ...UsersPage_User\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersPage_RevokeRole($userId: ID!, $role: Role!) {\n    revokeUserRole(userId: $userId, role: $role) {\n      ...UsersPage_User\n    }\n  }\n"): (typeof documents)["\n  mutation UsersPage_RevokeRole($userId: ID!, $role: Role!) {\n    revokeUserRole(userId: $userId, role: $role) {\n      ...UsersPage_User\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TopNav_SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation TopNav_SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportAuditPage_ExportAudit($filter: ExportAuditFilter, $first: Int!, $after: String) {\n    exportAudit(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actionLabel\n          actor\n          recordingId\n          recording {\n            id\n            userName\n            serverName\n            startedAt\n          }\n          taskId\n          reason\n          outcome\n          detail\n          clientAddress\n          occurredAt\n          withheld\n          hash\n          prevHash\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportAuditPage_ExportAudit($filter: ExportAuditFilter, $first: Int!, $after: String) {\n    exportAudit(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actionLabel\n          actor\n          recordingId\n          recording {\n            id\n            userName\n            serverName\n            startedAt\n          }\n          taskId\n          reason\n          outcome\n          detail\n          clientAddress\n          occurredAt\n          withheld\n          hash\n          prevHash\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntegrityPanel_AuditIntegrity {\n    auditIntegrity(full: true) {\n      ok\n      checkedAt\n      eventsChecked\n      headEventId\n      headHash\n      firstProblem {\n        eventId\n        kind\n        message\n      }\n      checkpoints {\n        total\n        valid\n        problemCount\n        problems {\n          checkpointId\n          kind\n          message\n        }\n        latest {\n          id\n          createdAt\n          headEventId\n          keyId\n        }\n        log {\n          compared\n          entries\n          reason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntegrityPanel_AuditIntegrity {\n    auditIntegrity(full: true) {\n      ok\n      checkedAt\n      eventsChecked\n      headEventId\n      headHash\n      firstProblem {\n        eventId\n        kind\n        message\n      }\n      checkpoints {\n        total\n        valid\n        problemCount\n        problems {\n          checkpointId\n          kind\n          message\n        }\n        latest {\n          id\n          createdAt\n          headEventId\n          keyId\n        }\n        log {\n          compared\n          entries\n          reason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInPage_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      user {\n        ...SessionProvider_User\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInPage_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      user {\n        ...SessionProvider_User\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionProvider_User on User {\n    id\n    username\n    roles\n    canExport\n    canViewTasks\n    canReadAudit\n    canViewRecordings\n    canSeeRestricted\n    canAdminister\n  }\n"): (typeof documents)["\n  fragment SessionProvider_User on User {\n    id\n    username\n    roles\n    canExport\n    canViewTasks\n    canReadAudit\n    canViewRecordings\n    canSeeRestricted\n    canAdminister\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionProvider_Me {\n    me {\n      ...SessionProvider_User\n    }\n  }\n"): (typeof documents)["\n  query SessionProvider_Me {\n    me {\n      ...SessionProvider_User\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TaskNotifications_TaskUpdated {\n    taskUpdated {\n      id\n      status\n      error\n      recording {\n        id\n        userName\n        serverName\n      }\n      requestedBy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TaskNotifications_TaskUpdated {\n    taskUpdated {\n      id\n      status\n      error\n      recording {\n        id\n        userName\n        serverName\n      }\n      requestedBy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserPreviewProgress_Prepare($recordingId: ID!) {\n    prepareBrowserPreview(recordingId: $recordingId) {\n      id\n      status\n      progress\n      error\n    }\n  }\n"): (typeof documents)["\n  mutation BrowserPreviewProgress_Prepare($recordingId: ID!) {\n    prepareBrowserPreview(recordingId: $recordingId) {\n      id\n      status\n      progress\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrowserPreviewProgress_Preview($id: ID!) {\n    recording(id: $id) {\n      id\n      browserPreview {\n        id\n        status\n        progress\n        error\n      }\n    }\n  }\n"): (typeof documents)["\n  query BrowserPreviewProgress_Preview($id: ID!) {\n    recording(id: $id) {\n      id\n      browserPreview {\n        id\n        status\n        progress\n        error\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordingPage_Recording($id: ID!) {\n    recording(id: $id) {\n      id\n      userName\n      serverName\n      clientName\n      clientIp\n      applications\n      protocol\n      startedAt\n      endedAt\n      durationSeconds\n      sizeBytes\n      format\n      width\n      height\n      hasAudio\n      restricted\n      kind\n      terminal {\n        asciicastVersion\n        cols\n        rows\n        command\n        title\n        termType\n      }\n      guacamole {\n        protocol\n        keysRecorded\n        instructions\n        gzip\n        truncatedAtByte\n        truncatedAtInstruction\n      }\n      sourceSha256\n      importedAt\n      ...RecordingPlayer_Recording\n      ...ExportDialog_Recording\n    }\n  }\n"): (typeof documents)["\n  query RecordingPage_Recording($id: ID!) {\n    recording(id: $id) {\n      id\n      userName\n      serverName\n      clientName\n      clientIp\n      applications\n      protocol\n      startedAt\n      endedAt\n      durationSeconds\n      sizeBytes\n      format\n      width\n      height\n      hasAudio\n      restricted\n      kind\n      terminal {\n        asciicastVersion\n        cols\n        rows\n        command\n        title\n        termType\n      }\n      guacamole {\n        protocol\n        keysRecorded\n        instructions\n        gzip\n        truncatedAtByte\n        truncatedAtInstruction\n      }\n      sourceSha256\n      importedAt\n      ...RecordingPlayer_Recording\n      ...ExportDialog_Recording\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordingPlayer_Recording on Recording {\n    id\n    kind\n    width\n    height\n    durationSeconds\n    needsBrowserPreview\n  }\n"): (typeof documents)["\n  fragment RecordingPlayer_Recording on Recording {\n    id\n    kind\n    width\n    height\n    durationSeconds\n    needsBrowserPreview\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VideoIdleStretches_ScanFields on IdleStretchScan {\n    id\n    status\n    progress\n    error\n    stretches {\n      start\n      end\n    }\n  }\n"): (typeof documents)["\n  fragment VideoIdleStretches_ScanFields on IdleStretchScan {\n    id\n    status\n    progress\n    error\n    stretches {\n      start\n      end\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VideoIdleStretches_Scan($recordingId: ID!) {\n    scanIdleStretches(recordingId: $recordingId) {\n      ...VideoIdleStretches_ScanFields\n    }\n  }\n"): (typeof documents)["\n  mutation VideoIdleStretches_Scan($recordingId: ID!) {\n    scanIdleStretches(recordingId: $recordingId) {\n      ...VideoIdleStretches_ScanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VideoIdleStretches_Stretches($id: ID!) {\n    recording(id: $id) {\n      id\n      idleStretches {\n        ...VideoIdleStretches_ScanFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query VideoIdleStretches_Stretches($id: ID!) {\n    recording(id: $id) {\n      id\n      idleStretches {\n        ...VideoIdleStretches_ScanFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreferencesProvider_Preferences {\n    me {\n      id\n      preferences {\n        key\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreferencesProvider_Preferences {\n    me {\n      id\n      preferences {\n        key\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreferencesProvider_SetPreference($key: String!, $value: String!) {\n    setPreference(key: $key, value: $value) {\n      key\n      value\n    }\n  }\n"): (typeof documents)["\n  mutation PreferencesProvider_SetPreference($key: String!, $value: String!) {\n    setPreference(key: $key, value: $value) {\n      key\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllRecordingsPage_Recordings($filter: RecordingFilter, $orderBy: RecordingOrder, $first: Int!, $after: String) {\n    recordings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...RecordingsTable_Recording\n          ...ExportDialog_Recording\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AllRecordingsPage_Recordings($filter: RecordingFilter, $orderBy: RecordingOrder, $first: Int!, $after: String) {\n    recordings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...RecordingsTable_Recording\n          ...ExportDialog_Recording\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExportDialog_Recording on Recording {\n    id\n    userName\n    serverName\n    startedAt\n    durationSeconds\n    restricted\n    kind\n  }\n"): (typeof documents)["\n  fragment ExportDialog_Recording on Recording {\n    id\n    userName\n    serverName\n    startedAt\n    durationSeconds\n    restricted\n    kind\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportDialog_ExportRecordings($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) {\n      tasks {\n        id\n        status\n        requestedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExportDialog_ExportRecordings($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) {\n      tasks {\n        id\n        status\n        requestedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordingsTable_Recording on Recording {\n    id\n    userName\n    serverName\n    clientName\n    clientIp\n    applications\n    startedAt\n    durationSeconds\n    sizeBytes\n    kind\n    format\n    width\n    height\n    hasAudio\n    restricted\n    terminal {\n      maxCols\n      maxRows\n    }\n    guacamole {\n      protocol\n      truncatedAtByte\n    }\n  }\n"): (typeof documents)["\n  fragment RecordingsTable_Recording on Recording {\n    id\n    userName\n    serverName\n    clientName\n    clientIp\n    applications\n    startedAt\n    durationSeconds\n    sizeBytes\n    kind\n    format\n    width\n    height\n    hasAudio\n    restricted\n    terminal {\n      maxCols\n      maxRows\n    }\n    guacamole {\n      protocol\n      truncatedAtByte\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestrictionToggle_Restrict($id: ID!) {\n    restrictRecording(id: $id) {\n      id\n      restricted\n    }\n  }\n"): (typeof documents)["\n  mutation RestrictionToggle_Restrict($id: ID!) {\n    restrictRecording(id: $id) {\n      id\n      restricted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestrictionToggle_Unrestrict($id: ID!) {\n    unrestrictRecording(id: $id) {\n      id\n      restricted\n    }\n  }\n"): (typeof documents)["\n  mutation RestrictionToggle_Unrestrict($id: ID!) {\n    unrestrictRecording(id: $id) {\n      id\n      restricted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelectAllMatching_Recordings($filter: RecordingFilter, $orderBy: RecordingOrder, $first: Int!) {\n    recordings(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      totalCountIsExact\n      edges {\n        node {\n          id\n          ...RecordingsTable_Recording\n          ...ExportDialog_Recording\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SelectAllMatching_Recordings($filter: RecordingFilter, $orderBy: RecordingOrder, $first: Int!) {\n    recordings(filter: $filter, orderBy: $orderBy, first: $first) {\n      totalCount\n      totalCountIsExact\n      edges {\n        node {\n          id\n          ...RecordingsTable_Recording\n          ...ExportDialog_Recording\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsPage_Settings {\n    settings {\n      exportsEnabled\n    }\n  }\n"): (typeof documents)["\n  query SettingsPage_Settings {\n    settings {\n      exportsEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettingsPage_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      exportsEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation SettingsPage_UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      exportsEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportsEnabled_Settings {\n    settings {\n      exportsEnabled\n    }\n  }\n"): (typeof documents)["\n  query ExportsEnabled_Settings {\n    settings {\n      exportsEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTaskButton_CancelTask($id: ID!) {\n    cancelExportTask(id: $id) {\n      id\n      status\n      progress\n      finishedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CancelTaskButton_CancelTask($id: ID!) {\n    cancelExportTask(id: $id) {\n      id\n      status\n      progress\n      finishedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoTaskServiceNotice_Ready {\n    authorizedTaskServicesOnline\n  }\n"): (typeof documents)["\n  query NoTaskServiceNotice_Ready {\n    authorizedTaskServicesOnline\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryTaskButton_RetryTask($id: ID!) {\n    retryExportTask(id: $id) {\n      id\n      status\n      retryOfTaskId\n    }\n  }\n"): (typeof documents)["\n  mutation RetryTaskButton_RetryTask($id: ID!) {\n    retryExportTask(id: $id) {\n      id\n      status\n      retryOfTaskId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TasksPage_ExportTasks($filter: ExportTaskFilter, $first: Int!, $after: String) {\n    exportTasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          ...TasksTable_Task\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TasksPage_ExportTasks($filter: ExportTaskFilter, $first: Int!, $after: String) {\n    exportTasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          ...TasksTable_Task\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TasksPage_TaskUpdated {\n    taskUpdated {\n      id\n      status\n      ...TasksTable_Task\n    }\n  }\n"): (typeof documents)["\n  subscription TasksPage_TaskUpdated {\n    taskUpdated {\n      id\n      status\n      ...TasksTable_Task\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TasksTable_Task on ExportTask {\n    id\n    status\n    progress\n    reason\n    requestedAt\n    startedAt\n    finishedAt\n    attempts\n    queuePosition\n    error\n    downloadUrl\n    evidenceBundleUrl\n    fileName\n    expiredAt\n    outputSizeBytes\n    updatedAt\n    retryOfTaskId\n    retriedAsTaskId\n    renderOptions {\n      idleTimeLimitSeconds\n    }\n    request {\n      id\n      reason\n      requestedAt\n      taskCount\n    }\n    recording {\n      id\n      userName\n      serverName\n      startedAt\n    }\n    requestedBy {\n      id\n      username\n    }\n    canCancel\n    canDownload\n    canRetry\n  }\n"): (typeof documents)["\n  fragment TasksTable_Task on ExportTask {\n    id\n    status\n    progress\n    reason\n    requestedAt\n    startedAt\n    finishedAt\n    attempts\n    queuePosition\n    error\n    downloadUrl\n    evidenceBundleUrl\n    fileName\n    expiredAt\n    outputSizeBytes\n    updatedAt\n    retryOfTaskId\n    retriedAsTaskId\n    renderOptions {\n      idleTimeLimitSeconds\n    }\n    request {\n      id\n      reason\n      requestedAt\n      taskCount\n    }\n    recording {\n      id\n      userName\n      serverName\n      startedAt\n    }\n    requestedBy {\n      id\n      username\n    }\n    canCancel\n    canDownload\n    canRetry\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskServicesPage_Service on TaskService {\n    id\n    name\n    hostName\n    softwareVersion\n    concurrency\n    ffmpegVersion\n    ffmpegSource\n    startedAt\n    lastHeartbeatAt\n    stoppedAt\n    heartbeatTimeoutSeconds\n    runningTasks\n    online\n    authorized\n    authorizedAt\n    authorizedBy\n    revokedAt\n    revokedBy\n  }\n"): (typeof documents)["\n  fragment TaskServicesPage_Service on TaskService {\n    id\n    name\n    hostName\n    softwareVersion\n    concurrency\n    ffmpegVersion\n    ffmpegSource\n    startedAt\n    lastHeartbeatAt\n    stoppedAt\n    heartbeatTimeoutSeconds\n    runningTasks\n    online\n    authorized\n    authorizedAt\n    authorizedBy\n    revokedAt\n    revokedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskServicesPage_TaskServices {\n    taskServices {\n      id\n      ...TaskServicesPage_Service\n    }\n  }\n"): (typeof documents)["\n  query TaskServicesPage_TaskServices {\n    taskServices {\n      id\n      ...TaskServicesPage_Service\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TaskServicesPage_TaskServiceUpdated {\n    taskServiceUpdated {\n      id\n      ...TaskServicesPage_Service\n    }\n  }\n"): (typeof documents)["\n  subscription TaskServicesPage_TaskServiceUpdated {\n    taskServiceUpdated {\n      id\n      ...TaskServicesPage_Service\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskServicesPage_Authorize($id: ID!) {\n    authorizeTaskService(id: $id) {\n      ...TaskServicesPage_Service\n    }\n  }\n"): (typeof documents)["\n  mutation TaskServicesPage_Authorize($id: ID!) {\n    authorizeTaskService(id: $id) {\n      ...TaskServicesPage_Service\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TaskServicesPage_Revoke($id: ID!) {\n    revokeTaskService(id: $id) {\n      ...TaskServicesPage_Service\n    }\n  }\n"): (typeof documents)["\n  mutation TaskServicesPage_Revoke($id: ID!) {\n    revokeTaskService(id: $id) {\n      ...TaskServicesPage_Service\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyPage_VerifyExport($sha256: String!) {\n    verifyExport(sha256: $sha256) {\n      sha256\n      verified\n      summary\n      matches {\n        signatureValid\n        keyActive\n        task {\n          id\n          fileName\n        }\n        manifest {\n          keyId\n          algorithm\n          signedAt\n          document {\n            export {\n              id\n              reason\n              requestedBy {\n                username\n              }\n              requestedAt\n              startedAt\n              completedAt\n              workerHost\n            }\n            recording {\n              userName\n              serverName\n              clientName\n              clientIp\n              protocol\n              startedAt\n              sourceSha256\n            }\n            conversion {\n              tool\n              toolVersion\n              arguments\n              rendering {\n                name\n                value\n              }\n            }\n            output {\n              fileName\n              sha256\n              sizeBytes\n              durationSeconds\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyPage_VerifyExport($sha256: String!) {\n    verifyExport(sha256: $sha256) {\n      sha256\n      verified\n      summary\n      matches {\n        signatureValid\n        keyActive\n        task {\n          id\n          fileName\n        }\n        manifest {\n          keyId\n          algorithm\n          signedAt\n          document {\n            export {\n              id\n              reason\n              requestedBy {\n                username\n              }\n              requestedAt\n              startedAt\n              completedAt\n              workerHost\n            }\n            recording {\n              userName\n              serverName\n              clientName\n              clientIp\n              protocol\n              startedAt\n              sourceSha256\n            }\n            conversion {\n              tool\n              toolVersion\n              arguments\n              rendering {\n                name\n                value\n              }\n            }\n            output {\n              fileName\n              sha256\n              sizeBytes\n              durationSeconds\n            }\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;