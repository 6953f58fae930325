import { Migration } from '@mikro-orm/migrations';

/**
 * User, server and client IP filters at millions of rows. A substring such as `ts-test-02` matches
 * a few distinct names but 0.1-1% of the rows, and both earlier plans cost too much there: walking
 * the start-time index reads thousands of scattered rows, and fetching every match through the
 * trigram index reads long posting lists (such names consist of very common trigrams).
 *
 * So the substring is first matched against the distinct values of the field, kept in
 * recording_filter_values (a few thousand rows), and the page is then read per matching value
 * through a btree on (field, started_at, id), each value's range already in page order.
 *
 * The statement-level triggers add every value that an inserted or updated recording holds, in the
 * same transaction, so the table always holds at least every value in `recordings`: matching the
 * substring there and then the values exactly finds the same rows as matching the substring on
 * `recordings`. Values of deleted recordings are left in place; they match no row, and the distinct
 * names of an organisation are few.
 *
 * The application role inserts into the table through the trigger: the grants that follow every
 * migration cover it (all tables of the schema).
 */
export class Migration20261210300000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "recording_filter_values" (
      "field" text not null check ("field" in ('user_name', 'server_name', 'client_ip')),
      "value" text not null,
      constraint "recording_filter_values_pkey" primary key ("field", "value"));`);
    this.addSql('create index "recording_filter_values_value_trgm" on "recording_filter_values" using gin ("value" gin_trgm_ops);');
    this.addSql(`create or replace function recording_filter_values_add() returns trigger language plpgsql as $$
      begin
        insert into recording_filter_values (field, value)
          select distinct v.field, v.value from changed r
            cross join lateral (values ('user_name', r.user_name), ('server_name', r.server_name), ('client_ip', r.client_ip)) v(field, value)
          on conflict do nothing;
        return null;
      end $$;`);
    this.addSql(`create trigger "recordings_filter_values_insert" after insert on "recordings"
      referencing new table as changed for each statement execute function recording_filter_values_add();`);
    this.addSql(`create trigger "recordings_filter_values_update" after update on "recordings"
      referencing new table as changed for each statement execute function recording_filter_values_add();`);
    this.addSql(`insert into recording_filter_values (field, value)
      select distinct v.field, v.value from recordings r
        cross join lateral (values ('user_name', r.user_name), ('server_name', r.server_name), ('client_ip', r.client_ip)) v(field, value)
      on conflict do nothing;`);
    this.addSql('create index "recordings_user_name_started_at_id_index" on "recordings" ("user_name", "started_at", "id");');
    this.addSql('create index "recordings_server_name_started_at_id_index" on "recordings" ("server_name", "started_at", "id");');
    this.addSql('create index "recordings_client_ip_started_at_id_index" on "recordings" ("client_ip", "started_at", "id");');
  }
}
