import { DOCUMENTED_INDICATORS_SCORER } from './documented-indicators-scorer';
import type { DevelopmentScorer } from './scorer';

export type { DevelopmentCategory, DevelopmentIndicatorResult, DevelopmentIndicatorStatus, DevelopmentScorer, DevelopmentScoreResult } from './scorer';
export { DEVELOPMENT_CATEGORIES } from './scorer';
export { DOCUMENTED_INDICATORS, DOCUMENTED_INDICATORS_SCORER, scaledScore, type DocumentedIndicator } from './documented-indicators-scorer';
export { cappedScore, scoreYear } from './year-maximum';

/** Every scorer a stored score may name, by id (a stored score keeps the id of its scorer). */
export const DEVELOPMENT_SCORERS: Readonly<Record<string, DevelopmentScorer>> = {
  [DOCUMENTED_INDICATORS_SCORER.id]: DOCUMENTED_INDICATORS_SCORER,
};

/** The scorer new scores are computed with. Replacing it (e.g. with the official 75号 formula) is this one line. */
const ACTIVE: DevelopmentScorer = DOCUMENTED_INDICATORS_SCORER;

export function activeDevelopmentScorer(): DevelopmentScorer {
  return ACTIVE;
}

/** The scorer with this id, or null when it is not (or no longer) registered. */
export function developmentScorer(id: string): DevelopmentScorer | null {
  return Object.hasOwn(DEVELOPMENT_SCORERS, id) ? DEVELOPMENT_SCORERS[id] : null;
}
