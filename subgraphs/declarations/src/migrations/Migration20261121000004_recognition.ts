import { Migration } from '@mikro-orm/migrations';

/** Recognitions (认定), the result of a declaration's final approval. */
export class Migration20261121000004_recognition extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "declarations"."recognition" (
        "id" uuid primary key,
        "enterprise_id" uuid not null,
        "tier" "declarations"."tier" not null,
        "declaration_id" uuid,
        "valid_from" date not null,
        "valid_until" date not null check ("valid_until" > "valid_from"),
        "revoked_at" timestamptz,
        "created_at" timestamptz not null default now()
      );
      create index "recognition_enterprise_id_index" on "declarations"."recognition" ("enterprise_id");
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "declarations"."recognition";');
  }
}
