import type { DimensionScore, LevelCheck, SceneCount } from './score';

/** The breakdown kept with an attempt: stage 1's scores, then stage 2's counts and level checks. */
export interface StoredResult {
  dimensions: DimensionScore[];
  questions: Record<string, number>;
  sceneCounts?: SceneCount[];
  levelChecks?: LevelCheck[];
}
