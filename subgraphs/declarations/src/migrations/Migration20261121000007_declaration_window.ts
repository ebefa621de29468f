import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000007_declaration_window extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "declarations"."declaration_window" (
        "id" uuid primary key,
        "tier" "declarations"."tier" not null,
        "name" varchar(200) not null,
        "rule_version" varchar(20) not null,
        "region_code" varchar(6) not null,
        "opens_at" timestamptz not null,
        "closes_at" timestamptz not null,
        "review_deadlines" jsonb not null default '{}',
        "announcement_id" uuid,
        "opened_by" uuid not null,
        "opened_by_name" varchar(100),
        "created_at" timestamptz not null default now(),
        constraint "declaration_window_closes_after_opening" check ("closes_at" > "opens_at")
      );
      create index "declaration_window_tier_region_code_index" on "declarations"."declaration_window" ("tier", "region_code");
      create index "declaration_window_closes_at_index" on "declarations"."declaration_window" ("closes_at");
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "declarations"."declaration_window";');
  }
}
