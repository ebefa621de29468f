import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { DeclarationStatus, ReviewLevel } from '../declaration/declaration.entity';

/** A step of a declaration's life, as the timeline shows it. */
export enum DeclarationAction {
  CREATED = 'CREATED',
  SUBMITTED = 'SUBMITTED',
  RESUBMITTED = 'RESUBMITTED',
  /** Approved at a level and forwarded to the next. */
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
  REJECTED = 'REJECTED',
  RECOGNISED = 'RECOGNISED',
}

/** One row of a declaration's timeline: what happened, the status it left, who and why. */
@Entity({ tableName: 'declaration_history' })
export class DeclarationHistoryEntity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid' })
  declarationId!: string;

  @Property({ type: 'Date' })
  at!: Date;

  @Enum({ items: () => DeclarationAction, type: 'string', length: 20 })
  action!: DeclarationAction;

  @Enum({ items: () => DeclarationStatus, type: 'string', length: 20 })
  status!: DeclarationStatus;

  /** The office level that acted, or that holds the declaration after a submission. */
  @Enum({ items: () => ReviewLevel, type: 'string', length: 20, nullable: true })
  level?: ReviewLevel | null;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  /** The office's name, or null for the enterprise's own steps. */
  @Property({ type: 'string', length: 100, nullable: true })
  actorName?: string | null;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'integer', nullable: true })
  versionNumber?: number | null;

  /** What a decision pinned (fields, evidence items) and similar particulars. */
  @Property({ type: 'json', nullable: true })
  details?: Record<string, unknown> | null;
}
