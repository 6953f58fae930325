import { Migration } from '@mikro-orm/migrations';

export class Migration20261124183850 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "groups" ("id" uuid not null, "name" text not null, "roles" text[] not null, "created_at" timestamptz not null, constraint "groups_pkey" primary key ("id"));`);
    this.addSql(`alter table "groups" add constraint "groups_name_unique" unique ("name");`);

    this.addSql(`create table "sign_in_attempts" ("id" bigserial primary key, "scope" text not null, "key" text not null, "attempted_at" timestamptz not null default now());`);
    this.addSql(`create index "sign_in_attempts_scope_key_attempted_at_index" on "sign_in_attempts" ("scope", "key", "attempted_at");`);

    this.addSql(`create table "group_members" ("group_id" uuid not null, "user_id" uuid not null, constraint "group_members_pkey" primary key ("group_id", "user_id"));`);
    // Effective roles are looked up by member on every request.
    this.addSql(`create index "group_members_user_id_index" on "group_members" ("user_id");`);

    this.addSql(`alter table "group_members" add constraint "group_members_group_id_foreign" foreign key ("group_id") references "groups" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "group_members" add constraint "group_members_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "audit_events" drop constraint if exists "audit_events_action_check";`);

    this.addSql(`alter table "audit_events" add constraint "audit_events_action_check" check("action" in ('EXPORT_REQUESTED', 'EXPORT_DENIED', 'EXPORT_COMPLETED', 'EXPORT_FAILED', 'EXPORT_CANCELLED', 'EXPORT_DOWNLOADED', 'USER_CREATED', 'USER_DISABLED', 'USER_ENABLED', 'PASSWORD_RESET', 'GROUP_CREATED', 'GROUP_RENAMED', 'GROUP_DELETED', 'GROUP_MEMBER_ADDED', 'GROUP_MEMBER_REMOVED', 'ROLE_GRANTED', 'ROLE_REVOKED', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'RECORDING_RESTRICTED', 'RECORDING_UNRESTRICTED', 'SIGN_IN_SUCCEEDED', 'SIGN_IN_FAILED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "group_members" drop constraint "group_members_group_id_foreign";`);

    this.addSql(`drop table if exists "groups" cascade;`);

    this.addSql(`drop table if exists "sign_in_attempts" cascade;`);

    this.addSql(`drop table if exists "group_members" cascade;`);

    this.addSql(`alter table "audit_events" drop constraint if exists "audit_events_action_check";`);

    this.addSql(`alter table "audit_events" add constraint "audit_events_action_check" check("action" in ('EXPORT_REQUESTED', 'EXPORT_DENIED', 'EXPORT_COMPLETED', 'EXPORT_FAILED', 'EXPORT_CANCELLED', 'EXPORT_DOWNLOADED'));`);
  }

}
