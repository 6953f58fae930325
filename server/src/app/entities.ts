import { ApiToken } from '../auth/api-token.entity.js';
import { GroupMember } from '../auth/group-member.entity.js';
import { Group } from '../auth/group.entity.js';
import { Session } from '../auth/session.entity.js';
import { SignInAttempt } from '../auth/sign-in-attempt.entity.js';
import { User } from '../auth/user.entity.js';
import { AuditActionName } from '../audit/audit-action-name.entity.js';
import { AuditChainHead, AuditCheckpoint } from '../audit/audit-checkpoint.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditRefusalCount } from '../audit/refusal-count.entity.js';
import type { EntityList } from '../db/orm-config.js';
import { ExportManifest } from '../evidence/export-manifest.entity.js';
import { ExportRequest } from '../exports/export-request.entity.js';
import { ExportTask } from '../exports/export-task.entity.js';
import { UserPreference } from '../preferences/user-preference.entity.js';
import { BrowserPreview } from '../previews/browser-preview.entity.js';
import { IdleStretchScan } from '../idle-stretches/idle-stretch-scan.entity.js';
import { Recording } from '../recordings/recording.entity.js';
import { Setting } from '../settings/setting.entity.js';
import { TaskService } from '../taskservices/task-service.entity.js';

/** Every table the application maps; the migrations in server/src/db/migrations create them. */
export const entities: EntityList = [
  User,
  Session,
  ApiToken,
  Group,
  GroupMember,
  SignInAttempt,
  Recording,
  ExportRequest,
  ExportTask,
  ExportManifest,
  AuditActionName,
  AuditEvent,
  AuditRefusalCount,
  AuditCheckpoint,
  AuditChainHead,
  Setting,
  TaskService,
  UserPreference,
  BrowserPreview,
  IdleStretchScan,
];
