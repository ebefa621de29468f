import { jurisdictionCovers } from '@zjtx/domain';
import { Role, type Caller } from '@zjtx/subgraph-kit';
import { ReviewLevel, Tier, type DeclarationEntity } from '../declaration/declaration.entity';
import { reviewRoute } from '../declaration/submit.service';

/** An office account acting as a reviewer: its level in the chain and its jurisdiction. */
export interface Reviewer {
  accountId: string;
  level: ReviewLevel;
  regionCode: string;
  name: string | null;
}

export const LEVEL_ORDER: readonly ReviewLevel[] = [ReviewLevel.COUNTY, ReviewLevel.CITY, ReviewLevel.PROVINCE, ReviewLevel.MINISTRY];
export const levelIndex = (level: ReviewLevel): number => LEVEL_ORDER.indexOf(level);

export function reviewerOf(caller: Caller): Reviewer | null {
  if (caller.kind !== 'account' || !caller.office || !caller.roles.includes(Role.OFFICE)) return null;
  const level = LEVEL_ORDER.find((known) => known === caller.office!.level);
  return level ? { accountId: caller.accountId, level, regionCode: caller.office.regionCode, name: caller.office.name ?? null } : null;
}

/** Whether the enterprise (registered at `regionCode`) lies in the reviewer's jurisdiction. */
export const covers = (reviewer: Reviewer, regionCode: string | null): boolean => regionCode !== null && jurisdictionCovers({ level: reviewer.level, regionCode: reviewer.regionCode }, regionCode);

/** The last level of a tier's chain: the province recognises 创新型 and 专精特新, the ministry 小巨人. */
export const finalLevel = (tier: Tier): ReviewLevel => reviewRoute(tier).at(-1)!;

/** The level after `level` in the tier's chain, or null at the last. */
export function nextLevel(tier: Tier, level: ReviewLevel): ReviewLevel | null {
  const route = reviewRoute(tier);
  return route[route.indexOf(level) + 1] ?? null;
}

/**
 * Whether the declaration has reached the reviewer's level (an office sees what came up to it,
 * not what is still below); the province also sees 小巨人 declarations below it, which it may return.
 */
export function reachedReviewer(declaration: DeclarationEntity, reviewer: Reviewer): boolean {
  if (declaration.highestLevel === null || declaration.highestLevel === undefined) return false;
  return declaration.highestLevel >= levelIndex(reviewer.level) || (declaration.tier === Tier.LITTLE_GIANT && reviewer.level === ReviewLevel.PROVINCE);
}

/** What the reviewer may do with the declaration now (it must be in their jurisdiction already). */
export function allowedDecisions(reviewer: Reviewer, declaration: DeclarationEntity): { approve: boolean; reject: boolean; return: boolean } {
  const underReview = declaration.status === 'SUBMITTED';
  const atLevel = underReview && declaration.currentLevel === reviewer.level;
  // 小巨人: the province, which recommends to the ministry, may send it back at any level.
  const provinceOverLittleGiant = underReview && declaration.tier === Tier.LITTLE_GIANT && reviewer.level === ReviewLevel.PROVINCE;
  return { approve: atLevel, reject: atLevel, return: atLevel || provinceOverLittleGiant };
}
