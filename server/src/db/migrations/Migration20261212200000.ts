import { Migration } from '@mikro-orm/migrations';

/**
 * Retrying a FAILED export task, and the queue order of PENDING ones. A retry is a new task of
 * the same request that names the task it retries (`retry_of_id`), which names it back
 * (`retried_as_id`); both are unique, so a task is retried at most once. `queued_at` is when a
 * task last joined the queue: existing tasks joined it when requested, or when last requeued.
 */
export class Migration20261212200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`insert into "audit_actions" ("name") values ('EXPORT_RETRIED');`);

    this.addSql(
      `alter table "export_tasks" add column "queued_at" timestamptz null, add column "retry_of_id" uuid null, add column "retried_as_id" uuid null;`,
    );
    this.addSql(`update "export_tasks" set "queued_at" = case when "status" = 'PENDING' then greatest("requested_at", "updated_at") else "requested_at" end;`);
    this.addSql(`alter table "export_tasks" alter column "queued_at" set not null;`);
    this.addSql(`alter table "export_tasks" add constraint "export_tasks_retry_of_id_unique" unique ("retry_of_id");`);
    this.addSql(`alter table "export_tasks" add constraint "export_tasks_retried_as_id_unique" unique ("retried_as_id");`);
    this.addSql(
      `alter table "export_tasks" add constraint "export_tasks_retry_of_id_foreign" foreign key ("retry_of_id") references "export_tasks" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "export_tasks" add constraint "export_tasks_retried_as_id_foreign" foreign key ("retried_as_id") references "export_tasks" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "export_tasks_status_queued_at_id_index" on "export_tasks" ("status", "queued_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "export_tasks_status_queued_at_id_index";`);
    this.addSql(`alter table "export_tasks" drop constraint if exists "export_tasks_retried_as_id_foreign";`);
    this.addSql(`alter table "export_tasks" drop constraint if exists "export_tasks_retry_of_id_foreign";`);
    this.addSql(`alter table "export_tasks" drop column "queued_at", drop column "retry_of_id", drop column "retried_as_id";`);
    this.addSql(`delete from "audit_actions" where "name" = 'EXPORT_RETRIED';`);
  }
}
