import { Migration } from '@mikro-orm/migrations';

/**
 * Export segments: a long video recording's export is split at keyframes into time ranges that
 * several task services encode at once (see exports/export-segments.ts). A segment belongs to its
 * export task and goes with it; its state is its own, so that a lost segment is encoded again
 * alone. Written only through exports/export-segments.ts.
 */
export class Migration20261210500000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "export_segments" (
      "id" uuid not null default gen_random_uuid(),
      "task_id" uuid not null references "export_tasks" ("id") on delete cascade,
      "index" int not null check ("index" >= 0),
      "start_seconds" double precision not null check ("start_seconds" >= 0),
      "end_seconds" double precision not null,
      "status" text not null default 'PENDING' check ("status" in ('PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED')),
      "attempts" int not null default 0,
      "progress" real not null default 0,
      "task_service_id" uuid null references "task_services" ("id") on delete set null,
      "heartbeat_at" timestamptz null,
      "output_location" text null,
      "output_sha256" text null,
      "output_size_bytes" bigint null,
      "arguments" jsonb null,
      "error" text null,
      "error_kind" text null,
      "updated_at" timestamptz not null default now(),
      constraint "export_segments_pkey" primary key ("id"),
      constraint "export_segments_task_index_unique" unique ("task_id", "index"),
      constraint "export_segments_range_check" check ("end_seconds" > "start_seconds"));`);
    this.addSql('create index "export_segments_pending_index" on "export_segments" ("task_id", "index") where "status" = \'PENDING\';');
  }
}
