import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000001_enterprise extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "profile"."enterprise" (
        "id" uuid primary key,
        "uscc" varchar(18) not null unique,
        "name" varchar(200) not null,
        "account_id" uuid unique,
        "region_code" varchar(6) not null check ("region_code" ~ '^[0-9]{6}$'),
        "industry_code" varchar(5),
        "created_at" timestamptz not null default now(),
        "updated_at" timestamptz not null default now(),
        "version" integer not null default 1
      );
      create index "enterprise_region_code_idx" on "profile"."enterprise" ("region_code" varchar_pattern_ops);
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "profile"."enterprise";');
  }
}
