import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Each enterprise's current digital-level result (its latest complete assessment), fed by
 * assessment's `assessment.completed` events. Declaration forms fill the digital level from
 * it, read-only; SRDI and little-giant declarations need one.
 */
@Entity({ tableName: 'enterprise_digital_level' })
export class EnterpriseDigitalLevelEntity {
  @PrimaryKey({ type: 'uuid' })
  enterpriseId!: string;

  @Property({ type: 'uuid' })
  assessmentId!: string;

  @Property({ type: 'string', length: 10 })
  questionnaireVersion!: string;

  @Property({ type: 'string', length: 20 })
  category!: string;

  @Property({ type: 'decimal', precision: 6, scale: 3 })
  score!: string;

  /** 1–4, or null when the attempt reached no level. */
  @Property({ type: 'smallint', nullable: true })
  level?: number | null;

  @Property({ type: 'Date' })
  completedAt!: Date;
}
