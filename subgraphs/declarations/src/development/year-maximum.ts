import { beijingToday } from '@zjtx/domain';

/**
 * The year rule of the 专精特新发展评价得分 (DOMAIN.md §4, enterprise manual seed 002): the score of
 * the year's first submission is the year's maximum; after a return and edit the score follows
 * the new data but never exceeds that maximum.
 *
 * `yearMaximum` is the maximum stored for the submission's year (scoreYear), null when none is set
 * yet; a new year therefore starts from null. A submission whose data yields no score sets
 * nothing and shows nothing: the maximum is set by the first submission that has a score.
 */
export function cappedScore(computed: number | null, yearMaximum: number | null): { score: number | null; yearMaximum: number | null } {
  if (computed === null) return { score: null, yearMaximum };
  if (yearMaximum === null) return { score: computed, yearMaximum: computed };
  return { score: Math.min(computed, yearMaximum), yearMaximum };
}

/** The calendar year in Beijing (UTC+8) of a submission: 2025-12-31T16:30Z is already 2026. */
export function scoreYear(submittedAt: Date): number {
  return Number(beijingToday(submittedAt).slice(0, 4));
}
