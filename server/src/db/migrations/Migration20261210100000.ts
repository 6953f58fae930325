import { Migration } from '@mikro-orm/migrations';

/**
 * The catalog at millions of rows: every filter of `recordings` is a case-insensitive substring
 * match, which a btree cannot serve, so each filtered field gets a trigram (pg_trgm) GIN index,
 * and free text searches one generated column that holds every searched field.
 *
 * Fields in the search column are joined with a newline: a pattern without a newline can only
 * match inside one field, so the column matches exactly the rows that some field matches (the
 * query rechecks field by field for the rare pattern that holds a newline).
 *
 * pg_trgm is a trusted extension: the database owner, who runs the migrations, may create it.
 */
export class Migration20261210100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('create extension if not exists pg_trgm;');
    // array_to_string is only STABLE (it calls each element type's output function); for text[]
    // it depends on nothing else, which is what an index expression or generated column needs.
    this.addSql(`create or replace function recording_applications_text(applications text[]) returns text
      language sql immutable parallel safe strict
      as $$ select array_to_string(applications, chr(10)) $$;`);
    this.addSql(`alter table "recordings" add column "search" text generated always as (
      "user_name" || chr(10) || "server_name" || chr(10) || "client_name" || chr(10) || "client_ip" || chr(10) || recording_applications_text("applications")
    ) stored;`);
    this.addSql('create index "recordings_search_trgm" on "recordings" using gin ("search" gin_trgm_ops);');
    this.addSql('create index "recordings_user_name_trgm" on "recordings" using gin ("user_name" gin_trgm_ops);');
    this.addSql('create index "recordings_server_name_trgm" on "recordings" using gin ("server_name" gin_trgm_ops);');
    this.addSql('create index "recordings_client_name_trgm" on "recordings" using gin ("client_name" gin_trgm_ops);');
    this.addSql('create index "recordings_client_ip_trgm" on "recordings" using gin ("client_ip" gin_trgm_ops);');
    this.addSql('create index "recordings_applications_trgm" on "recordings" using gin (recording_applications_text("applications") gin_trgm_ops);');
    // Restricted recordings are few; privileged players listing only them read this instead of
    // walking the whole start-time index.
    this.addSql('create index "recordings_restricted_started_at_id_index" on "recordings" ("started_at", "id") where "restricted";');
  }
}
