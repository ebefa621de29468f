import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000001_account extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create type "identity"."account_type" as enum ('LEGAL_PERSON', 'NATURAL_PERSON', 'OFFICE', 'ADMIN');
      create type "identity"."office_level" as enum ('COUNTY', 'CITY', 'PROVINCE', 'MINISTRY');
      create table "identity"."account" (
        "id" uuid primary key,
        "login_name" varchar(64) not null unique,
        "account_type" "identity"."account_type" not null,
        "display_name" varchar(100) not null,
        "phone" varchar(20),
        "password_hash" text not null,
        "enterprise_id" uuid unique,
        "office_level" "identity"."office_level",
        "region_code" varchar(6) check ("region_code" ~ '^[0-9]{6}$'),
        "created_at" timestamptz not null default now(),
        constraint "account_office_has_region" check (("account_type" = 'OFFICE') = ("office_level" is not null and "region_code" is not null))
      );
      create table "identity"."signing_key" (
        "kid" varchar(64) primary key,
        "private_jwk" jsonb not null,
        "public_jwk" jsonb not null,
        "created_at" timestamptz not null default now()
      );
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "identity"."signing_key"; drop table if exists "identity"."account"; drop type if exists "identity"."office_level"; drop type if exists "identity"."account_type";');
  }
}
