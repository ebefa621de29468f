import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** Message categories of 我的消息, plus review outcomes and system notices. */
export enum MessageCategory {
  RECOGNITION_EXPIRY = 'RECOGNITION_EXPIRY',
  INFO_UPDATE = 'INFO_UPDATE',
  RECOGNITION_NOTICE = 'RECOGNITION_NOTICE',
  RECOGNITION_CANCELLED = 'RECOGNITION_CANCELLED',
  DECLARATION_REMINDER = 'DECLARATION_REMINDER',
  REVIEW_RESULT = 'REVIEW_RESULT',
  MAJOR_CHANGE_RESULT = 'MAJOR_CHANGE_RESULT',
  SYSTEM = 'SYSTEM',
}

/** A message in an inbox: an enterprise's, or one account's where it concerns the person. */
@Entity({ tableName: 'message' })
@Index({ properties: ['enterpriseId', 'createdAt'] })
@Index({ properties: ['accountId', 'createdAt'] })
export class MessageEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', nullable: true })
  enterpriseId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  accountId?: string | null;

  @Enum({ items: () => MessageCategory, nativeEnumName: 'message_category' })
  category!: MessageCategory;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  /** Who sent it, when an office did (e.g. 杭州市经济和信息化局); null for the platform's own messages. */
  @Property({ type: 'string', length: 100, nullable: true })
  senderName?: string | null;

  /** Path in the portal of the thing the message is about. */
  @Property({ type: 'string', length: 500, nullable: true })
  link?: string | null;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', nullable: true })
  readAt?: Date | null;

  /** When its SMS and e-mail copies were sent (or found not wanted); null until the channel job handled it. */
  @Property({ type: 'Date', nullable: true })
  channelsDoneAt?: Date | null;
}
