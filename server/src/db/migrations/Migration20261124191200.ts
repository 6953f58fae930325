import { Migration } from '@mikro-orm/migrations';

/** Audit rows may record playbacks (RECORDING_PLAYED): the one action constraint, with it added. */
export class Migration20261124191200 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "audit_events" drop constraint if exists "audit_events_action_check";`);
    this.addSql(`alter table "audit_events" add constraint "audit_events_action_check" check("action" in ('EXPORT_REQUESTED', 'EXPORT_DENIED', 'EXPORT_COMPLETED', 'EXPORT_FAILED', 'EXPORT_CANCELLED', 'EXPORT_DOWNLOADED', 'EXPORT_VERIFIED', 'SIGNING_KEY_ROTATED', 'USER_CREATED', 'USER_DISABLED', 'USER_ENABLED', 'PASSWORD_RESET', 'GROUP_CREATED', 'GROUP_RENAMED', 'GROUP_DELETED', 'GROUP_MEMBER_ADDED', 'GROUP_MEMBER_REMOVED', 'ROLE_GRANTED', 'ROLE_REVOKED', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'RECORDING_RESTRICTED', 'RECORDING_UNRESTRICTED', 'SIGN_IN_SUCCEEDED', 'SIGN_IN_FAILED', 'SETTINGS_CHANGED', 'TASK_SERVICE_AUTHORIZED', 'TASK_SERVICE_REVOKED', 'EXPORT_EXPIRED', 'RECORDING_PLAYED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_events" drop constraint if exists "audit_events_action_check";`);
    this.addSql(`alter table "audit_events" add constraint "audit_events_action_check" check("action" in ('EXPORT_REQUESTED', 'EXPORT_DENIED', 'EXPORT_COMPLETED', 'EXPORT_FAILED', 'EXPORT_CANCELLED', 'EXPORT_DOWNLOADED', 'EXPORT_VERIFIED', 'SIGNING_KEY_ROTATED', 'USER_CREATED', 'USER_DISABLED', 'USER_ENABLED', 'PASSWORD_RESET', 'GROUP_CREATED', 'GROUP_RENAMED', 'GROUP_DELETED', 'GROUP_MEMBER_ADDED', 'GROUP_MEMBER_REMOVED', 'ROLE_GRANTED', 'ROLE_REVOKED', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'RECORDING_RESTRICTED', 'RECORDING_UNRESTRICTED', 'SIGN_IN_SUCCEEDED', 'SIGN_IN_FAILED', 'SETTINGS_CHANGED', 'TASK_SERVICE_AUTHORIZED', 'TASK_SERVICE_REVOKED', 'EXPORT_EXPIRED'));`);
  }

}
