import { Migration } from '@mikro-orm/migrations';

/**
 * Idle stretch scans: where the picture of a video recording stays still, found once by a task
 * service and kept with the recording. The lifecycle columns are those of browser_previews
 * (derived/derived-lifecycle.ts drives both). The row goes with its recording (`on delete
 * cascade`): it holds no file, so no retention has to follow it.
 */
export class Migration20261213100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "idle_stretch_scans" (
        "id" uuid not null,
        "recording_id" uuid not null,
        "status" text not null default 'PENDING',
        "progress" double precision not null default 0,
        "attempts" int not null default 0,
        "error" text null,
        "task_service_id" uuid null,
        "requested_at" timestamptz not null,
        "queued_at" timestamptz not null,
        "started_at" timestamptz null,
        "heartbeat_at" timestamptz null,
        "finished_at" timestamptz null,
        "stretches" jsonb null,
        constraint "idle_stretch_scans_pkey" primary key ("id"),
        constraint "idle_stretch_scans_status_check" check ("status" in ('PENDING', 'IN_PROGRESS', 'READY', 'FAILED'))
      );`,
    );
    this.addSql('alter table "idle_stretch_scans" add constraint "idle_stretch_scans_recording_id_unique" unique ("recording_id");');
    this.addSql(
      'alter table "idle_stretch_scans" add constraint "idle_stretch_scans_recording_id_foreign" foreign key ("recording_id") references "recordings" ("id") on update cascade on delete cascade;',
    );
    this.addSql(
      'alter table "idle_stretch_scans" add constraint "idle_stretch_scans_task_service_id_foreign" foreign key ("task_service_id") references "task_services" ("id") on update cascade on delete set null;',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "idle_stretch_scans" cascade;');
  }
}
