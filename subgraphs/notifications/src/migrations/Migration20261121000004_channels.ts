import { Migration } from '@mikro-orm/migrations';

/** SMS and e-mail copies: where they go, what each account chose, what was sent, and the development outbox. */
export class Migration20261121000004_channels extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table "notifications"."message" add column "channels_done_at" timestamptz;
      -- Messages from before channels existed are not sent out now.
      update "notifications"."message" set "channels_done_at" = now();
      create index "message_channels_pending_index" on "notifications"."message" ("created_at") where "channels_done_at" is null;
      create table "notifications"."enterprise_contact" (
        "enterprise_id" uuid primary key,
        "contact_mobile" varchar(20),
        "email" varchar(200),
        "version" integer not null
      );
      create table "notifications"."notification_preference" (
        "account_id" uuid primary key,
        "enterprise_id" uuid,
        "sms_categories" text[] not null default '{}',
        "email_categories" text[] not null default '{}',
        "updated_at" timestamptz not null default now()
      );
      create index "notification_preference_enterprise_id_index" on "notifications"."notification_preference" ("enterprise_id");
      create table "notifications"."outbound_delivery" (
        "id" uuid primary key,
        "message_id" uuid not null references "notifications"."message" ("id") on delete cascade,
        "channel" varchar(10) not null,
        "destination" varchar(200) not null,
        "sent_at" timestamptz not null,
        constraint "outbound_delivery_once" unique ("message_id", "channel")
      );
      create table "notifications"."dev_outbound" (
        "id" uuid primary key,
        "channel" varchar(10) not null,
        "destination" varchar(200) not null,
        "subject" varchar(300),
        "text" text not null,
        "sent_at" timestamptz not null
      );
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop table if exists "notifications"."dev_outbound";
      drop table if exists "notifications"."outbound_delivery";
      drop table if exists "notifications"."notification_preference";
      drop table if exists "notifications"."enterprise_contact";
      alter table "notifications"."message" drop column if exists "channels_done_at";
    `);
  }
}
