import { Migration } from '@mikro-orm/migrations';

/**
 * The client name filter resolved to its distinct values like user, server and client IP
 * (Migration20261210300000). Matched through its trigram index alone, a name such as `laptop-0`
 * read long posting lists at ten million rows (p95 340 ms).
 */
export class Migration20261210400000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "recording_filter_values" drop constraint "recording_filter_values_field_check";');
    this.addSql(`alter table "recording_filter_values" add constraint "recording_filter_values_field_check"
      check ("field" in ('user_name', 'server_name', 'client_name', 'client_ip'));`);
    this.addSql(`create or replace function recording_filter_values_add() returns trigger language plpgsql as $$
      begin
        insert into recording_filter_values (field, value)
          select distinct v.field, v.value from changed r
            cross join lateral (values ('user_name', r.user_name), ('server_name', r.server_name), ('client_name', r.client_name), ('client_ip', r.client_ip)) v(field, value)
          on conflict do nothing;
        return null;
      end $$;`);
    this.addSql(`insert into recording_filter_values (field, value)
      select distinct 'client_name', client_name from recordings
      on conflict do nothing;`);
    this.addSql('create index "recordings_client_name_started_at_id_index" on "recordings" ("client_name", "started_at", "id");');
  }
}
