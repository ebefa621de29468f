import { Migration } from '@mikro-orm/migrations';

/**
 * The status timeline of each declaration: one row per step (created, submitted, each office's
 * decision), with who took it and why. Declarations that existed before get their creation and
 * submissions back from what was stored.
 */
export class Migration20261122000010_declaration_history extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "declarations"."declaration_history" (
        "id" bigint generated always as identity primary key,
        "declaration_id" uuid not null references "declarations"."declaration" ("id") on delete cascade,
        "at" timestamptz not null,
        "action" varchar(20) not null,
        "status" varchar(20) not null,
        "level" varchar(20),
        "actor_id" uuid,
        "actor_name" varchar(100),
        "reason" text,
        "version_number" integer,
        "details" jsonb
      );
      create index "declaration_history_declaration_idx" on "declarations"."declaration_history" ("declaration_id", "at");
      insert into "declarations"."declaration_history" ("declaration_id", "at", "action", "status")
        select "id", "created_at", 'CREATED', 'DRAFT' from "declarations"."declaration";
      insert into "declarations"."declaration_history" ("declaration_id", "at", "action", "status", "level", "version_number")
        select "declaration_id", "submitted_at", case when "number" = 1 then 'SUBMITTED' else 'RESUBMITTED' end, 'SUBMITTED', 'COUNTY', "number"
        from "declarations"."declaration_version";
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "declarations"."declaration_history";');
  }
}
