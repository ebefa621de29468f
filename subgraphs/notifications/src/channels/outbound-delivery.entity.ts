import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** One copy of a message on one channel: recorded before sending, so each is sent at most once per channel. */
@Entity({ tableName: 'outbound_delivery' })
@Unique({ properties: ['messageId', 'channel'] })
export class OutboundDeliveryEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  messageId!: string;

  @Property({ type: 'string', length: 10 })
  channel!: string;

  @Property({ type: 'string', length: 200 })
  destination!: string;

  @Property({ type: 'Date' })
  sentAt: Date = new Date();
}
