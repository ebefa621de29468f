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
  senderName?: string | null;
}

/** Adds a message to the unit of work; announce it once committed. */
export function storeMessage(em: EntityManager, input: NewMessage): MessageEntity {
  const message = em.create(MessageEntity, { ...input, createdAt: new Date() });
  em.persist(message);
  return message;
}

/** Tells live subscribers on every instance that a committed message exists. */
export function announceMessage(pubSub: PubSub, message: MessageEntity): void {
  const event: MessageReceivedEvent = { id: message.id, enterpriseId: message.enterpriseId ?? null, accountId: message.accountId ?? null };
  pubSub.publish(MESSAGE_RECEIVED, event);
}

/** Stores a message and announces it to live subscribers on every instance. */
export async function deliverMessage(em: EntityManager, pubSub: PubSub, input: NewMessage): Promise<MessageEntity> {
  const message = storeMessage(em, input);
  await em.flush();
  announceMessage(pubSub, message);
  return message;
}
