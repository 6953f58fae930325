import { ApiToken } from '../auth/api-token.entity.js';
import { Group } from '../auth/group.entity.js';
import { SignInAttempt } from '../auth/sign-in-attempt.entity.js';
import { Session } from '../auth/session.entity.js';
import { User } from '../auth/user.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { AuditChainHead, AuditCheckpoint } from '../audit/audit-checkpoint.entity.js';
import { ExportRequest } from '../exports/export-request.entity.js';
import { ExportTask } from '../exports/export-task.entity.js';
import { Recording } from '../recordings/recording.entity.js';
import { ExportManifest } from '../evidence/export-manifest.entity.js';
import { Setting } from '../settings/setting.entity.js';
import { TaskService } from '../taskservices/task-service.entity.js';

export const entities = [User, Session, ApiToken, Recording, ExportRequest, ExportTask, AuditEvent, AuditCheckpoint, AuditChainHead, ExportManifest, Group, SignInAttempt, Setting, TaskService];
