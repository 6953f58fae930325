import { Migration } from '@mikro-orm/migrations';

/**
 * The baseline schema of Custodian's first release. Later changes are migrations of their own.
 *
 * The audit trail is append-only and tamper-evident:
 * - Every audit_events row has `prev_hash` (the hash of the row before it, or 64 zeros for the
 *   first) and `hash` = SHA-256 (hex) of the canonical JSON of all its non-null columns except
 *   `hash`, with `id` as a decimal string and `occurred_at` as ISO 8601 UTC with milliseconds.
 *   Nulls are left out so that a nullable column added later does not change older rows' hashes.
 *   server/src/audit/chain-hash.ts recomputes the same hash independently.
 * - A BEFORE INSERT trigger fills both hashes, and the id, while it holds the one row of
 *   audit_chain_head FOR UPDATE: that serializes appends, so chain order is id order, and the
 *   head remembers the last hash even if the newest rows are later deleted.
 * - UPDATE, DELETE and TRUNCATE are refused by triggers on audit_events, audit_checkpoints and
 *   audit_chain_head (the head changes only inside the security-definer insert trigger).
 * - The actions an audit row may record are the rows of audit_actions, checked against the
 *   AuditAction enum by a test; a new action is a migration that inserts its row.
 */
export class Migration20261201000000 extends Migration {
  override async up(): Promise<void> {
    this.users();
    this.recordings();
    this.taskServices();
    this.exports();
    this.settings();
    this.auditTrail();
  }

  private users(): void {
    this.addSql(
      `create table "users" ("id" uuid not null, "username" text not null, "password_hash" text not null, "roles" text[] not null, "disabled" boolean not null default false, "created_at" timestamptz not null, constraint "users_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "users" add constraint "users_username_unique" unique ("username");`);

    this.addSql(
      `create table "sessions" ("id" uuid not null, "user_id" uuid not null, "token_hash" text not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "client_address" text null, constraint "sessions_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);
    this.addSql(`alter table "sessions" add constraint "sessions_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "sessions_expires_at_index" on "sessions" ("expires_at");`);
    this.addSql(
      `alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `create table "api_tokens" ("id" uuid not null, "user_id" uuid not null, "name" text not null, "token_hash" text not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_tokens_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "api_tokens_user_id_index" on "api_tokens" ("user_id");`);
    this.addSql(`alter table "api_tokens" add constraint "api_tokens_token_hash_unique" unique ("token_hash");`);
    this.addSql(
      `alter table "api_tokens" add constraint "api_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `create table "groups" ("id" uuid not null, "name" text not null, "roles" text[] not null, "created_at" timestamptz not null, constraint "groups_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "groups" add constraint "groups_name_unique" unique ("name");`);
    this.addSql(
      `create table "group_members" ("group_id" uuid not null, "user_id" uuid not null, constraint "group_members_pkey" primary key ("group_id", "user_id"));`,
    );
    // Effective roles are looked up by member on every request.
    this.addSql(`create index "group_members_user_id_index" on "group_members" ("user_id");`);
    this.addSql(
      `alter table "group_members" add constraint "group_members_group_id_foreign" foreign key ("group_id") references "groups" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "group_members" add constraint "group_members_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `create table "sign_in_attempts" ("id" bigserial primary key, "scope" text not null, "key" text not null, "attempted_at" timestamptz not null default now());`,
    );
    this.addSql(`create index "sign_in_attempts_scope_key_attempted_at_index" on "sign_in_attempts" ("scope", "key", "attempted_at");`);
  }

  private recordings(): void {
    this.addSql(
      `create table "recordings" ("id" uuid not null, "user_name" text not null, "server_name" text not null, "client_name" text not null, "client_ip" text not null, "applications" text[] not null, "protocol" text not null, "started_at" timestamptz not null, "ended_at" timestamptz not null, "duration_seconds" double precision not null, "size_bytes" bigint not null, "kind" text check ("kind" in ('VIDEO', 'TERMINAL')) not null default 'VIDEO', "format" text not null, "width" int null, "height" int null, "has_audio" boolean not null, "terminal" jsonb null, "restricted" boolean not null default false, "source_location" text not null, "source_sha256" text not null, "imported_at" timestamptz not null, constraint "recordings_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "recordings" add constraint "recordings_source_sha256_unique" unique ("source_sha256");`);
    this.addSql(`create index "recordings_size_bytes_id_index" on "recordings" ("size_bytes", "id");`);
    this.addSql(`create index "recordings_duration_seconds_id_index" on "recordings" ("duration_seconds", "id");`);
    this.addSql(`create index "recordings_client_name_id_index" on "recordings" ("client_name", "id");`);
    this.addSql(`create index "recordings_server_name_id_index" on "recordings" ("server_name", "id");`);
    this.addSql(`create index "recordings_user_name_id_index" on "recordings" ("user_name", "id");`);
    this.addSql(`create index "recordings_started_at_id_index" on "recordings" ("started_at", "id");`);
  }

  private taskServices(): void {
    this.addSql(
      `create table "task_services" ("id" uuid not null, "name" text not null, "host_name" text not null, "software_version" text not null, "concurrency" int not null, "ffmpeg_version" text not null, "ffmpeg_source" text not null, "registered_at" timestamptz not null, "started_at" timestamptz not null, "last_heartbeat_at" timestamptz not null, "stopped_at" timestamptz null, "heartbeat_timeout_seconds" int not null, "running_tasks" int not null default 0, "authorized" boolean not null default false, "authorized_at" timestamptz null, "authorized_by" text null, "revoked_at" timestamptz null, "revoked_by" text null, constraint "task_services_pkey" primary key ("id"));`,
    );
  }

  private exports(): void {
    this.addSql(
      `create table "export_requests" ("id" uuid not null, "requested_by_id" uuid not null, "reason" text not null, "idempotency_key" text null, "client_address" text null, "created_at" timestamptz not null, constraint "export_requests_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "export_requests" add constraint "export_requests_requested_by_id_idempotency_key_unique" unique ("requested_by_id", "idempotency_key");`,
    );
    this.addSql(
      `alter table "export_requests" add constraint "export_requests_requested_by_id_foreign" foreign key ("requested_by_id") references "users" ("id") on update cascade;`,
    );

    this.addSql(
      `create table "export_tasks" ("id" uuid not null, "request_id" uuid not null, "recording_id" uuid not null, "requested_by_id" uuid not null, "status" text check ("status" in ('PENDING', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELLED', 'EXPIRED')) not null default 'PENDING', "progress" double precision not null default 0, "attempts" int not null default 0, "error" text null, "task_service_id" uuid null, "heartbeat_at" timestamptz null, "requested_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, "updated_at" timestamptz not null, "expired_at" timestamptz null, "output_path" text null, "output_sha256" text null, "output_size_bytes" bigint null, "output_duration_seconds" double precision null, "ffmpeg_version" text null, "ffmpeg_args" jsonb null, "terminal_options" jsonb null, constraint "export_tasks_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "export_tasks_request_id_index" on "export_tasks" ("request_id");`);
    this.addSql(`create index "export_tasks_recording_id_index" on "export_tasks" ("recording_id");`);
    this.addSql(`create index "export_tasks_requested_by_id_index" on "export_tasks" ("requested_by_id");`);
    this.addSql(`create index "export_tasks_task_service_id_index" on "export_tasks" ("task_service_id");`);
    this.addSql(`create index "export_tasks_status_heartbeat_at_index" on "export_tasks" ("status", "heartbeat_at");`);
    this.addSql(`create index "export_tasks_requested_at_id_index" on "export_tasks" ("requested_at", "id");`);
    this.addSql(
      `alter table "export_tasks" add constraint "export_tasks_request_id_foreign" foreign key ("request_id") references "export_requests" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "export_tasks" add constraint "export_tasks_recording_id_foreign" foreign key ("recording_id") references "recordings" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "export_tasks" add constraint "export_tasks_requested_by_id_foreign" foreign key ("requested_by_id") references "users" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "export_tasks" add constraint "export_tasks_task_service_id_foreign" foreign key ("task_service_id") references "task_services" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `create table "export_manifests" ("task_id" uuid not null, "content" text not null, "output_sha256" text not null, "key_id" text not null, "algorithm" text not null, "signature" text not null, "signed_at" timestamptz not null, constraint "export_manifests_pkey" primary key ("task_id"));`,
    );
    this.addSql(`create index "export_manifests_output_sha256_index" on "export_manifests" ("output_sha256");`);
    this.addSql(
      `alter table "export_manifests" add constraint "export_manifests_task_id_foreign" foreign key ("task_id") references "export_tasks" ("id") on update cascade on delete cascade;`,
    );
  }

  private settings(): void {
    this.addSql(
      `create table "settings" ("key" text not null, "value" jsonb not null, "updated_at" timestamptz not null, "updated_by" text null, constraint "settings_pkey" primary key ("key"));`,
    );
    // Stored from the start, so that changing a setting always locks an existing row.
    this.addSql(`insert into "settings" ("key", "value", "updated_at") values ('exportsEnabled', 'true', now());`);
  }

  private auditTrail(): void {
    this.addSql(`create table "audit_actions" ("name" text not null, constraint "audit_actions_pkey" primary key ("name"));`);
    this.addSql(`insert into "audit_actions" ("name") values
      ('EXPORT_REQUESTED'), ('EXPORT_DENIED'), ('EXPORT_COMPLETED'), ('EXPORT_FAILED'), ('EXPORT_CANCELLED'), ('EXPORT_DOWNLOADED'),
      ('EXPORT_VERIFIED'), ('EXPORT_EXPIRED'), ('SIGNING_KEY_ROTATED'),
      ('USER_CREATED'), ('USER_DISABLED'), ('USER_ENABLED'), ('PASSWORD_RESET'),
      ('GROUP_CREATED'), ('GROUP_RENAMED'), ('GROUP_DELETED'), ('GROUP_MEMBER_ADDED'), ('GROUP_MEMBER_REMOVED'),
      ('ROLE_GRANTED'), ('ROLE_REVOKED'), ('TOKEN_CREATED'), ('TOKEN_REVOKED'),
      ('RECORDING_RESTRICTED'), ('RECORDING_UNRESTRICTED'), ('RECORDING_PLAYED'),
      ('SIGN_IN_SUCCEEDED'), ('SIGN_IN_FAILED'),
      ('SETTINGS_CHANGED'), ('TASK_SERVICE_AUTHORIZED'), ('TASK_SERVICE_REVOKED');`);

    this.addSql(
      `create table "audit_events" ("id" bigserial primary key, "occurred_at" timestamptz not null default now(), "action" text not null, "outcome" text check ("outcome" in ('SUCCESS', 'DENIED', 'FAILURE')) not null, "actor_id" uuid null, "actor_name" text null, "recording_id" uuid null, "task_id" uuid null, "reason" text null, "detail" text null, "client_address" text null, "prev_hash" text not null, "hash" text not null);`,
    );
    this.addSql(
      `alter table "audit_events" add constraint "audit_events_action_foreign" foreign key ("action") references "audit_actions" ("name") on update no action on delete no action;`,
    );
    this.addSql(`alter table "audit_events" add constraint "audit_events_hash_unique" unique ("hash");`);
    this.addSql(`create index "audit_events_actor_name_index" on "audit_events" ("actor_name");`);
    this.addSql(`create index "audit_events_recording_id_index" on "audit_events" ("recording_id");`);
    this.addSql(`create index "audit_events_occurred_at_id_index" on "audit_events" ("occurred_at", "id");`);

    // Canonical JSON of a flat object of scalars: keys sorted bytewise, no whitespace, strings
    // escaped the way JSON.stringify escapes them.
    this.addSql(`create function audit_canonical_json(content jsonb) returns text
      language sql immutable strict as $$
        select '{' || coalesce(string_agg(to_jsonb(key)::text || ':' || value::text, ',' order by key collate "C"), '') || '}'
          from jsonb_each(content)
      $$;`);
    // In UTC, so that timestamp columns added later serialize the same whatever the session's zone.
    this.addSql(`create function audit_event_hash(event audit_events) returns text
      language sql stable strict set timezone to 'UTC' as $$
        select encode(sha256(convert_to(audit_canonical_json(
          jsonb_strip_nulls(to_jsonb(event) - 'hash')
            || jsonb_build_object('id', event.id::text,
                                  'occurred_at', to_char(event.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        ), 'UTF8')), 'hex')
      $$;`);

    this.addSql(`create table "audit_chain_head" (
      "id" int not null constraint "audit_chain_head_id_check" check ("id" = 1),
      "last_event_id" bigint null,
      "last_hash" text not null,
      "event_count" bigint not null,
      constraint "audit_chain_head_pkey" primary key ("id")
    );`);
    this.addSql(`insert into "audit_chain_head" ("id", "last_event_id", "last_hash", "event_count") values (1, null, repeat('0', 64), 0);`);
    // Ids are handed out by the insert trigger under the chain lock, from a sequence of its own:
    // the column default (what the ORM expects to see) is overridden, so ids stay contiguous.
    this.addSql(`create sequence "audit_event_ids" as bigint owned by "audit_events"."id";`);

    this.addSql(`create function audit_events_chain() returns trigger
      language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
      declare
        head public.audit_chain_head;
      begin
        -- Everything schema-qualified: a security-definer function must not resolve names to
        -- objects a caller could create (temporary tables).
        select * into head from public.audit_chain_head where id = 1 for update;
        if not found then
          raise exception 'audit_chain_head has no row: the audit chain cannot be extended';
        end if;
        new.id := nextval('public.audit_event_ids');
        new.occurred_at := date_trunc('milliseconds', coalesce(new.occurred_at, now()));
        new.prev_hash := head.last_hash;
        new.hash := public.audit_event_hash(new);
        update public.audit_chain_head set last_event_id = new.id, last_hash = new.hash, event_count = head.event_count + 1 where id = 1;
        return new;
      end
    $$;`);
    this.addSql(`create trigger audit_events_chain before insert on audit_events for each row execute function audit_events_chain();`);

    this.addSql(`create function audit_refuse_change() returns trigger
      language plpgsql as $$
      begin
        raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
          using errcode = 'insufficient_privilege',
                hint = 'Audit rows are evidence; they can be added but never changed or removed.';
      end
    $$;`);
    this.addSql(`create trigger audit_events_append_only before update or delete on audit_events for each row execute function audit_refuse_change();`);
    this.addSql(`create trigger audit_events_no_truncate before truncate on audit_events for each statement execute function audit_refuse_change();`);

    this.addSql(
      `create table "audit_checkpoints" ("id" bigserial primary key, "created_at" timestamptz not null, "head_event_id" bigint not null, "head_hash" text not null, "event_count" bigint not null, "key_id" text not null, "algorithm" text not null, "signature" text not null);`,
    );
    this.addSql(`create index "audit_checkpoints_head_event_id_id_index" on "audit_checkpoints" ("head_event_id", "id");`);
    this.addSql(
      `create trigger audit_checkpoints_append_only before update or delete on audit_checkpoints for each row execute function audit_refuse_change();`,
    );
    this.addSql(`create trigger audit_checkpoints_no_truncate before truncate on audit_checkpoints for each statement execute function audit_refuse_change();`);

    // The head moves only from inside the insert trigger (trigger depth 2 when its update fires).
    this.addSql(`create function audit_chain_head_guard() returns trigger
      language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and pg_trigger_depth() > 1 then
          return new;
        end if;
        raise exception 'audit_chain_head moves only when an audit event is added: % is not allowed', tg_op
          using errcode = 'insufficient_privilege';
      end
    $$;`);
    this.addSql(`create trigger audit_chain_head_guard before update or delete on audit_chain_head for each row execute function audit_chain_head_guard();`);
    this.addSql(`create trigger audit_chain_head_no_truncate before truncate on audit_chain_head for each statement execute function audit_refuse_change();`);
  }
}
