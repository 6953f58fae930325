import { Migration } from '@mikro-orm/migrations';

/**
 * Which signing key is active, as every process connected to the database sees it
 * (signing/active-signing-key.ts): one row per key that has signed or been made active, at most
 * one of them not retired. Filled by the first signature and by each rotation.
 */
export class Migration20261214100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "signing_keys" (
        "key_id" text not null,
        "activated_at" timestamptz not null default now(),
        "retired_at" timestamptz null,
        constraint "signing_keys_pkey" primary key ("key_id"),
        constraint "signing_keys_key_id_check" check ("key_id" ~ '^[0-9a-f]{16}$')
      );`,
    );
    this.addSql('create unique index "signing_keys_one_active" on "signing_keys" ((true)) where "retired_at" is null;');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "signing_keys" cascade;');
  }
}
