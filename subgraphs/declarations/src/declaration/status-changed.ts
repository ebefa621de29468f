import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '@zjtx/subgraph-kit';
import type { PubSub } from 'type-graphql';
import type { DeclarationEntity } from './declaration.entity';

/** Subscription topic of declarationStatusChanged; the payload names the declaration and its enterprise only. */
export const DECLARATION_STATUS_CHANGED = 'DECLARATION_STATUS_CHANGED';
export interface StatusChanged {
  declarationId: string;
  enterpriseId: string;
}

/** Tells open pages (through every instance's pub/sub) that a declaration's status changed; call after commit. */
export function announceStatusChange(pubSub: PubSub, declaration: DeclarationEntity): void {
  const event: StatusChanged = { declarationId: declaration.id, enterpriseId: declaration.enterpriseId };
  pubSub.publish(DECLARATION_STATUS_CHANGED, event);
}

/**
 * Records `declarations.status-changed` for the declaration as it stands now (in the caller's
 * unit of work, with the change): notifications turns it into a message. Offices' decisions add
 * the action, the deciding level and why.
 */
export function recordStatusChange(
  em: EntityManager,
  declaration: DeclarationEntity,
  at: Date,
  decision: { action: string; actingLevel?: string | null; reason?: string | null } | null = null,
): void {
  recordEvent(em, 'declarations.status-changed', {
    declarationId: declaration.id,
    enterpriseId: declaration.enterpriseId,
    tier: declaration.tier,
    status: declaration.status,
    level: declaration.currentLevel ?? null,
    versionNumber: declaration.submittedVersions,
    at: at.toISOString(),
    ...(decision ? { ...decision, publicityEndsOn: declaration.publicityEndsOn ?? null } : {}),
  });
}
