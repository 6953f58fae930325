import { Migration } from '@mikro-orm/migrations';

/**
 * Audit checkpoints get a number without gaps (1, 2, 3, ...), assigned under the checkpoint lock
 * as the largest number plus one; the bigserial id cannot serve, since a rolled-back insert skips
 * an id. The numbers are what the integrity check compares with the checkpoint log kept outside
 * the database, and a missing number is reported.
 */
export class Migration20261202100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_checkpoints" add column "number" bigint null;`);
    // Existing checkpoints are numbered in the order they were written. audit_checkpoints refuses
    // UPDATE, so its guard is off for this one statement, inside the migration's transaction.
    this.addSql(`alter table "audit_checkpoints" disable trigger "audit_checkpoints_append_only";`);
    this.addSql(`update "audit_checkpoints" c set "number" = n."number"
      from (select "id", row_number() over (order by "id") as "number" from "audit_checkpoints") n where c."id" = n."id";`);
    this.addSql(`alter table "audit_checkpoints" enable trigger "audit_checkpoints_append_only";`);
    this.addSql(`alter table "audit_checkpoints" alter column "number" set not null;`);
    this.addSql(`alter table "audit_checkpoints" add constraint "audit_checkpoints_number_unique" unique ("number");`);
  }
}
