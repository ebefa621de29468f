import type { EntityManager } from '@mikro-orm/postgresql';
import type { PubSub } from 'type-graphql';
import { MessageEntity, type MessageCategory } from './message.entity';

/** Subscription topic; the payload carries ids and recipients only (NOTIFY payloads are small). */
export const MESSAGE_RECEIVED = 'MESSAGE_RECEIVED';

export interface MessageReceivedEvent {
  id: string;
  enterpriseId: string | null;
  accountId: string | null;
}

export interface NewMessage {
  enterpriseId?: string | null;
  accountId?: string | null;
  category: MessageCategory;
  title: string;
  body: string;
  link?: string | null;
}

/** Stores a message and announces it to live subscribers on every instance. */
export async function deliverMessage(em: EntityManager, pubSub: PubSub, input: NewMessage): Promise<MessageEntity> {
  const message = em.create(MessageEntity, { ...input, createdAt: new Date() });
  await em.persistAndFlush(message);
  const event: MessageReceivedEvent = { id: message.id, enterpriseId: message.enterpriseId ?? null, accountId: message.accountId ?? null };
  pubSub.publish(MESSAGE_RECEIVED, event);
  return message;
}
