import { Migration } from '@mikro-orm/migrations';
import { rateLimitTableSql } from '@zjtx/subgraph-kit';

/** Accounts and access (issue 3): legal-person fields, sessions, SMS codes, recovery, partners, audit. */
export class Migration20261121000003_access extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create type "identity"."real_name_status" as enum ('NOT_REQUIRED', 'UNVERIFIED', 'VERIFIED');
      alter table "identity"."account"
        add column "uscc" varchar(18) unique check ("uscc" ~ '^[0-9A-HJ-NP-RT-UWXY]{18}$'),
        add column "legal_representative" varchar(50),
        add column "real_name_status" "identity"."real_name_status" not null default 'NOT_REQUIRED',
        add column "real_name" varchar(200),
        add column "real_name_verified_at" timestamptz,
        add column "password_changed_at" timestamptz,
        add constraint "account_legal_person_has_uscc" check (("account_type" = 'LEGAL_PERSON') = ("uscc" is not null)) not valid;
      -- (not valid: accounts seeded before this migration keep working until the seed adds their USCC)

      -- Foreign keys are checked at commit: the ORM may insert a session before the account it belongs to within one flush.
      create table "identity"."refresh_token" (
        "id" uuid primary key,
        "account_id" uuid not null references "identity"."account" ("id") on delete cascade deferrable initially deferred,
        "family_id" uuid not null,
        "token_hash" char(64) not null unique,
        "created_at" timestamptz not null default now(),
        "expires_at" timestamptz not null,
        "family_expires_at" timestamptz not null,
        "used_at" timestamptz,
        "revoked_at" timestamptz,
        "client_ip" varchar(64)
      );
      create index "refresh_token_family_idx" on "identity"."refresh_token" ("family_id");
      create index "refresh_token_account_idx" on "identity"."refresh_token" ("account_id");

      create type "identity"."sms_purpose" as enum ('REGISTER', 'RESET_PASSWORD', 'CHANGE_PHONE_OLD', 'CHANGE_PHONE_NEW');
      create table "identity"."sms_code" (
        "id" uuid primary key,
        "phone" varchar(20) not null,
        "purpose" "identity"."sms_purpose" not null,
        "code_hash" char(64) not null,
        "created_at" timestamptz not null default now(),
        "expires_at" timestamptz not null,
        "attempts" integer not null default 0,
        "consumed_at" timestamptz
      );
      create index "sms_code_lookup_idx" on "identity"."sms_code" ("phone", "purpose", "created_at" desc);

      create table "identity"."dev_sms" (
        "id" uuid primary key,
        "phone" varchar(20) not null,
        "text" text not null,
        "sent_at" timestamptz not null default now()
      );
      create index "dev_sms_phone_idx" on "identity"."dev_sms" ("phone", "sent_at" desc);

      create type "identity"."manual_verification_status" as enum ('PENDING', 'APPROVED', 'REJECTED');
      create table "identity"."manual_verification" (
        "id" uuid primary key,
        "login_method" varchar(20) not null,
        "identifier" varchar(64) not null,
        "account_id" uuid references "identity"."account" ("id") on delete set null deferrable initially deferred,
        "enterprise_name" varchar(200) not null,
        "contact_name" varchar(50) not null,
        "new_phone" varchar(20) not null,
        "documents" jsonb not null,
        "note" varchar(500),
        "status" "identity"."manual_verification_status" not null default 'PENDING',
        "created_at" timestamptz not null default now(),
        "decided_at" timestamptz,
        "decided_by" uuid,
        "decision_reason" varchar(500)
      );
      create index "manual_verification_status_idx" on "identity"."manual_verification" ("status", "created_at");

      create table "identity"."partner_client" (
        "id" uuid primary key,
        "client_id" varchar(64) not null unique,
        "name" varchar(100) not null,
        "secret_hash" text not null,
        "scopes" text[] not null,
        "region_code" varchar(6) check ("region_code" ~ '^[0-9]{6}$'),
        "created_at" timestamptz not null default now(),
        "created_by" uuid,
        "revoked_at" timestamptz
      );

      create table "identity"."audit_event" (
        "id" uuid primary key,
        "at" timestamptz not null default now(),
        "action" varchar(40) not null,
        "account_id" uuid,
        "actor_id" uuid,
        "client_ip" varchar(64),
        "detail" jsonb not null default '{}'
      );
      create index "audit_event_account_idx" on "identity"."audit_event" ("account_id", "at" desc);

    `);
    // Failure counters of rate-limiter-flexible (login lockout, SMS and per-IP limits).
    this.addSql(rateLimitTableSql('identity'));
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop table if exists "identity"."rate_limit", "identity"."audit_event", "identity"."partner_client",
        "identity"."manual_verification", "identity"."dev_sms", "identity"."sms_code", "identity"."refresh_token";
      drop type if exists "identity"."manual_verification_status";
      drop type if exists "identity"."sms_purpose";
      alter table "identity"."account" drop constraint if exists "account_legal_person_has_uscc",
        drop column "uscc", drop column "legal_representative", drop column "real_name_status",
        drop column "real_name", drop column "real_name_verified_at", drop column "password_changed_at";
      drop type if exists "identity"."real_name_status";
    `);
  }
}
