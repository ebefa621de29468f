import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { keyedLoader } from '@zjtx/subgraph-kit';
import DataLoader from 'dataloader';
import { MessageEntity } from './message.entity';

export function createMessageLoaders(em: EntityManager) {
  return {
    /** Unread count per enterprise, one grouped query for the batch. */
    unreadByEnterprise: new DataLoader<string, number>(async (ids) => {
      const rows = await em
        .createQueryBuilder(MessageEntity, 'm')
        .select(['m.enterpriseId', raw('count(*) as count')])
        .where({ enterpriseId: { $in: [...ids] }, readAt: null })
        .groupBy('m.enterpriseId')
        .execute<{ enterpriseId: string; count: string }[]>('all');
      const counts = new Map(rows.map((r) => [r.enterpriseId, Number(r.count)]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    messageById: keyedLoader((ids: readonly string[]) => em.find(MessageEntity, { id: { $in: [...ids] } }), (m: MessageEntity) => m.id),
  };
}
export type MessageLoaders = ReturnType<typeof createMessageLoaders>;
