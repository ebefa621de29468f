import { Migration } from '@mikro-orm/migrations';

/**
 * Review by the offices: since when a declaration waits at its level, the highest level it has
 * reached (an office's queue shows what reached it), its score for sorting and filtering, the
 * 公示 end of a final approval, the last return with its pinned fields; recognitions name their
 * batch and rule version; the year's maximum 专精特新发展评价得分 per enterprise.
 */
export class Migration20261122000012_review extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table "declarations"."declaration"
        add column "level_entered_at" timestamptz,
        add column "highest_level" smallint,
        add column "score" numeric(7, 2),
        add column "development_score" numeric(7, 2),
        add column "publicity_ends_on" date,
        add column "last_return" jsonb;
      update "declarations"."declaration" set "level_entered_at" = "submitted_at", "highest_level" = 0 where "status" = 'SUBMITTED';
      create index "declaration_review_idx" on "declarations"."declaration" ("status", "current_level", "level_entered_at");
      alter table "declarations"."declaration_version" add column "development" jsonb;
      alter table "declarations"."recognition" add column "window_id" uuid, add column "rule_version" varchar(20);
      create table "declarations"."development_score_year" (
        "enterprise_id" uuid not null,
        "year" integer not null,
        "maximum" numeric(7, 2) not null,
        "declaration_id" uuid not null,
        "recorded_at" timestamptz not null,
        primary key ("enterprise_id", "year")
      );
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop table if exists "declarations"."development_score_year";
      alter table "declarations"."recognition" drop column "window_id", drop column "rule_version";
      alter table "declarations"."declaration_version" drop column "development";
      drop index if exists "declarations"."declaration_review_idx";
      alter table "declarations"."declaration" drop column "level_entered_at", drop column "highest_level", drop column "score", drop column "development_score", drop column "publicity_ends_on", drop column "last_return";
    `);
  }
}
