import type { EntityManager } from '@mikro-orm/postgresql';
import { keyedLoader } from '@zjtx/subgraph-kit';
import DataLoader from 'dataloader';
import { MessageEntity } from './message.entity';

export function createMessageLoaders(em: EntityManager) {
  return {
    /** Unread count per enterprise, one grouped query for the batch. */
    unreadByEnterprise: new DataLoader<string, number>(async (ids) => {
      const rows: { enterprise_id: string; count: string }[] = await em
        .getConnection()
        .execute(
          `select enterprise_id, count(*) as count from "notifications"."message" where enterprise_id = any(?) and read_at is null group by enterprise_id`,
          [[...ids]],
        );
      const counts = new Map(rows.map((r) => [r.enterprise_id, Number(r.count)]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    messageById: keyedLoader((ids: readonly string[]) => em.find(MessageEntity, { id: { $in: [...ids] } }), (m: MessageEntity) => m.id),
  };
}
export type MessageLoaders = ReturnType<typeof createMessageLoaders>;
