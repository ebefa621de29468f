import { beijingToday } from '@zjtx/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '@zjtx/subgraph-kit';
import type { Tier } from '../declaration/declaration.entity';
import { RecognitionEntity } from './recognition.entity';
import { plusYears } from './validity';

/** A recognition is valid for three years from its date (RULES.md §1). */
const VALID_YEARS = 3;

export type RecognitionStatus = 'VALID' | 'EXPIRED' | 'REVOKED';

export const statusOf = (recognition: RecognitionEntity, today: string): RecognitionStatus =>
  recognition.revokedAt ? 'REVOKED' : recognition.validUntil < today ? 'EXPIRED' : 'VALID';

/**
 * Recognises an enterprise at a tier from `validFrom`, and tells profile how many recognitions
 * now hold (a recognised enterprise's profile is locked), in the same transaction.
 */
export function grantRecognition(em: EntityManager, input: { enterpriseId: string; tier: Tier; validFrom: string; declarationId?: string | null; windowId?: string | null; ruleVersion?: string | null }): Promise<RecognitionEntity> {
  return em.transactional(async (tx) => {
    const recognition = tx.create(RecognitionEntity, { ...input, validUntil: plusYears(input.validFrom, VALID_YEARS), createdAt: new Date() });
    tx.persist(recognition);
    await tx.flush();
    await recordRecognitionsChanged(tx, input.enterpriseId);
    await tx.flush();
    return recognition;
  });
}

/** The state-carrying event profile keeps: how many of the enterprise's recognitions are valid today. */
export async function recordRecognitionsChanged(em: EntityManager, enterpriseId: string, today = beijingToday()): Promise<void> {
  const all = await em.find(RecognitionEntity, { enterpriseId });
  recordEvent(em, 'declarations.recognitions-changed', {
    enterpriseId,
    activeRecognitions: all.filter((r) => statusOf(r, today) === 'VALID').length,
    recognitions: all.map((r) => ({ id: r.id, tier: r.tier, validFrom: r.validFrom, validUntil: r.validUntil, revoked: !!r.revokedAt })),
    changedAt: new Date().toISOString(),
  });
}
