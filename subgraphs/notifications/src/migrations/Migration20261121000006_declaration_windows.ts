import { Migration } from '@mikro-orm/migrations';

/** Declaration windows as declarations announces them, for the 申报提醒 when each opens. */
export class Migration20261121000006_declaration_windows extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "notifications"."declaration_window" (
        "window_id" uuid primary key,
        "tier" varchar(20) not null,
        "name" varchar(200) not null,
        "region_code" varchar(6) not null,
        "opens_at" timestamptz not null,
        "closes_at" timestamptz not null
      );
      create index "declaration_window_open_index" on "notifications"."declaration_window" ("opens_at", "closes_at");
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "notifications"."declaration_window";');
  }
}
