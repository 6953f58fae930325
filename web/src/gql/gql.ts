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
    "\n  mutation TopNav_SignOut {\n    signOut\n  }\n": typeof types.TopNav_SignOutDocument,
    "\n  query ExportAuditPage_ExportAudit($filter: ExportAuditFilter, $first: Int!, $after: String) {\n    exportAudit(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actionLabel\n          actor\n          recordingId\n          recording {\n            id\n            userName\n            serverName\n            startedAt\n          }\n          taskId\n          reason\n          outcome\n          detail\n          clientAddress\n          occurredAt\n        }\n      }\n    }\n  }\n": typeof types.ExportAuditPage_ExportAuditDocument,
    "\n  mutation SignInPage_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      user {\n        ...SessionProvider_User\n      }\n    }\n  }\n": typeof types.SignInPage_SignInDocument,
    "\n  fragment SessionProvider_User on User {\n    id\n    username\n    roles\n    canExport\n    canViewTasks\n    canReadAudit\n  }\n": typeof types.SessionProvider_UserFragmentDoc,
    "\n  query SessionProvider_Me {\n    me {\n      ...SessionProvider_User\n    }\n  }\n": typeof types.SessionProvider_MeDocument,
    "\n  query RecordingPage_Recording($id: ID!) {\n    recording(id: $id) {\n      id\n      userName\n      serverName\n      clientName\n      clientIp\n      applications\n      protocol\n      startedAt\n      endedAt\n      durationSeconds\n      sizeBytes\n      format\n      width\n      height\n      hasAudio\n      restricted\n      kind\n      terminal {\n        asciicastVersion\n        cols\n        rows\n        command\n        title\n        termType\n      }\n      sourceSha256\n      importedAt\n      ...RecordingPlayer_Recording\n      ...ExportDialog_Recording\n    }\n  }\n": typeof types.RecordingPage_RecordingDocument,
    "\n  fragment RecordingPlayer_Recording on Recording {\n    id\n    kind\n    width\n    height\n  }\n": typeof types.RecordingPlayer_RecordingFragmentDoc,
    "\n  query AllRecordingsPage_Recordings($filter: RecordingFilter, $orderBy: RecordingOrder, $first: Int!, $after: String) {\n    recordings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...RecordingsTable_Recording\n          ...ExportDialog_Recording\n        }\n      }\n    }\n  }\n": typeof types.AllRecordingsPage_RecordingsDocument,
    "\n  fragment ExportDialog_Recording on Recording {\n    id\n    userName\n    serverName\n    startedAt\n    durationSeconds\n    restricted\n    kind\n  }\n": typeof types.ExportDialog_RecordingFragmentDoc,
    "\n  mutation ExportDialog_ExportRecordings($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) {\n      tasks {\n        id\n        status\n        requestedAt\n      }\n    }\n  }\n": typeof types.ExportDialog_ExportRecordingsDocument,
    "\n  fragment RecordingsTable_Recording on Recording {\n    id\n    userName\n    serverName\n    clientName\n    clientIp\n    applications\n    startedAt\n    durationSeconds\n    sizeBytes\n    kind\n    format\n    width\n    height\n    hasAudio\n    restricted\n    terminal {\n      maxCols\n      maxRows\n    }\n  }\n": typeof types.RecordingsTable_RecordingFragmentDoc,
    "\n  mutation CancelTaskButton_CancelTask($id: ID!) {\n    cancelExportTask(id: $id) {\n      id\n      status\n      progress\n      finishedAt\n      updatedAt\n    }\n  }\n": typeof types.CancelTaskButton_CancelTaskDocument,
    "\n  query TasksPage_ExportTasks($filter: ExportTaskFilter, $first: Int!, $after: String) {\n    exportTasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...TasksTable_Task\n        }\n      }\n    }\n  }\n": typeof types.TasksPage_ExportTasksDocument,
    "\n  subscription TasksPage_TaskUpdated {\n    taskUpdated {\n      id\n      ...TasksTable_Task\n    }\n  }\n": typeof types.TasksPage_TaskUpdatedDocument,
    "\n  fragment TasksTable_Task on ExportTask {\n    id\n    status\n    progress\n    reason\n    requestedAt\n    startedAt\n    finishedAt\n    attempts\n    error\n    downloadUrl\n    fileName\n    outputSizeBytes\n    updatedAt\n    terminalOptions {\n      idleTimeLimitSeconds\n    }\n    recording {\n      id\n      userName\n      serverName\n      startedAt\n    }\n    requestedBy {\n      id\n      username\n    }\n  }\n": typeof types.TasksTable_TaskFragmentDoc,
};
const documents: Documents = {
    "\n  mutation TopNav_SignOut {\n    signOut\n  }\n": types.TopNav_SignOutDocument,
    "\n  query ExportAuditPage_ExportAudit($filter: ExportAuditFilter, $first: Int!, $after: String) {\n    exportAudit(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actionLabel\n          actor\n          recordingId\n          recording {\n            id\n            userName\n            serverName\n            startedAt\n          }\n          taskId\n          reason\n          outcome\n          detail\n          clientAddress\n          occurredAt\n        }\n      }\n    }\n  }\n": types.ExportAuditPage_ExportAuditDocument,
    "\n  mutation SignInPage_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      user {\n        ...SessionProvider_User\n      }\n    }\n  }\n": types.SignInPage_SignInDocument,
    "\n  fragment SessionProvider_User on User {\n    id\n    username\n    roles\n    canExport\n    canViewTasks\n    canReadAudit\n  }\n": types.SessionProvider_UserFragmentDoc,
    "\n  query SessionProvider_Me {\n    me {\n      ...SessionProvider_User\n    }\n  }\n": types.SessionProvider_MeDocument,
    "\n  query RecordingPage_Recording($id: ID!) {\n    recording(id: $id) {\n      id\n      userName\n      serverName\n      clientName\n      clientIp\n      applications\n      protocol\n      startedAt\n      endedAt\n      durationSeconds\n      sizeBytes\n      format\n      width\n      height\n      hasAudio\n      restricted\n      kind\n      terminal {\n        asciicastVersion\n        cols\n        rows\n        command\n        title\n        termType\n      }\n      sourceSha256\n      importedAt\n      ...RecordingPlayer_Recording\n      ...ExportDialog_Recording\n    }\n  }\n": types.RecordingPage_RecordingDocument,
    "\n  fragment RecordingPlayer_Recording on Recording {\n    id\n    kind\n    width\n    height\n  }\n": types.RecordingPlayer_RecordingFragmentDoc,
    "\n  query AllRecordingsPage_Recordings($filter: RecordingFilter, $orderBy: RecordingOrder, $first: Int!, $after: String) {\n    recordings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...RecordingsTable_Recording\n          ...ExportDialog_Recording\n        }\n      }\n    }\n  }\n": types.AllRecordingsPage_RecordingsDocument,
    "\n  fragment ExportDialog_Recording on Recording {\n    id\n    userName\n    serverName\n    startedAt\n    durationSeconds\n    restricted\n    kind\n  }\n": types.ExportDialog_RecordingFragmentDoc,
    "\n  mutation ExportDialog_ExportRecordings($input: ExportRecordingsInput!) {\n    exportRecordings(input: $input) {\n      tasks {\n        id\n        status\n        requestedAt\n      }\n    }\n  }\n": types.ExportDialog_ExportRecordingsDocument,
    "\n  fragment RecordingsTable_Recording on Recording {\n    id\n    userName\n    serverName\n    clientName\n    clientIp\n    applications\n    startedAt\n    durationSeconds\n    sizeBytes\n    kind\n    format\n    width\n    height\n    hasAudio\n    restricted\n    terminal {\n      maxCols\n      maxRows\n    }\n  }\n": types.RecordingsTable_RecordingFragmentDoc,
    "\n  mutation CancelTaskButton_CancelTask($id: ID!) {\n    cancelExportTask(id: $id) {\n      id\n      status\n      progress\n      finishedAt\n      updatedAt\n    }\n  }\n": types.CancelTaskButton_CancelTaskDocument,
    "\n  query TasksPage_ExportTasks($filter: ExportTaskFilter, $first: Int!, $after: String) {\n    exportTasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...TasksTable_Task\n        }\n      }\n    }\n  }\n": types.TasksPage_ExportTasksDocument,
    "\n  subscription TasksPage_TaskUpdated {\n    taskUpdated {\n      id\n      ...TasksTable_Task\n    }\n  }\n": types.TasksPage_TaskUpdatedDocument,
    "\n  fragment TasksTable_Task on ExportTask {\n    id\n    status\n    progress\n    reason\n    requestedAt\n    startedAt\n    finishedAt\n    attempts\n    error\n    downloadUrl\n    fileName\n    outputSizeBytes\n    updatedAt\n    terminalOptions {\n      idleTimeLimitSeconds\n    }\n    recording {\n      id\n      userName\n      serverName\n      startedAt\n    }\n    requestedBy {\n      id\n      username\n    }\n  }\n": types.TasksTable_TaskFragmentDoc,
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
export function graphql(source: "\n  mutation TopNav_SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation TopNav_SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportAuditPage_ExportAudit($filter: ExportAuditFilter, $first: Int!, $after: String) {\n    exportAudit(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actionLabel\n          actor\n          recordingId\n          recording {\n            id\n            userName\n            serverName\n            startedAt\n          }\n          taskId\n          reason\n          outcome\n          detail\n          clientAddress\n          occurredAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportAuditPage_ExportAudit($filter: ExportAuditFilter, $first: Int!, $after: String) {\n    exportAudit(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          actionLabel\n          actor\n          recordingId\n          recording {\n            id\n            userName\n            serverName\n            startedAt\n          }\n          taskId\n          reason\n          outcome\n          detail\n          clientAddress\n          occurredAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInPage_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      user {\n        ...SessionProvider_User\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInPage_SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      user {\n        ...SessionProvider_User\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionProvider_User on User {\n    id\n    username\n    roles\n    canExport\n    canViewTasks\n    canReadAudit\n  }\n"): (typeof documents)["\n  fragment SessionProvider_User on User {\n    id\n    username\n    roles\n    canExport\n    canViewTasks\n    canReadAudit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionProvider_Me {\n    me {\n      ...SessionProvider_User\n    }\n  }\n"): (typeof documents)["\n  query SessionProvider_Me {\n    me {\n      ...SessionProvider_User\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordingPage_Recording($id: ID!) {\n    recording(id: $id) {\n      id\n      userName\n      serverName\n      clientName\n      clientIp\n      applications\n      protocol\n      startedAt\n      endedAt\n      durationSeconds\n      sizeBytes\n      format\n      width\n      height\n      hasAudio\n      restricted\n      kind\n      terminal {\n        asciicastVersion\n        cols\n        rows\n        command\n        title\n        termType\n      }\n      sourceSha256\n      importedAt\n      ...RecordingPlayer_Recording\n      ...ExportDialog_Recording\n    }\n  }\n"): (typeof documents)["\n  query RecordingPage_Recording($id: ID!) {\n    recording(id: $id) {\n      id\n      userName\n      serverName\n      clientName\n      clientIp\n      applications\n      protocol\n      startedAt\n      endedAt\n      durationSeconds\n      sizeBytes\n      format\n      width\n      height\n      hasAudio\n      restricted\n      kind\n      terminal {\n        asciicastVersion\n        cols\n        rows\n        command\n        title\n        termType\n      }\n      sourceSha256\n      importedAt\n      ...RecordingPlayer_Recording\n      ...ExportDialog_Recording\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordingPlayer_Recording on Recording {\n    id\n    kind\n    width\n    height\n  }\n"): (typeof documents)["\n  fragment RecordingPlayer_Recording on Recording {\n    id\n    kind\n    width\n    height\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllRecordingsPage_Recordings($filter: RecordingFilter, $orderBy: RecordingOrder, $first: Int!, $after: String) {\n    recordings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...RecordingsTable_Recording\n          ...ExportDialog_Recording\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AllRecordingsPage_Recordings($filter: RecordingFilter, $orderBy: RecordingOrder, $first: Int!, $after: String) {\n    recordings(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...RecordingsTable_Recording\n          ...ExportDialog_Recording\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment RecordingsTable_Recording on Recording {\n    id\n    userName\n    serverName\n    clientName\n    clientIp\n    applications\n    startedAt\n    durationSeconds\n    sizeBytes\n    kind\n    format\n    width\n    height\n    hasAudio\n    restricted\n    terminal {\n      maxCols\n      maxRows\n    }\n  }\n"): (typeof documents)["\n  fragment RecordingsTable_Recording on Recording {\n    id\n    userName\n    serverName\n    clientName\n    clientIp\n    applications\n    startedAt\n    durationSeconds\n    sizeBytes\n    kind\n    format\n    width\n    height\n    hasAudio\n    restricted\n    terminal {\n      maxCols\n      maxRows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTaskButton_CancelTask($id: ID!) {\n    cancelExportTask(id: $id) {\n      id\n      status\n      progress\n      finishedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CancelTaskButton_CancelTask($id: ID!) {\n    cancelExportTask(id: $id) {\n      id\n      status\n      progress\n      finishedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TasksPage_ExportTasks($filter: ExportTaskFilter, $first: Int!, $after: String) {\n    exportTasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...TasksTable_Task\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TasksPage_ExportTasks($filter: ExportTaskFilter, $first: Int!, $after: String) {\n    exportTasks(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...TasksTable_Task\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TasksPage_TaskUpdated {\n    taskUpdated {\n      id\n      ...TasksTable_Task\n    }\n  }\n"): (typeof documents)["\n  subscription TasksPage_TaskUpdated {\n    taskUpdated {\n      id\n      ...TasksTable_Task\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TasksTable_Task on ExportTask {\n    id\n    status\n    progress\n    reason\n    requestedAt\n    startedAt\n    finishedAt\n    attempts\n    error\n    downloadUrl\n    fileName\n    outputSizeBytes\n    updatedAt\n    terminalOptions {\n      idleTimeLimitSeconds\n    }\n    recording {\n      id\n      userName\n      serverName\n      startedAt\n    }\n    requestedBy {\n      id\n      username\n    }\n  }\n"): (typeof documents)["\n  fragment TasksTable_Task on ExportTask {\n    id\n    status\n    progress\n    reason\n    requestedAt\n    startedAt\n    finishedAt\n    attempts\n    error\n    downloadUrl\n    fileName\n    outputSizeBytes\n    updatedAt\n    terminalOptions {\n      idleTimeLimitSeconds\n    }\n    recording {\n      id\n      userName\n      serverName\n      startedAt\n    }\n    requestedBy {\n      id\n      username\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;