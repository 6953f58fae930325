import { Migration } from '@mikro-orm/migrations';

/**
 * Signing requests (evidence/signing-requests.ts): a task service that finished an export asks
 * an API process, which holds the signing key, to sign its manifest. One row per request, answered
 * in place with the signed text or the refusal; the task service deletes it when it is done.
 */
export class Migration20261215100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "signing_requests" (
        "id" uuid not null default gen_random_uuid(),
        "task_id" uuid not null,
        "task_service_id" uuid not null,
        "attempt" int not null,
        "facts" jsonb not null,
        "requested_at" timestamptz not null default now(),
        "answered_at" timestamptz null,
        "content" text null,
        "key_id" text null,
        "algorithm" text null,
        "signature" text null,
        "signed_at" timestamptz null,
        "refusal" text null,
        "refusal_kind" text null,
        constraint "signing_requests_pkey" primary key ("id"),
        constraint "signing_requests_task_id_foreign" foreign key ("task_id") references "export_tasks" ("id") on delete cascade,
        constraint "signing_requests_answer_check" check (
          ("answered_at" is null and "content" is null and "refusal" is null)
          or ("answered_at" is not null and (("content" is not null and "signature" is not null and "key_id" is not null and "signed_at" is not null) <> ("refusal" is not null)))
        )
      );`,
    );
    this.addSql('create index "signing_requests_unanswered" on "signing_requests" ("requested_at") where "answered_at" is null;');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "signing_requests" cascade;');
  }
}
