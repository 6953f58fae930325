import { Migration } from '@mikro-orm/migrations';

/**
 * Preferences kept per user (time zone shown, table density and columns, saved audit searches),
 * so they follow the user from browser to browser. They say nothing about evidence and are not
 * audited; they go with the user.
 */
export class Migration20261212100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "user_preferences" ("user_id" uuid not null, "key" text not null, "value" jsonb not null, "updated_at" timestamptz not null, constraint "user_preferences_pkey" primary key ("user_id", "key"));`,
    );
    this.addSql(
      `alter table "user_preferences" add constraint "user_preferences_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "user_preferences" cascade;');
  }
}
