import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@zjtx/subgraph-kit';
import type { DeclarationEntity, ReviewLevel } from '../declaration/declaration.entity';
import { DeclarationHistoryEntity, type DeclarationAction } from './history.entity';

/**
 * Adds a step to a declaration's timeline in the caller's unit of work, so the step and the
 * change it records are written together or not at all. The status is the declaration's after
 * the step; the level is the deciding office's for decisions, else the level holding it after.
 */
export function recordHistory(
  em: EntityManager,
  declaration: DeclarationEntity,
  step: { action: DeclarationAction; caller: Caller; at: Date; level?: ReviewLevel | null; reason?: string | null; versionNumber?: number | null; details?: Record<string, unknown> | null },
): void {
  const account = step.caller.kind === 'account' ? step.caller : null;
  em.persist(
    em.create(DeclarationHistoryEntity, {
      declarationId: declaration.id,
      at: step.at,
      action: step.action,
      status: declaration.status,
      level: step.level !== undefined ? step.level : (declaration.currentLevel ?? null),
      actorId: account?.accountId ?? null,
      actorName: account?.office?.name ?? null,
      reason: step.reason ?? null,
      versionNumber: step.versionNumber ?? null,
      details: step.details ?? null,
    }),
  );
}
