import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tier } from '../declaration/declaration.entity';

/** Review deadlines of a batch per office level (YYYY-MM-DD, Beijing). */
export interface ReviewDeadlines {
  COUNTY?: string | null;
  CITY?: string | null;
  PROVINCE?: string | null;
  MINISTRY?: string | null;
}

/**
 * A declaration window (申报批次): one tier, one region (a province, or a city of it; the whole
 * country for 小巨人), open from `opensAt` to `closesAt`, judged under one rule version, with
 * a review deadline per level.
 */
@Entity({ tableName: 'declaration_window' })
@Index({ properties: ['tier', 'regionCode'] })
export class DeclarationWindowEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => Tier, nativeEnumName: 'tier' })
  tier!: Tier;

  /** 批次名称, e.g. 浙江省2026年第二批专精特新中小企业认定. */
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** RULESET_2022_63 or RULESET_2026_2. */
  @Property({ type: 'string', length: 20 })
  ruleVersion!: string;

  /** GB/T 2260: a province (330000), a city (330100), or 000000 for the whole country. */
  @Property({ type: 'string', length: 6 })
  regionCode!: string;

  @Property({ type: 'Date' })
  opensAt!: Date;

  @Property({ type: 'Date' })
  closesAt!: Date;

  @Property({ type: 'json' })
  reviewDeadlines: ReviewDeadlines = {};

  /** The announcement (通知) of the batch, when published on the platform. */
  @Property({ type: 'uuid', nullable: true })
  announcementId?: string | null;

  @Property({ type: 'uuid' })
  openedBy!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  openedByName?: string | null;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
