import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export enum AccountType {
  LEGAL_PERSON = 'LEGAL_PERSON',
  NATURAL_PERSON = 'NATURAL_PERSON',
  OFFICE = 'OFFICE',
  ADMIN = 'ADMIN',
}

export enum RealNameStatus {
  /** Offices, administrators and natural persons are not verified against the enterprise registry. */
  NOT_REQUIRED = 'NOT_REQUIRED',
  UNVERIFIED = 'UNVERIFIED',
  VERIFIED = 'VERIFIED',
}

export enum OfficeLevel {
  COUNTY = 'COUNTY',
  CITY = 'CITY',
  PROVINCE = 'PROVINCE',
  MINISTRY = 'MINISTRY',
}

@Entity({ tableName: 'account' })
export class AccountEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Unique()
  @Property({ type: 'string', length: 64 })
  loginName!: string;

  @Enum({ items: () => AccountType, nativeEnumName: 'account_type' })
  accountType!: AccountType;

  @Property({ type: 'string', length: 100 })
  displayName!: string;

  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;

  /** argon2id hash; never leaves this subgraph. */
  @Property({ type: 'string', hidden: true, lazy: true })
  passwordHash!: string;

  /** For legal persons: the enterprise this account acts for (id shared with profile). */
  @Property({ type: 'uuid', nullable: true })
  enterpriseId?: string | null;

  @Enum({ items: () => OfficeLevel, nativeEnumName: 'office_level', nullable: true })
  officeLevel?: OfficeLevel | null;

  @Property({ type: 'string', length: 6, nullable: true })
  regionCode?: string | null;

  /** For legal persons: the enterprise's unified social credit code (统一社会信用代码), a second login name. */
  @Unique()
  @Property({ type: 'string', length: 18, nullable: true })
  uscc?: string | null;

  /** For legal persons: the legal representative as given at registration or verified. */
  @Property({ type: 'string', length: 50, nullable: true })
  legalRepresentative?: string | null;

  @Enum({ items: () => RealNameStatus, nativeEnumName: 'real_name_status' })
  realNameStatus: RealNameStatus = RealNameStatus.NOT_REQUIRED;

  /** The enterprise name as the registry confirmed it. */
  @Property({ type: 'string', length: 200, nullable: true })
  realName?: string | null;

  @Property({ type: 'Date', nullable: true })
  realNameVerifiedAt?: Date | null;

  @Property({ type: 'Date', nullable: true })
  passwordChangedAt?: Date | null;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
