import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** Which questionnaire applies, decided from the enterprise's industry (RULES.md §2). */
export enum QuestionnaireCategory {
  MANUFACTURING = 'MANUFACTURING',
  PRODUCTIVE_SERVICE = 'PRODUCTIVE_SERVICE',
  OTHER = 'OTHER',
}

export enum AssessmentStatus {
  /** Stage 1 or 2 still open. */
  IN_PROGRESS = 'IN_PROGRESS',
  /** Both stages finished: the attempt counts. */
  COMPLETE = 'COMPLETE',
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

  /** Stage-1 total, 0–100, once stage 1 is finished. */
  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  score?: string | null;

  /** 1–4 (一级…四级), or null when no level is reached or the attempt is incomplete. */
  @Property({ type: 'smallint', nullable: true })
  level?: number | null;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  startedAt: Date = new Date();

  @Property({ type: 'Date', nullable: true })
  completedAt?: Date | null;
}
