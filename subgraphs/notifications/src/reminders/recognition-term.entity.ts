import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One recognition of an enterprise as declarations last reported it; reminders read these. */
@Entity({ tableName: 'recognition_term' })
@Index({ properties: ['enterpriseId'] })
export class RecognitionTermEntity {
  @PrimaryKey({ type: 'uuid' })
  recognitionId!: string;

  @Property({ type: 'uuid' })
  enterpriseId!: string;

  /** INNOVATIVE / SRDI / LITTLE_GIANT. */
  @Property({ type: 'string', length: 20 })
  tier!: string;

  /** YYYY-MM-DD. */
  @Property({ type: 'date' })
  validFrom!: string;

  /** YYYY-MM-DD, the last valid day. */
  @Property({ type: 'date' })
  validUntil!: string;

  @Property({ type: 'boolean' })
  revoked!: boolean;

  /** When declarations recorded the state this row comes from. */
  @Property({ type: 'Date' })
  asOf!: Date;
}
