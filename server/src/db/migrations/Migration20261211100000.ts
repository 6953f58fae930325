import { Migration } from '@mikro-orm/migrations';

/**
 * Guacamole recordings: a recording kind of their own, with what their instructions say kept in
 * `recordings.guacamole`. Their exports are drawn like terminal sessions, with the same frame-rate
 * cap and idle time limit, so the options kept on a task are no longer terminal-only: the column
 * is renamed, its values unchanged.
 */
export class Migration20261211100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "recordings" drop constraint if exists "recordings_kind_check";');
    this.addSql(`alter table "recordings" add constraint "recordings_kind_check" check ("kind" in ('VIDEO', 'TERMINAL', 'GUACAMOLE'));`);
    this.addSql('alter table "recordings" add column "guacamole" jsonb null;');
    this.addSql('alter table "export_tasks" rename column "terminal_options" to "render_options";');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "export_tasks" rename column "render_options" to "terminal_options";');
    this.addSql('alter table "recordings" drop column "guacamole";');
    this.addSql('alter table "recordings" drop constraint if exists "recordings_kind_check";');
    this.addSql(`alter table "recordings" add constraint "recordings_kind_check" check ("kind" in ('VIDEO', 'TERMINAL'));`);
  }
}
