import { Migration } from '@mikro-orm/migrations';

export class Migration20261124183539 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "recordings" add column "kind" text check ("kind" in ('VIDEO', 'TERMINAL')) not null default 'VIDEO', add column "terminal" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "recordings" drop column "kind", drop column "terminal";`);
  }

}
