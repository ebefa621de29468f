import { Migration } from '@mikro-orm/migrations';

/** Upload links identity issued (for manual verification documents), so only those can be attached, once. */
export class Migration20261121000004_uploads extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "identity"."upload" (
        "file_id" uuid primary key,
        "purpose" varchar(40) not null,
        "file_name" varchar(255) not null,
        "created_at" timestamptz not null default now(),
        "client_ip" varchar(64),
        "attached_at" timestamptz
      );
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "identity"."upload";');
  }
}
