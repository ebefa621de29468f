import { Migration } from '@mikro-orm/migrations';
import { rateLimitTableSql } from '@zjtx/subgraph-kit';

/** 企业基本情况: every field of the manual's form, the size-class inputs, the recognition lock; lookup captchas. */
export class Migration20261121000003_profile_fields extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table "profile"."enterprise"
        add column "mailing_address" varchar(200),
        add column "postcode" varchar(6) check ("postcode" ~ '^[0-9]{6}$'),
        add column "legal_representative" varchar(50),
        add column "legal_representative_phone" varchar(30),
        add column "legal_representative_mobile" varchar(11),
        add column "contact_name" varchar(50),
        add column "contact_phone" varchar(30),
        add column "contact_mobile" varchar(11),
        add column "email" varchar(100),
        add column "fax" varchar(30),
        add column "niche_field" varchar(200),
        add column "main_product" varchar(500),
        add column "registered_on" date,
        add column "registered_capital" numeric(14, 2) check ("registered_capital" >= 0),
        add column "employees" integer check ("employees" >= 0),
        add column "revenue_last_year" numeric(14, 2) check ("revenue_last_year" >= 0),
        add column "total_assets_last_year" numeric(14, 2) check ("total_assets_last_year" >= 0),
        add column "active_recognitions" integer not null default 0;

      create table "profile"."captcha" (
        "id" uuid primary key,
        "answer" varchar(16) not null,
        "expires_at" timestamptz not null,
        "used_at" timestamptz
      );
    `);
    this.addSql(rateLimitTableSql('profile'));
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop table if exists "profile"."rate_limit", "profile"."captcha";
      alter table "profile"."enterprise" drop column "mailing_address", drop column "postcode", drop column "legal_representative",
        drop column "legal_representative_phone", drop column "legal_representative_mobile", drop column "contact_name",
        drop column "contact_phone", drop column "contact_mobile", drop column "email", drop column "fax", drop column "niche_field",
        drop column "main_product", drop column "registered_on", drop column "registered_capital", drop column "employees",
        drop column "revenue_last_year", drop column "total_assets_last_year", drop column "active_recognitions";
    `);
  }
}
