import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export enum SmsPurpose {
  REGISTER = 'REGISTER',
  RESET_PASSWORD = 'RESET_PASSWORD',
  CHANGE_PHONE_OLD = 'CHANGE_PHONE_OLD',
  CHANGE_PHONE_NEW = 'CHANGE_PHONE_NEW',
}

/** A verification code sent by SMS; only its hash is kept, and it is good for one use. */
@Entity({ tableName: 'sms_code' })
export class SmsCodeEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 20 })
  phone!: string;

  @Enum({ items: () => SmsPurpose, nativeEnumName: 'sms_purpose' })
  purpose!: SmsPurpose;

  @Property({ type: 'string', length: 64 })
  codeHash!: string;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ type: 'Date' })
  expiresAt!: Date;

  @Property({ type: 'integer' })
  attempts = 0;

  @Property({ type: 'Date', nullable: true })
  consumedAt?: Date | null;
}
