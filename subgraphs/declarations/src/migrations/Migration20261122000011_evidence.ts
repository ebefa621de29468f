import { Migration } from '@mikro-orm/migrations';
import { uploadTableSql } from '@zjtx/subgraph-kit';

/**
 * Evidence files of declarations, the upload links issued for them, and the evidence each
 * submitted version was submitted with (frozen with its data).
 */
export class Migration20261122000011_evidence extends Migration {
  override async up(): Promise<void> {
    this.addSql(uploadTableSql('declarations'));
    this.addSql(`
      create table "declarations"."declaration_evidence" (
        "id" uuid primary key,
        "declaration_id" uuid not null references "declarations"."declaration" ("id") on delete cascade,
        "item" varchar(40) not null,
        "file_id" uuid not null unique,
        "file_name" varchar(255) not null,
        "content_type" varchar(100) not null,
        "size" bigint not null,
        "sha256" varchar(64) not null,
        "scan_status" varchar(20) not null,
        "scan_signature" varchar(200),
        "scanned_at" timestamptz,
        "archive_entries" jsonb,
        "attached_at" timestamptz not null
      );
      create index "declaration_evidence_declaration_idx" on "declarations"."declaration_evidence" ("declaration_id", "attached_at");
      alter table "declarations"."declaration_version" add column "evidence" jsonb not null default '[]';
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "declarations"."declaration_evidence"; drop table if exists "declarations"."upload"; alter table "declarations"."declaration_version" drop column "evidence";');
  }
}
