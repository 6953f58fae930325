import { Migration } from '@mikro-orm/migrations';

/** Terminal recordings: what a recording holds, its asciicast details, and how an export draws it. */
export class Migration20261124184452 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "recordings" add column "kind" text check ("kind" in ('VIDEO', 'TERMINAL')) not null default 'VIDEO', add column "terminal" jsonb null;`);

    this.addSql(`alter table "export_tasks" add column "terminal_options" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "export_tasks" drop column "terminal_options";`);

    this.addSql(`alter table "recordings" drop column "kind", drop column "terminal";`);
  }

}
