import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** A text message "sent" by the development SMS adapter, for the demo UI and tests to read. */
@Entity({ tableName: 'dev_sms' })
export class DevSmsEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 20 })
  phone!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'Date' })
  sentAt: Date = new Date();
}
