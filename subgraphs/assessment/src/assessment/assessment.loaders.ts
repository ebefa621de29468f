import { EnterpriseDirectoryEntity, enterpriseScopeLoader, groupedLoader, keyedLoader } from '@zjtx/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AssessmentEntity } from './assessment.entity';

export function createAssessmentLoaders(em: EntityManager) {
  return {
    /** Each enterprise's registered region, from the directory projection, for access checks. */
    enterpriseScope: enterpriseScopeLoader(em),
    /** Each enterprise's directory entry (region and industry). */
    directoryEntry: keyedLoader(
      (ids: readonly string[]) => em.find(EnterpriseDirectoryEntity, { enterpriseId: { $in: [...ids] } }),
      (row: EnterpriseDirectoryEntity) => row.enterpriseId,
    ),
    /** Every attempt of each enterprise, newest first, in one query for the whole batch. */
    assessmentsByEnterprise: groupedLoader(
      (ids: readonly string[]) => em.find(AssessmentEntity, { enterpriseId: { $in: [...ids] } }, { orderBy: { startedAt: 'desc' } }),
      (a: AssessmentEntity) => a.enterpriseId,
    ),
  };
}
export type AssessmentLoaders = ReturnType<typeof createAssessmentLoaders>;
