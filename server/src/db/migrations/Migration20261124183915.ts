import { Migration } from '@mikro-orm/migrations';

export class Migration20261124183915 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "settings" ("key" text not null, "value" jsonb not null, "updated_at" timestamptz not null, "updated_by" text null, constraint "settings_pkey" primary key ("key"));`);

    // Stored from the start, so that changing a setting always locks an existing row.
    this.addSql(`insert into "settings" ("key", "value", "updated_at") values ('taskServiceEnabled', 'true', now());`);

    this.addSql(`create table "task_services" ("id" uuid not null, "name" text not null, "host_name" text not null, "software_version" text not null, "concurrency" int not null, "ffmpeg_version" text not null, "ffmpeg_source" text not null, "registered_at" timestamptz not null, "started_at" timestamptz not null, "last_heartbeat_at" timestamptz not null, "stopped_at" timestamptz null, "heartbeat_timeout_seconds" int not null, "running_tasks" int not null default 0, "authorized" boolean not null default false, "authorized_at" timestamptz null, "authorized_by" text null, "revoked_at" timestamptz null, "revoked_by" text null, constraint "task_services_pkey" primary key ("id"));`);

    this.addSql(`alter table "audit_events" drop constraint if exists "audit_events_action_check";`);

    this.addSql(`alter table "export_tasks" drop constraint if exists "export_tasks_status_check";`);

    this.addSql(`alter table "audit_events" add constraint "audit_events_action_check" check("action" in ('EXPORT_REQUESTED', 'EXPORT_DENIED', 'EXPORT_COMPLETED', 'EXPORT_FAILED', 'EXPORT_CANCELLED', 'EXPORT_DOWNLOADED', 'SETTINGS_CHANGED', 'TASK_SERVICE_AUTHORIZED', 'TASK_SERVICE_REVOKED', 'EXPORT_EXPIRED'));`);

    this.addSql(`alter table "export_tasks" add column "expired_at" timestamptz null;`);
    this.addSql(`alter table "export_tasks" add constraint "export_tasks_status_check" check("status" in ('PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELLED', 'EXPIRED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "settings" cascade;`);

    this.addSql(`drop table if exists "task_services" cascade;`);

    this.addSql(`alter table "audit_events" drop constraint if exists "audit_events_action_check";`);

    this.addSql(`alter table "export_tasks" drop constraint if exists "export_tasks_status_check";`);

    this.addSql(`alter table "audit_events" add constraint "audit_events_action_check" check("action" in ('EXPORT_REQUESTED', 'EXPORT_DENIED', 'EXPORT_COMPLETED', 'EXPORT_FAILED', 'EXPORT_CANCELLED', 'EXPORT_DOWNLOADED'));`);

    this.addSql(`alter table "export_tasks" drop column "expired_at";`);

    this.addSql(`alter table "export_tasks" add constraint "export_tasks_status_check" check("status" in ('PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELLED'));`);
  }

}
