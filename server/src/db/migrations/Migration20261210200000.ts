import { Migration } from '@mikro-orm/migrations';

/**
 * Audit writes that do not wait for each other. Until now the insert trigger linked each row to
 * the chain while holding the one row of audit_chain_head FOR UPDATE, so audited transactions ran
 * one at a time and a long one rewrote the head row once per event. Now:
 * - An insert only stamps the row (id, time) and leaves it unlinked: `prev_hash`, `hash` and the
 *   new `chain_position` are null. Nothing is locked, so audited transactions run side by side,
 *   and the row still commits or rolls back with the action it records.
 * - audit_link_events(max) links committed rows afterwards, under an advisory lock so that one
 *   linker runs at a time: the visible unlinked rows in id order get the next chain positions
 *   (1, 2, 3, ... without gaps), `prev_hash` and `hash`, and the head moves once per call. Chain
 *   order is link order: ids come from a sequence when a row is inserted, not when it commits, so
 *   a row of a transaction still running may hold a lower id than one already linked; it gets a
 *   later position once it commits. A rolled-back row was never visible and takes no position.
 * - `chain_position` is not hashed (the links already fix the order), so rows hashed before it
 *   existed keep their hashes; they are numbered in id order, which was their chain order.
 * - audit_events still refuses UPDATE and DELETE, except the one update that links an unlinked
 *   row: only the three link columns may change, and `prev_hash` must be the hash of the row one
 *   position before. A linked row cannot be changed at all. The application role has no
 *   UPDATE right on the table; it links through the security-definer function.
 * - audit_chain_head moves forward only, and only to a linked row (its position, id and hash).
 * - audit_csv_cell(text) is csvCell of server/src/export-audit/csv.ts in SQL, so that the audit CSV
 *   is written by the database, a line per row, without the rows being read into objects.
 */
/** What String.prototype.trim removes, as a regular expression bracket body. */
const BLANKS = String.raw`\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff`;

export class Migration20261210200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_events" add column "chain_position" bigint null;`);
    this.addSql(`alter table "audit_events" alter column "prev_hash" drop not null, alter column "hash" drop not null;`);

    // Existing rows were chained in id order.
    this.addSql(`alter table "audit_events" disable trigger "audit_events_append_only";`);
    this.addSql(`update "audit_events" a set "chain_position" = n."position"
      from (select "id", row_number() over (order by "id") as "position" from "audit_events") n where a."id" = n."id";`);
    this.addSql(`alter table "audit_events" enable trigger "audit_events_append_only";`);
    // Also finds the unlinked rows: their nulls sit together at the end of this index.
    this.addSql(`alter table "audit_events" add constraint "audit_events_chain_position_unique" unique ("chain_position");`);

    this.addSql(`create or replace function audit_event_hash(event audit_events) returns text
      language sql stable strict set timezone to 'UTC' as $$
        select encode(sha256(convert_to(audit_canonical_json(
          jsonb_strip_nulls(to_jsonb(event) - 'hash' - 'chain_position')
            || jsonb_build_object('id', event.id::text,
                                  'occurred_at', to_char(event.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        ), 'UTF8')), 'hex')
      $$;`);

    this.addSql(`drop trigger "audit_events_chain" on "audit_events";`);
    this.addSql(`drop function audit_events_chain();`);
    this.addSql(`create function audit_events_stamp() returns trigger
      language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
      begin
        new.id := nextval('public.audit_event_ids');
        -- The database's clock: whatever the writer sent is replaced.
        new.occurred_at := date_trunc('milliseconds', clock_timestamp());
        -- Only audit_link_events links a row, once it is committed.
        new.prev_hash := null;
        new.hash := null;
        new.chain_position := null;
        return new;
      end
    $$;`);
    this.addSql(`create trigger "audit_events_stamp" before insert on "audit_events" for each row execute function audit_events_stamp();`);

    this.addSql(`create function audit_events_guard() returns trigger
      language plpgsql set search_path = pg_catalog, public, pg_temp as $$
      declare
        previous text;
      begin
        if tg_op = 'UPDATE' and old.chain_position is null and old.hash is null
           and new.chain_position is not null and new.prev_hash is not null and new.hash is not null
           and (to_jsonb(new) - 'chain_position' - 'prev_hash' - 'hash') = (to_jsonb(old) - 'chain_position' - 'prev_hash' - 'hash') then
          if new.chain_position = 1 then
            previous := repeat('0', 64);
          else
            select a.hash into previous from public.audit_events a where a.chain_position = new.chain_position - 1;
          end if;
          -- The hash itself is not recomputed here (it would double the cost of linking): the
          -- integrity check recomputes every hash anyway.
          if new.prev_hash is distinct from previous then
            raise exception 'audit event % is not linked to the end of the chain', old.id
              using errcode = 'insufficient_privilege';
          end if;
          return new;
        end if;
        raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
          using errcode = 'insufficient_privilege',
                hint = 'Audit rows are evidence; they can be added but never changed or removed.';
      end
    $$;`);
    this.addSql(`drop trigger "audit_events_append_only" on "audit_events";`);
    this.addSql(`create trigger "audit_events_append_only" before update or delete on "audit_events" for each row execute function audit_events_guard();`);

    this.addSql(`create or replace function audit_chain_head_guard() returns trigger
      language plpgsql set search_path = pg_catalog, public, pg_temp as $$
      begin
        if tg_op = 'UPDATE' and new.event_count >= old.event_count and exists (
             select 1 from public.audit_events a
              where a.chain_position = new.event_count and a.id = new.last_event_id and a.hash = new.last_hash) then
          return new;
        end if;
        raise exception 'audit_chain_head moves only when an audit event is added to the chain: % is not allowed', tg_op
          using errcode = 'insufficient_privilege';
      end
    $$;`);

    // One linker at a time (the advisory lock); each statement after it sees every row committed
    // before it started, so nothing is linked twice and nothing in flight is skipped for good.
    this.addSql(`create function audit_link_events(max_rows int) returns int
      language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
      declare
        head public.audit_chain_head;
        event public.audit_events;
        linked int := 0;
      begin
        if current_setting('transaction_isolation') <> 'read committed' then
          raise exception 'audit_link_events needs READ COMMITTED: an older snapshot could miss rows linked before it';
        end if;
        perform pg_advisory_xact_lock(hashtext('custodian-audit-link'));
        select * into head from public.audit_chain_head where id = 1;
        if not found then
          raise exception 'audit_chain_head has no row: the audit chain cannot be extended';
        end if;
        for event in select * from public.audit_events where chain_position is null order by id limit max_rows loop
          event.chain_position := head.event_count + 1;
          event.prev_hash := head.last_hash;
          event.hash := public.audit_event_hash(event);
          update public.audit_events set chain_position = event.chain_position, prev_hash = event.prev_hash, hash = event.hash where id = event.id;
          head.event_count := event.chain_position;
          head.last_event_id := event.id;
          head.last_hash := event.hash;
          linked := linked + 1;
        end loop;
        if linked > 0 then
          update public.audit_chain_head set last_event_id = head.last_event_id, last_hash = head.last_hash, event_count = head.event_count where id = 1;
        end if;
        return linked;
      end
    $$;`);

    // RFC 4180 quoting, and a leading apostrophe on what a spreadsheet would run as a formula. The
    // blanks are those JavaScript's String.prototype.trim removes. One expression, so that the
    // planner can inline it; most values take the first test and come back as they are.
    this.addSql(`create function audit_csv_cell(value text) returns text
      language sql immutable parallel safe as $$
        select case
          when value is null then ''
          when value !~ '^[=+@${BLANKS}-]|[",\\r\\n]|[${BLANKS}]$' then value
          when value ~ '^[=+@\\t\\r-]' then
            case when value ~ '[",\\r\\n]|[${BLANKS}]$' then '"''' || replace(value, '"', '""') || '"' else '''' || value end
          else '"' || replace(value, '"', '""') || '"'
        end
      $$;`);
  }
}
