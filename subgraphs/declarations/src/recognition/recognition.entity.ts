import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tier } from '../declaration/declaration.entity';

/**
 * A recognition (认定) of an enterprise at one tier, valid three years. Created by final approval
 * (the review chain); until that exists, only `grantRecognition` creates them.
 */
@Entity({ tableName: 'recognition' })
@Index({ properties: ['enterpriseId'] })
export class RecognitionEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  enterpriseId!: string;

  @Enum({ items: () => Tier, nativeEnumName: 'tier' })
  tier!: Tier;

  /** The declaration it came from, when it came from one. */
  @Property({ type: 'uuid', nullable: true })
  declarationId?: string | null;

  /** The batch it was granted in, and the measures it was judged under. */
  @Property({ type: 'uuid', nullable: true })
  windowId?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  ruleVersion?: string | null;

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date' })
  validUntil!: string;

  @Property({ type: 'Date', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
