import { Migration } from '@mikro-orm/migrations';

/** Audit rows may record playbacks (RECORDING_PLAYED). */
export class Migration20261124183500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "audit_events" drop constraint if exists "audit_events_action_check";`);
    this.addSql(`alter table "audit_events" add constraint "audit_events_action_check" check ("action" in ('EXPORT_REQUESTED', 'EXPORT_DENIED', 'EXPORT_COMPLETED', 'EXPORT_FAILED', 'EXPORT_CANCELLED', 'EXPORT_DOWNLOADED', 'RECORDING_PLAYED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_events" drop constraint if exists "audit_events_action_check";`);
    this.addSql(`alter table "audit_events" add constraint "audit_events_action_check" check ("action" in ('EXPORT_REQUESTED', 'EXPORT_DENIED', 'EXPORT_COMPLETED', 'EXPORT_FAILED', 'EXPORT_CANCELLED', 'EXPORT_DOWNLOADED'));`);
  }

}
