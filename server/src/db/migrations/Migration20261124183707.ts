import { Migration } from '@mikro-orm/migrations';

/** Signed export manifests, and the audit actions for verifying exports and rotating the signing key. */
export class Migration20261124183707 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "export_manifests" ("task_id" uuid not null, "content" text not null, "output_sha256" text not null, "key_id" text not null, "algorithm" text not null, "signature" text not null, "signed_at" timestamptz not null, constraint "export_manifests_pkey" primary key ("task_id"));`);
    this.addSql(`create index "export_manifests_output_sha256_index" on "export_manifests" ("output_sha256");`);
    this.addSql(`alter table "export_manifests" add constraint "export_manifests_task_id_foreign" foreign key ("task_id") references "export_tasks" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "audit_events" drop constraint if exists "audit_events_action_check";`);
    this.addSql(`alter table "audit_events" add constraint "audit_events_action_check" check ("action" in ('EXPORT_REQUESTED', 'EXPORT_DENIED', 'EXPORT_COMPLETED', 'EXPORT_FAILED', 'EXPORT_CANCELLED', 'EXPORT_DOWNLOADED', 'EXPORT_VERIFIED', 'SIGNING_KEY_ROTATED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "export_manifests" cascade;`);
    this.addSql(`alter table "audit_events" drop constraint if exists "audit_events_action_check";`);
    this.addSql(`alter table "audit_events" add constraint "audit_events_action_check" check ("action" in ('EXPORT_REQUESTED', 'EXPORT_DENIED', 'EXPORT_COMPLETED', 'EXPORT_FAILED', 'EXPORT_CANCELLED', 'EXPORT_DOWNLOADED'));`);
  }

}
