import { enterpriseDirectorySizeClassSql, enterpriseDirectorySql } from '@zjtx/subgraph-kit';
import { Migration } from '@mikro-orm/migrations';

/**
 * What reminders and office notices need: the enterprise directory (regions, for notices to a
 * jurisdiction), each enterprise's recognitions (for expiry and annual-update reminders), the
 * reminders already sent (so a rerun sends none twice), the notices offices sent, and who sent
 * a message.
 */
export class Migration20261121000003_reminders_and_notices extends Migration {
  override async up(): Promise<void> {
    this.addSql(enterpriseDirectorySql('notifications'));
    this.addSql(enterpriseDirectorySizeClassSql('notifications'));
    this.addSql(`
      create index "enterprise_directory_region_code_index" on "notifications"."enterprise_directory" ("region_code" varchar_pattern_ops);
      alter table "notifications"."message" add column "sender_name" varchar(100);
      create table "notifications"."recognition_term" (
        "recognition_id" uuid primary key,
        "enterprise_id" uuid not null,
        "tier" varchar(20) not null,
        "valid_from" date not null,
        "valid_until" date not null,
        "revoked" boolean not null,
        "as_of" timestamptz not null
      );
      create index "recognition_term_enterprise_id_index" on "notifications"."recognition_term" ("enterprise_id");
      create index "recognition_term_valid_until_index" on "notifications"."recognition_term" ("valid_until") where not "revoked";
      create table "notifications"."reminder_sent" (
        "key" varchar(200) primary key,
        "sent_at" timestamptz not null default now()
      );
      create table "notifications"."office_notice" (
        "id" uuid primary key,
        "sender_account_id" uuid not null,
        "sender_name" varchar(100),
        "idempotency_key" varchar(100),
        "category" varchar(40) not null,
        "title" varchar(200) not null,
        "body" text not null,
        "link" varchar(500),
        "recipient_count" integer not null,
        "created_at" timestamptz not null default now(),
        constraint "office_notice_idempotency" unique ("sender_account_id", "idempotency_key")
      );
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop table if exists "notifications"."office_notice";
      drop table if exists "notifications"."reminder_sent";
      drop table if exists "notifications"."recognition_term";
      alter table "notifications"."message" drop column if exists "sender_name";
      drop table if exists "notifications"."enterprise_directory";
    `);
  }
}
