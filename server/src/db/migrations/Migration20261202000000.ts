import { Migration } from '@mikro-orm/migrations';

/**
 * An audit trail that cannot be flooded and misses nothing:
 * - new actions: RECORDING_IMPORTED (imports and uploads), ACCESS_DENIED (refusals that are not
 *   an export, a download, a cancel or a playback), REFUSALS_SUPPRESSED (how many refusals of one
 *   principal were counted but not written, once its limit was reached);
 * - `audit_refusal_counts`: refusals per principal (user, account name or client address) and
 *   minute, so that a flood of refused requests writes a bounded number of rows, in every API
 *   process alike;
 * - `occurred_at` is the database's clock at the insert, under the chain lock: never what the
 *   writer says, so chain order and time order agree.
 */
export class Migration20261202000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`insert into "audit_actions" ("name") values ('RECORDING_IMPORTED'), ('ACCESS_DENIED'), ('REFUSALS_SUPPRESSED');`);

    this.addSql(
      `create table "audit_refusal_counts" ("principal" text not null, "window_start" timestamptz not null, "count" int not null default 0, "reported" boolean not null default false, constraint "audit_refusal_counts_pkey" primary key ("principal", "window_start"));`,
    );
    this.addSql(`create index "audit_refusal_counts_window_start_index" on "audit_refusal_counts" ("window_start");`);

    this.addSql(`create or replace function audit_events_chain() returns trigger
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
        -- The database's clock, read under the chain lock: whatever the writer sent is replaced.
        new.occurred_at := date_trunc('milliseconds', clock_timestamp());
        new.prev_hash := head.last_hash;
        new.hash := public.audit_event_hash(new);
        update public.audit_chain_head set last_event_id = new.id, last_hash = new.hash, event_count = head.event_count + 1 where id = 1;
        return new;
      end
    $$;`);
  }
}
