import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000001_declaration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create type "declarations"."tier" as enum ('INNOVATIVE', 'SRDI', 'LITTLE_GIANT');
      create type "declarations"."declaration_status" as enum ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'REJECTED', 'RECOGNISED');
      create type "declarations"."review_level" as enum ('COUNTY', 'CITY', 'PROVINCE', 'MINISTRY');
      create table "declarations"."declaration" (
        "id" uuid primary key,
        "enterprise_id" uuid not null,
        "tier" "declarations"."tier" not null,
        "status" "declarations"."declaration_status" not null default 'DRAFT',
        "current_level" "declarations"."review_level",
        "submitted_at" timestamptz,
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "version" integer not null default 1
      );
      create index "declaration_enterprise_id_index" on "declarations"."declaration" ("enterprise_id");
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "declarations"."declaration"; drop type if exists "declarations"."review_level"; drop type if exists "declarations"."declaration_status"; drop type if exists "declarations"."tier";');
  }
}
