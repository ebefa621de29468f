import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** An SMS or e-mail "sent" by the development adapters, for the demo and tests to read. */
@Entity({ tableName: 'dev_outbound' })
export class DevOutboundEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** SMS or EMAIL. */
  @Property({ type: 'string', length: 10 })
  channel!: string;

  @Property({ type: 'string', length: 200 })
  destination!: string;

  @Property({ type: 'string', length: 300, nullable: true })
  subject?: string | null;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'Date' })
  sentAt: Date = new Date();
}
