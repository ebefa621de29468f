import { Migration } from '@mikro-orm/migrations';

/** Answers, stages and stored results of an attempt; abandoned attempts; one attempt in progress per enterprise. */
export class Migration20261121000005_two_stages extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter type "assessment"."assessment_status" add value 'ABANDONED';
      alter table "assessment"."assessment"
        alter column "score" type numeric(6,3),
        add column "answers" jsonb not null default '{}',
        add column "scene_levels" jsonb not null default '{}',
        add column "position" varchar(100),
        add column "result" jsonb,
        add column "stage1_completed_at" timestamptz,
        add column "updated_at" timestamptz not null default now();
      update "assessment"."assessment" set "stage1_completed_at" = "completed_at" where "completed_at" is not null;
      alter table "assessment"."assessment"
        add constraint "assessment_complete_after_stage1" check ("completed_at" is null or "stage1_completed_at" is not null);
      create unique index "assessment_one_in_progress" on "assessment"."assessment" ("enterprise_id") where "status" = 'IN_PROGRESS';
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop index if exists "assessment"."assessment_one_in_progress";
      alter table "assessment"."assessment"
        drop constraint if exists "assessment_complete_after_stage1",
        drop column "answers", drop column "scene_levels", drop column "position", drop column "result",
        drop column "stage1_completed_at", drop column "updated_at";
    `);
  }
}
