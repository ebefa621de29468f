import type { PubSub } from 'type-graphql';
import type { EvidenceEntity } from './evidence.entity';

/** Subscription topic of evidenceScanned: the file's row as the scan left it, and whose it is. */
export const EVIDENCE_SCANNED = 'DECLARATIONS_EVIDENCE_SCANNED';
export interface EvidenceScanned {
  enterpriseId: string;
  /** The row as committed (plain data: it crosses instances through Redis when configured). */
  evidence: EvidenceEntity;
}

/** Tells the enterprise's open pages that a file's scan finished (CLEAN, INFECTED); call after commit. */
export function announceEvidenceScanned(pubSub: PubSub, enterpriseId: string, evidence: EvidenceEntity): void {
  const event: EvidenceScanned = { enterpriseId, evidence: { ...evidence } };
  pubSub.publish(EVIDENCE_SCANNED, event);
}
