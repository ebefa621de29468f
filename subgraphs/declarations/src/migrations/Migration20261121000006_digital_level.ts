import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000006_digital_level extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "declarations"."enterprise_digital_level" (
        "enterprise_id" uuid primary key,
        "assessment_id" uuid not null,
        "questionnaire_version" varchar(10) not null,
        "category" varchar(20) not null,
        "score" numeric(6,3) not null,
        "level" smallint check ("level" between 1 and 4),
        "completed_at" timestamptz not null
      );
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "declarations"."enterprise_digital_level";');
  }
}
