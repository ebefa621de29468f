import { enterpriseScopeLoader, groupedLoader, keyedLoader } from '@zjtx/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RecognitionEntity } from '../recognition/recognition.entity';
import { DeclarationEntity } from './declaration.entity';

export function createDeclarationLoaders(em: EntityManager) {
  return {
    /** Each enterprise's registered region, from the directory projection, for access checks. */
    enterpriseScope: enterpriseScopeLoader(em),
    recognitionsByEnterprise: groupedLoader(
      (ids: readonly string[]) => em.find(RecognitionEntity, { enterpriseId: { $in: [...ids] } }, { orderBy: { validFrom: 'desc' } }),
      (r: RecognitionEntity) => r.enterpriseId,
    ),
    declarationById: keyedLoader((ids: readonly string[]) => em.find(DeclarationEntity, { id: { $in: [...ids] } }), (d: DeclarationEntity) => d.id),
    declarationsByEnterprise: groupedLoader(
      (ids: readonly string[]) => em.find(DeclarationEntity, { enterpriseId: { $in: [...ids] } }, { orderBy: { createdAt: 'desc' } }),
      (d: DeclarationEntity) => d.enterpriseId,
    ),
  };
}
export type DeclarationLoaders = ReturnType<typeof createDeclarationLoaders>;
