import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/**
 * A captcha shown on the public lookup. Single use, five minutes. The answer is kept as typed
 * (lower case): it guards a public query against scripts, it is not a credential.
 */
@Entity({ tableName: 'captcha' })
export class CaptchaEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Lower case. */
  @Property({ type: 'string', length: 16 })
  answer!: string;

  @Property({ type: 'Date' })
  expiresAt!: Date;

  @Property({ type: 'Date', nullable: true })
  usedAt?: Date | null;
}
