import { keyedLoader } from '@zjtx/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EnterpriseEntity } from './enterprise.entity';

/** Batched lookups of enterprises, one query per kind of key per request. */
export function createEnterpriseLoaders(em: EntityManager) {
  return {
    enterpriseById: keyedLoader((ids: readonly string[]) => em.find(EnterpriseEntity, { id: { $in: [...ids] } }), (e) => e.id),
    enterpriseByUscc: keyedLoader((codes: readonly string[]) => em.find(EnterpriseEntity, { uscc: { $in: [...codes] } }), (e) => e.uscc),
    enterpriseByAccount: keyedLoader(
      (accountIds: readonly string[]) => em.find(EnterpriseEntity, { accountId: { $in: [...accountIds] } }),
      (e) => e.accountId ?? '',
    ),
  };
}
export type EnterpriseLoaders = ReturnType<typeof createEnterpriseLoaders>;
