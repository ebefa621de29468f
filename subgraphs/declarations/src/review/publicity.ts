import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { beijingToday, plusDays } from '@zjtx/domain';
import { anonymous, scheduled } from '@zjtx/subgraph-kit';
import { DeclarationEntity, DeclarationStatus } from '../declaration/declaration.entity';
import { recordHistory } from '../history/history';
import { DeclarationAction } from '../history/history.entity';
import { announceStatusChange, recordStatusChange } from '../declaration/status-changed';
import { grantRecognition } from '../recognition/recognition.service';

/**
 * Recognises every declaration whose 公示 ended before `today` without being withdrawn: the
 * recognition (tier, batch, rule version, three years from the day after the 公示) is granted,
 * the declaration becomes 已认定, and the event tells notifications and the enterprise's open
 * pages. Rows are locked and skipped by a concurrent run, so each is recognised once.
 */
export async function recogniseAfterPublicity(em: EntityManager, today: string, now = new Date()): Promise<DeclarationEntity[]> {
  const due = await em.find(DeclarationEntity, { status: DeclarationStatus.APPROVED, publicityEndsOn: { $lt: today } }, { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, orderBy: { publicityEndsOn: 'asc' } });
  for (const declaration of due) {
    await grantRecognition(em, {
      enterpriseId: declaration.enterpriseId,
      tier: declaration.tier,
      validFrom: plusDays(declaration.publicityEndsOn!, 1),
      declarationId: declaration.id,
      windowId: declaration.windowId ?? null,
      ruleVersion: declaration.ruleVersion ?? null,
    });
    declaration.status = DeclarationStatus.RECOGNISED;
    recordHistory(em, declaration, { action: DeclarationAction.RECOGNISED, caller: anonymous, at: now, versionNumber: declaration.submittedVersions, details: { publicityEndsOn: declaration.publicityEndsOn } });
    recordStatusChange(em, declaration, now, { action: DeclarationAction.RECOGNISED });
  }
  await em.flush();
  return due;
}

/** Shortly after midnight Beijing time, the 公示 that ended yesterday become recognitions. */
export const publicityRecognitions = scheduled('publicity-recognitions', '5 0 * * *', async ({ em, now, log, pubSub, afterCommit }) => {
  const recognised = await recogniseAfterPublicity(em, beijingToday(now), now);
  log.info({ recognised: recognised.length }, 'declarations recognised after their 公示');
  afterCommit(() => recognised.forEach((d) => announceStatusChange(pubSub, d)));
});
