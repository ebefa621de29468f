import type { EntityManager } from '@mikro-orm/postgresql';
import { beijingToday } from '@zjtx/domain';
import { EnterpriseDirectoryEntity } from '@zjtx/subgraph-kit';
import { EnterpriseDigitalLevelEntity } from '../digital-level/digital-level.entity';
import { RecognitionEntity } from '../recognition/recognition.entity';
import { statusOf } from '../recognition/recognition.service';
import type { PlatformFacts } from '../rules/declaration-data';

/**
 * What the platform fills into a declaration itself, read-only: the digital level of the latest
 * complete assessment, the recognitions held today, the size class and the province, from this
 * subgraph's projections. The development score waits for the platform's scorer (review issue).
 */
export async function platformFacts(em: EntityManager, enterpriseId: string, now = new Date()): Promise<PlatformFacts> {
  const today = beijingToday(now);
  const [directory, digital, recognitions] = await Promise.all([
    em.findOne(EnterpriseDirectoryEntity, { enterpriseId }),
    em.findOne(EnterpriseDigitalLevelEntity, { enterpriseId }),
    em.find(RecognitionEntity, { enterpriseId }),
  ]);
  const held = recognitions.filter((r) => statusOf(r, today) === 'VALID').map((r) => r.tier as string);
  return {
    year: Number(today.slice(0, 4)),
    digitalLevel: digital?.level ?? null,
    holdsInnovative: held.includes('INNOVATIVE'),
    holdsSrdi: held.includes('SRDI'),
    developmentScore: null,
    provinceCode: directory ? `${directory.regionCode.slice(0, 2)}0000` : '000000',
    isSme: directory?.sizeClass ? directory.sizeClass !== 'LARGE' : null,
  };
}
