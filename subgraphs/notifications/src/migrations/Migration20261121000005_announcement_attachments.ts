import { uploadTableSql } from '@zjtx/subgraph-kit';
import { Migration } from '@mikro-orm/migrations';

/** Announcements carry attachments, uploaded through signed links this subgraph issues. */
export class Migration20261121000005_announcement_attachments extends Migration {
  override async up(): Promise<void> {
    this.addSql(uploadTableSql('notifications'));
    this.addSql(`alter table "notifications"."announcement" add column "attachments" jsonb not null default '[]';`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table "notifications"."announcement" drop column "attachments"; drop table if exists "notifications"."upload";');
  }
}
