import { Entity, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** An enterprise's profile. One source of truth for its name, federated everywhere. */
@Entity({ tableName: 'enterprise' })
export class EnterpriseEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Unique()
  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  /** The legal-person account acting for this enterprise. */
  @Unique()
  @Property({ type: 'uuid', nullable: true })
  accountId?: string | null;

  /** GB/T 2260 code of the registered county; decides which offices review. */
  @Property({ type: 'string', length: 6 })
  regionCode!: string;

  /** GB/T 4754-2017 class code (last level), once chosen. */
  @Property({ type: 'string', length: 5, nullable: true })
  industryCode?: string | null;

  // 企业基本情况 (seed 000 §三(一)), all optional until the enterprise fills them in.
  @Property({ type: 'string', length: 200, nullable: true })
  mailingAddress?: string | null;

  @Property({ type: 'string', length: 6, nullable: true })
  postcode?: string | null;

  @Property({ type: 'string', length: 50, nullable: true })
  legalRepresentative?: string | null;

  @Property({ type: 'string', length: 30, nullable: true })
  legalRepresentativePhone?: string | null;

  @Property({ type: 'string', length: 11, nullable: true })
  legalRepresentativeMobile?: string | null;

  @Property({ type: 'string', length: 50, nullable: true })
  contactName?: string | null;

  @Property({ type: 'string', length: 30, nullable: true })
  contactPhone?: string | null;

  @Property({ type: 'string', length: 11, nullable: true })
  contactMobile?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  email?: string | null;

  @Property({ type: 'string', length: 30, nullable: true })
  fax?: string | null;

  /** 具体细分领域名称 and 主导产品: taken from the chosen industry class, never typed. */
  @Property({ type: 'string', length: 200, nullable: true })
  nicheField?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  mainProduct?: string | null;

  /** 注册时间 (a calendar date, YYYY-MM-DD). */
  @Property({ type: 'date', nullable: true })
  registeredOn?: string | null;

  /** 万元, as entered: numeric(14,2) so no binary rounding. */
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  registeredCapital?: string | null;

  /** Last year's figures, the inputs of the size class. */
  @Property({ type: 'integer', nullable: true })
  employees?: number | null;

  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  revenueLastYear?: string | null;

  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  totalAssetsLastYear?: string | null;

  /** Valid recognitions (from declarations' events): while any holds, the profile is locked. */
  @Property({ type: 'integer', default: 0 })
  activeRecognitions: number & Opt = 0;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Optimistic concurrency: a save from a stale copy is refused. */
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
