import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
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

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Optimistic concurrency: a save from a stale copy is refused. */
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
