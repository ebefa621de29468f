import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { StoredAnswers, StoredSceneLevels } from '../scoring/answers';
import type { StoredResult } from '../scoring/stored-result';

/** Which questionnaire applies, decided from the enterprise's industry (RULES.md §2). */
export enum QuestionnaireCategory {
  MANUFACTURING = 'MANUFACTURING',
  PRODUCTIVE_SERVICE = 'PRODUCTIVE_SERVICE',
  OTHER = 'OTHER',
}

export enum AssessmentStatus {
  /** Stage 1 or 2 still open. At most one per enterprise. */
  IN_PROGRESS = 'IN_PROGRESS',
  /** Both stages finished: the attempt counts. */
  COMPLETE = 'COMPLETE',
  /** Left unfinished when the enterprise started over; kept for the record, never counted. */
  ABANDONED = 'ABANDONED',
}

/** One attempt at the digital-level self-assessment (数字化水平评测). */
@Entity({ tableName: 'assessment' })
@Index({ properties: ['enterpriseId', 'completedAt'] })
export class AssessmentEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  enterpriseId!: string;

  @Property({ type: 'string', length: 10 })
  questionnaireVersion!: string;

  @Enum({ items: () => QuestionnaireCategory, nativeEnumName: 'questionnaire_category' })
  category!: QuestionnaireCategory;

  @Enum({ items: () => AssessmentStatus, nativeEnumName: 'assessment_status' })
  status: AssessmentStatus = AssessmentStatus.IN_PROGRESS;

  /** Stage-1 answers: chosen options and typed figures per question key. */
  @Property({ type: 'json' })
  answers: StoredAnswers = {};

  /** Stage-2 answers: level 1–4 per scene key. */
  @Property({ type: 'json' })
  sceneLevels: StoredSceneLevels = {};

  /** Where the user was (the form's own marker, e.g. a step and question), to resume there. */
  @Property({ type: 'string', length: 100, nullable: true })
  position?: string | null;

  /** Base score (基础 + 管理 + 成效), 0–100, fixed when stage 1 is finished. */
  @Property({ type: 'decimal', precision: 6, scale: 3, nullable: true })
  score?: string | null;

  /** 1–4 (一级…四级), or null when no level is reached or the attempt is incomplete. */
  @Property({ type: 'smallint', nullable: true })
  level?: number | null;

  /** The breakdown computed when each stage was finished; shown as stored, never recomputed. */
  @Property({ type: 'json', nullable: true })
  result?: StoredResult | null;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  startedAt: Date = new Date();

  /** When stage 1 was finished and locked. */
  @Property({ type: 'Date', nullable: true, fieldName: 'stage1_completed_at' })
  stage1CompletedAt?: Date | null;

  @Property({ type: 'Date', nullable: true })
  completedAt?: Date | null;

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
