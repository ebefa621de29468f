import type { DeclarationData } from '../rules/declaration-data';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** The three recognition tiers (RULES.md §1). */
export enum Tier {
  INNOVATIVE = 'INNOVATIVE',
  SRDI = 'SRDI',
  LITTLE_GIANT = 'LITTLE_GIANT',
}

export enum DeclarationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  RECOGNISED = 'RECOGNISED',
}

export enum ReviewLevel {
  COUNTY = 'COUNTY',
  CITY = 'CITY',
  PROVINCE = 'PROVINCE',
  MINISTRY = 'MINISTRY',
}

/** Drafts and returned declarations are the enterprise's to change; the rest is under review or decided. */
export const isEditable = (status: DeclarationStatus) => status === DeclarationStatus.DRAFT || status === DeclarationStatus.RETURNED;

/** A declaration (申报) of one enterprise for one tier in one batch. */
@Entity({ tableName: 'declaration' })
@Index({ properties: ['enterpriseId'] })
export class DeclarationEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  enterpriseId!: string;

  @Enum({ items: () => Tier, nativeEnumName: 'tier' })
  tier!: Tier;

  @Enum({ items: () => DeclarationStatus, nativeEnumName: 'declaration_status' })
  status: DeclarationStatus = DeclarationStatus.DRAFT;

  /** The office level holding the declaration while it is under review. */
  @Enum({ items: () => ReviewLevel, nativeEnumName: 'review_level', nullable: true })
  currentLevel?: ReviewLevel | null;

  @Property({ type: 'Date', nullable: true })
  submittedAt?: Date | null;

  /** The window (申报批次) it was made in; null only for records from before windows existed. */
  @Property({ type: 'uuid', nullable: true })
  windowId?: string | null;

  /** The window's rule version, fixed when the declaration is created: a result is never recomputed under another. */
  @Property({ type: 'string', length: 20, nullable: true })
  ruleVersion?: string | null;

  /** How many versions were submitted (1 after the first submission). */
  @Property({ type: 'integer' })
  submittedVersions: number = 0;

  /** The form as saved (DeclarationData): inputs only, never computed values. */
  @Property({ type: 'json' })
  data: DeclarationData = {};

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version: number = 1;

  /** When it arrived at the level holding it now: how long it has waited there. */
  @Property({ type: 'Date', nullable: true })
  levelEnteredAt?: Date | null;

  /** The highest level it reached (0 county … 3 ministry): an office's queue shows what reached it. */
  @Property({ type: 'smallint', nullable: true })
  highestLevel?: number | null;

  /** The score of the latest submitted version (the measure's table, else the development score), for queues. */
  @Property({ type: 'decimal', precision: 7, scale: 2, nullable: true, runtimeType: 'number' })
  score?: number | null;

  /** 专精特新发展评价得分 of the latest submitted version, capped by the year's first (see development/). */
  @Property({ type: 'decimal', precision: 7, scale: 2, nullable: true, runtimeType: 'number' })
  developmentScore?: number | null;

  /** The last day of the 公示 after final approval (YYYY-MM-DD); recognised the day after. */
  @Property({ type: 'date', nullable: true })
  publicityEndsOn?: string | null;

  /** The last return: why, by whom, and the fields and evidence items it pinned. */
  @Property({ type: 'json', nullable: true })
  lastReturn?: DeclarationReturnNote | null;
}

export interface DeclarationReturnNote {
  reason: string;
  /** Form field paths (`financials.2025.rdExpense`) the enterprise should look at. */
  fields: string[];
  /** Evidence item keys (`FINANCIAL_STATEMENTS`) to replace or add. */
  evidenceItems: string[];
  level: ReviewLevel;
  officeName: string | null;
  at: string;
  versionNumber: number;
}
