import { enterpriseScopeLoader, groupedLoader, keyedLoader } from '@zjtx/subgraph-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RecognitionEntity } from '../recognition/recognition.entity';
import { DeclarationWindowEntity } from '../window/window.entity';
import { EvidenceEntity } from '../evidence/evidence.entity';
import { DeclarationHistoryEntity } from '../history/history.entity';
import { DeclarationEntity } from './declaration.entity';
import { DeclarationVersionEntity } from './declaration-version.entity';

export function createDeclarationLoaders(em: EntityManager) {
  return {
    /** Each enterprise's registered region, from the directory projection, for access checks. */
    enterpriseScope: enterpriseScopeLoader(em),
    recognitionsByEnterprise: groupedLoader(
      (ids: readonly string[]) => em.find(RecognitionEntity, { enterpriseId: { $in: [...ids] } }, { orderBy: { validFrom: 'desc' } }),
      (r: RecognitionEntity) => r.enterpriseId,
    ),
    /** Windows of a batch of declarations, in one query. */
    windowById: keyedLoader((ids: readonly string[]) => em.find(DeclarationWindowEntity, { id: { $in: [...ids] } }), (w: DeclarationWindowEntity) => w.id),
    declarationById: keyedLoader((ids: readonly string[]) => em.find(DeclarationEntity, { id: { $in: [...ids] } }), (d: DeclarationEntity) => d.id),
    declarationsByEnterprise: groupedLoader(
      (ids: readonly string[]) => em.find(DeclarationEntity, { enterpriseId: { $in: [...ids] } }, { orderBy: { createdAt: 'desc' } }),
      (d: DeclarationEntity) => d.enterpriseId,
    ),
    historyByDeclaration: groupedLoader(
      (ids: readonly string[]) => em.find(DeclarationHistoryEntity, { declarationId: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } }),
      (h: DeclarationHistoryEntity) => h.declarationId,
    ),
    evidenceByDeclaration: groupedLoader(
      (ids: readonly string[]) => em.find(EvidenceEntity, { declarationId: { $in: [...ids] } }, { orderBy: { attachedAt: 'asc', id: 'asc' } }),
      (e: EvidenceEntity) => e.declarationId,
    ),
    versionsByDeclaration: groupedLoader(
      (ids: readonly string[]) => em.find(DeclarationVersionEntity, { declarationId: { $in: [...ids] } }, { orderBy: { number: 'asc' } }),
      (v: DeclarationVersionEntity) => v.declarationId,
    ),
  };
}
export type DeclarationLoaders = ReturnType<typeof createDeclarationLoaders>;
