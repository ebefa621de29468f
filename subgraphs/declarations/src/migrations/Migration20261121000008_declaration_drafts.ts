import { Migration } from '@mikro-orm/migrations';

/** A declaration belongs to a window, is judged under its rule version, and keeps the form's data. */
export class Migration20261121000008_declaration_drafts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table "declarations"."declaration"
        add column "window_id" uuid references "declarations"."declaration_window" ("id"),
        add column "rule_version" varchar(20),
        add column "data" jsonb not null default '{}';
      create unique index "declaration_one_per_window" on "declarations"."declaration" ("enterprise_id", "window_id") where "window_id" is not null;
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop index if exists "declarations"."declaration_one_per_window";
      alter table "declarations"."declaration" drop column "window_id", drop column "rule_version", drop column "data";
    `);
  }
}
