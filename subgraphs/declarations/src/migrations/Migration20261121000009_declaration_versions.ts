import { Migration } from '@mikro-orm/migrations';

/** Each submission freezes a numbered version of the form and of its judgement. */
export class Migration20261121000009_declaration_versions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "declarations"."declaration_version" (
        "declaration_id" uuid not null references "declarations"."declaration" ("id") on delete cascade,
        "number" integer not null,
        "data" jsonb not null,
        "evaluation" jsonb not null,
        "rule_version" varchar(20) not null,
        "draft_version" integer not null,
        "submitted_at" timestamptz not null,
        primary key ("declaration_id", "number")
      );
      alter table "declarations"."declaration" add column "submitted_versions" integer not null default 0;
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "declarations"."declaration_version"; alter table "declarations"."declaration" drop column "submitted_versions";');
  }
}
