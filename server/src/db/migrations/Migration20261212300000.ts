import { Migration } from '@mikro-orm/migrations';

/**
 * Browser previews: the codecs a video recording's probe found are kept in the catalog (null for
 * rows imported before, which are then judged by their container alone), and each recording the
 * browser cannot decode gets at most one browser preview, an H.264 MP4 made by a task service.
 * A preview outlives no recording: when its recording goes, `recording_id` becomes null and the
 * retention deletes the file and the row.
 */
export class Migration20261212300000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "recordings" add column "video_codec" text null, add column "audio_codec" text null;');
    this.addSql(
      `create table "browser_previews" (
        "id" uuid not null,
        "recording_id" uuid null,
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
        "last_played_at" timestamptz null,
        "output_key" text null,
        "output_size_bytes" bigint null,
        "output_sha256" text null,
        constraint "browser_previews_pkey" primary key ("id"),
        constraint "browser_previews_status_check" check ("status" in ('PENDING', 'IN_PROGRESS', 'READY', 'FAILED'))
      );`,
    );
    this.addSql('alter table "browser_previews" add constraint "browser_previews_recording_id_unique" unique ("recording_id");');
    this.addSql(
      'alter table "browser_previews" add constraint "browser_previews_recording_id_foreign" foreign key ("recording_id") references "recordings" ("id") on update cascade on delete set null;',
    );
    this.addSql(
      'alter table "browser_previews" add constraint "browser_previews_task_service_id_foreign" foreign key ("task_service_id") references "task_services" ("id") on update cascade on delete set null;',
    );
    this.addSql('create index "browser_previews_last_played_at_index" on "browser_previews" ("last_played_at");');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "browser_previews" cascade;');
    this.addSql('alter table "recordings" drop column "video_codec", drop column "audio_codec";');
  }
}
