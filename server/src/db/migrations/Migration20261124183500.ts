import { Migration } from '@mikro-orm/migrations';

/**
 * Makes the audit trail append-only and tamper-evident.
 *
 * Every audit_events row gets `prev_hash` (the hash of the row before it, or 64 zeros for the
 * first) and `hash` = SHA-256 (hex) of the canonical JSON of all its non-null columns except
 * `hash`, with `id` as a decimal string and `occurred_at` as ISO 8601 UTC with milliseconds.
 * Nulls are left out so that a nullable column added later does not change older rows' hashes. A BEFORE INSERT
 * trigger fills both, and the id, while it holds the one row of audit_chain_head FOR UPDATE: that
 * serializes appends, so chain order is id order, and the head remembers the last hash even if
 * the newest rows are later deleted. The check in server/src/audit/chain-hash.ts recomputes the
 * same hash independently.
 *
 * UPDATE, DELETE and TRUNCATE are refused by triggers on audit_events, audit_checkpoints and
 * audit_chain_head (the head changes only inside the security-definer insert trigger).
 */
export class Migration20261124183500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`lock table "audit_events" in exclusive mode;`);
    this.addSql(`alter table "audit_events" add column "prev_hash" text null, add column "hash" text null;`);
    // JavaScript dates carry milliseconds: stored times are kept at that precision so both sides hash the same text.
    this.addSql(`update "audit_events" set "occurred_at" = date_trunc('milliseconds', "occurred_at");`);

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
      "id" int primary key constraint "audit_chain_head_id_check" check ("id" = 1),
      "last_event_id" bigint null,
      "last_hash" text not null,
      "event_count" bigint not null
    );`);

    // Existing rows join the chain in id order.
    this.addSql(`do $$
      declare
        event audit_events;
        previous text := repeat('0', 64);
        last_id bigint := null;
        n bigint := 0;
      begin
        for event in select * from audit_events order by id loop
          event.prev_hash := previous;
          event.hash := audit_event_hash(event);
          update audit_events set prev_hash = event.prev_hash, hash = event.hash where id = event.id;
          previous := event.hash;
          last_id := event.id;
          n := n + 1;
        end loop;
        insert into audit_chain_head (id, last_event_id, last_hash, event_count) values (1, last_id, previous, n);
      end
    $$;`);
    this.addSql(`alter table "audit_events" alter column "prev_hash" set not null, alter column "hash" set not null;`);
    this.addSql(`create unique index "audit_events_hash_unique" on "audit_events" ("hash");`);
    // Ids are handed out by the insert trigger under the chain lock, from a sequence of its own:
    // the column default (what the ORM expects to see) is overridden, so ids stay contiguous.
    this.addSql(`create sequence "audit_event_ids" as bigint owned by "audit_events"."id";`);
    this.addSql(`select setval('audit_event_ids', coalesce((select max("id") from "audit_events"), 0) + 1, false);`);

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

    this.addSql(`create table "audit_checkpoints" (
      "id" bigserial primary key,
      "created_at" timestamptz not null,
      "head_event_id" bigint not null,
      "head_hash" text not null,
      "event_count" bigint not null,
      "key_id" text not null,
      "algorithm" text not null,
      "signature" text not null
    );`);
    this.addSql(`create index "audit_checkpoints_head_event_id_id_index" on "audit_checkpoints" ("head_event_id", "id");`);
    this.addSql(`create trigger audit_checkpoints_append_only before update or delete on audit_checkpoints for each row execute function audit_refuse_change();`);
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
