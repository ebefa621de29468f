import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000001_messages extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create type "notifications"."message_category" as enum (
        'RECOGNITION_EXPIRY', 'INFO_UPDATE', 'RECOGNITION_NOTICE', 'RECOGNITION_CANCELLED',
        'DECLARATION_REMINDER', 'REVIEW_RESULT', 'MAJOR_CHANGE_RESULT', 'SYSTEM');
      create table "notifications"."message" (
        "id" uuid primary key,
        "enterprise_id" uuid,
        "account_id" uuid,
        "category" "notifications"."message_category" not null,
        "title" varchar(200) not null,
        "body" text not null,
        "link" varchar(500),
        "created_at" timestamptz not null default now(),
        "read_at" timestamptz,
        constraint "message_has_recipient" check ("enterprise_id" is not null or "account_id" is not null)
      );
      create index "message_enterprise_id_created_at_index" on "notifications"."message" ("enterprise_id", "created_at");
      create index "message_account_id_created_at_index" on "notifications"."message" ("account_id", "created_at");

      create type "notifications"."announcement_level" as enum ('MINISTRY', 'PROVINCE');
      create table "notifications"."announcement" (
        "id" uuid primary key,
        "level" "notifications"."announcement_level" not null,
        "province_code" varchar(6),
        "title" varchar(300) not null,
        "document_number" varchar(100),
        "body" text not null,
        "published_at" timestamptz not null,
        constraint "announcement_province_has_code" check (("level" = 'PROVINCE') = ("province_code" is not null))
      );
      create index "announcement_level_published_at_index" on "notifications"."announcement" ("level", "published_at");
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notifications"."announcement"; drop type if exists "notifications"."announcement_level";
      drop table if exists "notifications"."message"; drop type if exists "notifications"."message_category";`);
  }
}
