import type { EntityManager } from '@mikro-orm/postgresql';
import { Tier, type DeclarationEntity } from '../declaration/declaration.entity';
import type { PlatformFacts } from '../rules/declaration-data';
import type { DevelopmentIndicatorResult } from './scorer';
import { cappedScore, scoreYear } from './year-maximum';
import { activeDevelopmentScorer } from './index';

/** The 专精特新发展评价得分 of a submitted version, as stored with it. */
export interface StoredDevelopmentScore {
  scorerId: string;
  /** What counts: the computed score, capped by the year's maximum. */
  score: number | null;
  /** What the scorer computed from this version's data. */
  computed: number | null;
  /** The enterprise's first score of the year, which no later version exceeds. */
  yearMaximum: number | null;
  year: number;
  indicators: DevelopmentIndicatorResult[];
}

/** Tiers whose measures gate on the development score (专精特新 and 小巨人). */
export const isScoredTier = (tier: Tier) => tier !== Tier.INNOVATIVE;

/** The enterprise's first score of `year`, read under a row lock when about to record one. */
async function yearMaximum(em: EntityManager, enterpriseId: string, year: number, lock: boolean): Promise<number | null> {
  const [row] = await em.execute<{ maximum: string }[]>(`select "maximum" from "declarations"."development_score_year" where "enterprise_id" = ? and "year" = ?${lock ? ' for update' : ''}`, [enterpriseId, year]);
  return row ? Number(row.maximum) : null;
}

function stored(scorerId: string, result: { score: number | null; indicators: DevelopmentIndicatorResult[] }, year: number, maximum: number | null): StoredDevelopmentScore {
  const capped = cappedScore(result.score, maximum);
  return { scorerId, score: capped.score, computed: result.score, yearMaximum: maximum === null ? null : capped.yearMaximum, year, indicators: result.indicators };
}

/** A draft's score as it would stand if submitted now (the year's maximum applied, nothing recorded). */
export async function scoreDraft(em: EntityManager, declaration: DeclarationEntity, facts: PlatformFacts, now: Date): Promise<StoredDevelopmentScore> {
  const scorer = activeDevelopmentScorer();
  const year = scoreYear(now);
  return stored(scorer.id, scorer.score(declaration.data, facts), year, await yearMaximum(em, declaration.enterpriseId, year, false));
}

/**
 * Scores a version being submitted with the active scorer and applies the year rule: the first
 * score of the enterprise's year becomes that year's maximum (recorded here, once, under a row
 * lock); later versions follow their data but never exceed it.
 */
export async function scoreSubmission(em: EntityManager, declaration: DeclarationEntity, facts: PlatformFacts, now: Date): Promise<StoredDevelopmentScore | null> {
  if (!isScoredTier(declaration.tier)) return null;
  const scorer = activeDevelopmentScorer();
  const result = scorer.score(declaration.data, facts);
  const year = scoreYear(now);
  let maximum = await yearMaximum(em, declaration.enterpriseId, year, true);
  if (maximum === null && result.score !== null) {
    await em.execute('insert into "declarations"."development_score_year" ("enterprise_id", "year", "maximum", "declaration_id", "recorded_at") values (?, ?, ?, ?, ?) on conflict do nothing', [
      declaration.enterpriseId,
      year,
      result.score,
      declaration.id,
      now,
    ]);
    maximum = await yearMaximum(em, declaration.enterpriseId, year, true);
  }
  return stored(scorer.id, result, year, maximum);
}
