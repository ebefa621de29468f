import { consume } from '@zjtx/subgraph-kit';
import { declarationsConfig } from '../config';
import { DeclarationEntity } from '../declaration/declaration.entity';
import { announceEvidenceScanned } from './evidence-scanned';
import { EvidenceEntity, ScanStatus } from './evidence.entity';

/**
 * Scans an attached evidence file and records the verdict. A scanner that cannot answer
 * throws, and the event is retried (the file stays PENDING, unusable, meanwhile). A file
 * removed before its scan needs none.
 */
export const evidenceScanConsumer = consume('declarations.evidence-attached', async (payload, { em, pubSub, afterCommit }) => {
  const evidence = await em.findOne(EvidenceEntity, { id: payload.evidenceId });
  if (!evidence || evidence.scanStatus !== ScanStatus.PENDING) return;
  const { scanner, files } = declarationsConfig();
  if (!scanner) {
    // The scanner was configured when it was attached and is not now: say so rather than guess.
    evidence.scanStatus = ScanStatus.NOT_SCANNED;
  } else {
    const verdict = await scanner.scan(await files.store.open(evidence.fileId));
    evidence.scanStatus = verdict.status === 'CLEAN' ? ScanStatus.CLEAN : ScanStatus.INFECTED;
    evidence.scanSignature = verdict.status === 'INFECTED' ? verdict.signature.slice(0, 200) : null;
  }
  evidence.scannedAt = new Date();
  await em.flush();
  // The enterprise's open form shows the verdict without a reload.
  const declaration = await em.findOne(DeclarationEntity, { id: evidence.declarationId }, { fields: ['enterpriseId'] });
  if (declaration) afterCommit(() => announceEvidenceScanned(pubSub, declaration.enterpriseId, evidence));
});
