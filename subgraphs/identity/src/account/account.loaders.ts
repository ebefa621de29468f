import { keyedLoader } from '@zjtx/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AccountEntity } from './account.entity';

export function createAccountLoaders(em: EntityManager) {
  return {
    accountById: keyedLoader((ids: readonly string[]) => em.find(AccountEntity, { id: { $in: [...ids] } }), (a: AccountEntity) => a.id),
  };
}
export type AccountLoaders = ReturnType<typeof createAccountLoaders>;
