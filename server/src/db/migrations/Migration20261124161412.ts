import { Migration } from '@mikro-orm/migrations';

export class Migration20261124161412 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_events" ("id" bigserial primary key, "occurred_at" timestamptz not null default now(), "action" text check ("action" in ('EXPORT_REQUESTED', 'EXPORT_DENIED', 'EXPORT_COMPLETED', 'EXPORT_FAILED', 'EXPORT_CANCELLED', 'EXPORT_DOWNLOADED')) not null, "outcome" text check ("outcome" in ('SUCCESS', 'DENIED', 'FAILURE')) not null, "actor_id" uuid null, "actor_name" text null, "recording_id" uuid null, "task_id" uuid null, "reason" text null, "detail" text null, "client_address" text null);`);
    this.addSql(`create index "audit_events_actor_name_index" on "audit_events" ("actor_name");`);
    this.addSql(`create index "audit_events_recording_id_index" on "audit_events" ("recording_id");`);
    this.addSql(`create index "audit_events_occurred_at_id_index" on "audit_events" ("occurred_at", "id");`);

    this.addSql(`create table "recordings" ("id" uuid not null, "user_name" text not null, "server_name" text not null, "client_name" text not null, "client_ip" text not null, "applications" text[] not null, "protocol" text not null, "started_at" timestamptz not null, "ended_at" timestamptz not null, "duration_seconds" double precision not null, "size_bytes" bigint not null, "format" text not null, "width" int null, "height" int null, "has_audio" boolean not null, "restricted" boolean not null default false, "source_location" text not null, "source_sha256" text not null, "imported_at" timestamptz not null, constraint "recordings_pkey" primary key ("id"));`);
    this.addSql(`alter table "recordings" add constraint "recordings_source_sha256_unique" unique ("source_sha256");`);
    this.addSql(`create index "recordings_size_bytes_id_index" on "recordings" ("size_bytes", "id");`);
    this.addSql(`create index "recordings_duration_seconds_id_index" on "recordings" ("duration_seconds", "id");`);
    this.addSql(`create index "recordings_client_name_id_index" on "recordings" ("client_name", "id");`);
    this.addSql(`create index "recordings_server_name_id_index" on "recordings" ("server_name", "id");`);
    this.addSql(`create index "recordings_user_name_id_index" on "recordings" ("user_name", "id");`);
    this.addSql(`create index "recordings_started_at_id_index" on "recordings" ("started_at", "id");`);

    this.addSql(`create table "users" ("id" uuid not null, "username" text not null, "password_hash" text not null, "roles" text[] not null, "disabled" boolean not null default false, "created_at" timestamptz not null, constraint "users_pkey" primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_username_unique" unique ("username");`);

    this.addSql(`create table "sessions" ("id" uuid not null, "user_id" uuid not null, "token_hash" text not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "client_address" text null, constraint "sessions_pkey" primary key ("id"));`);
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);
    this.addSql(`alter table "sessions" add constraint "sessions_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "sessions_expires_at_index" on "sessions" ("expires_at");`);

    this.addSql(`create table "export_requests" ("id" uuid not null, "requested_by_id" uuid not null, "reason" text not null, "idempotency_key" text null, "client_address" text null, "created_at" timestamptz not null, constraint "export_requests_pkey" primary key ("id"));`);
    this.addSql(`alter table "export_requests" add constraint "export_requests_requested_by_id_idempotency_key_unique" unique ("requested_by_id", "idempotency_key");`);

    this.addSql(`create table "export_tasks" ("id" uuid not null, "request_id" uuid not null, "recording_id" uuid not null, "requested_by_id" uuid not null, "status" text check ("status" in ('PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELLED')) not null default 'PENDING', "progress" double precision not null default 0, "attempts" int not null default 0, "error" text null, "worker_id" text null, "worker_host" text null, "heartbeat_at" timestamptz null, "requested_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, "updated_at" timestamptz not null, "output_path" text null, "output_sha256" text null, "output_size_bytes" bigint null, "output_duration_seconds" double precision null, "ffmpeg_version" text null, "ffmpeg_args" jsonb null, constraint "export_tasks_pkey" primary key ("id"));`);
    this.addSql(`create index "export_tasks_request_id_index" on "export_tasks" ("request_id");`);
    this.addSql(`create index "export_tasks_recording_id_index" on "export_tasks" ("recording_id");`);
    this.addSql(`create index "export_tasks_requested_by_id_index" on "export_tasks" ("requested_by_id");`);
    this.addSql(`create index "export_tasks_status_heartbeat_at_index" on "export_tasks" ("status", "heartbeat_at");`);
    this.addSql(`create index "export_tasks_requested_at_id_index" on "export_tasks" ("requested_at", "id");`);

    this.addSql(`create table "api_tokens" ("id" uuid not null, "user_id" uuid not null, "name" text not null, "token_hash" text not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_tokens_pkey" primary key ("id"));`);
    this.addSql(`create index "api_tokens_user_id_index" on "api_tokens" ("user_id");`);
    this.addSql(`alter table "api_tokens" add constraint "api_tokens_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "export_requests" add constraint "export_requests_requested_by_id_foreign" foreign key ("requested_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "export_tasks" add constraint "export_tasks_request_id_foreign" foreign key ("request_id") references "export_requests" ("id") on update cascade;`);
    this.addSql(`alter table "export_tasks" add constraint "export_tasks_recording_id_foreign" foreign key ("recording_id") references "recordings" ("id") on update cascade;`);
    this.addSql(`alter table "export_tasks" add constraint "export_tasks_requested_by_id_foreign" foreign key ("requested_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "api_tokens" add constraint "api_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
  }

}
