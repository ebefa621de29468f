import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@zjtx/subgraph-kit';
import type { PubSub } from 'type-graphql';
import { MessageEntity, type MessageCategory } from './message.entity';

/** Subscription topic: an enterprise's unread count may have changed (payload: whose). */
export const UNREAD_CHANGED = 'UNREAD_CHANGED';
export interface UnreadChangedEvent {
  enterpriseId: string;
}

export async function unreadCount(em: EntityManager, enterpriseId: string): Promise<number> {
  return em.count(MessageEntity, { enterpriseId, readAt: null });
}

/**
 * Marks messages of one enterprise read: the ids given (others' ids are ignored), or all of a
 * category, or all. Idempotent: marking a read message again changes nothing.
 */
export async function markRead(
  em: EntityManager,
  pubSub: PubSub,
  enterpriseId: string,
  selection: { ids?: readonly string[] | null; all?: boolean | null; category?: MessageCategory | null },
): Promise<number> {
  const ids = (selection.ids ?? []).filter(isUuid);
  const where = selection.all
    ? { enterpriseId, readAt: null, ...(selection.category ? { category: selection.category } : {}) }
    : { enterpriseId, readAt: null, id: { $in: ids } };
  const changed = selection.all || ids.length > 0 ? await em.nativeUpdate(MessageEntity, where, { readAt: new Date() }) : 0;
  if (changed > 0) pubSub.publish(UNREAD_CHANGED, { enterpriseId } satisfies UnreadChangedEvent);
  return unreadCount(em, enterpriseId);
}
