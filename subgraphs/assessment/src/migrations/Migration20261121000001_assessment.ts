import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000001_assessment extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create type "assessment"."questionnaire_category" as enum ('MANUFACTURING', 'PRODUCTIVE_SERVICE', 'OTHER');
      create type "assessment"."assessment_status" as enum ('IN_PROGRESS', 'COMPLETE');
      create table "assessment"."assessment" (
        "id" uuid primary key,
        "enterprise_id" uuid not null,
        "questionnaire_version" varchar(10) not null,
        "category" "assessment"."questionnaire_category" not null,
        "status" "assessment"."assessment_status" not null default 'IN_PROGRESS',
        "score" numeric(5,2) check ("score" between 0 and 100),
        "level" smallint check ("level" between 1 and 4),
        "started_at" timestamptz not null default now(),
        "completed_at" timestamptz,
        constraint "assessment_complete_has_time" check (("status" = 'COMPLETE') = ("completed_at" is not null))
      );
      create index "assessment_enterprise_id_completed_at_index" on "assessment"."assessment" ("enterprise_id", "completed_at");
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "assessment"."assessment"; drop type if exists "assessment"."assessment_status"; drop type if exists "assessment"."questionnaire_category";');
  }
}
