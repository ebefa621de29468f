import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** A notice an office sent to enterprises of its jurisdiction (who, what, to how many), kept for the record. */
@Entity({ tableName: 'office_notice' })
@Unique({ properties: ['senderAccountId', 'idempotencyKey'] })
export class OfficeNoticeEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  senderAccountId!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  senderName?: string | null;

  /** The client's key for this send: the same key again returns the first send instead of sending twice. */
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey?: string | null;

  @Property({ type: 'string', length: 40 })
  category!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'string', length: 500, nullable: true })
  link?: string | null;

  @Property({ type: 'integer' })
  recipientCount!: number;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
