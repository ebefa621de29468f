import type { DeclarationData, PlatformFacts } from '../rules/declaration-data';

/** The five first-level indicators of 工信厅企业〔2024〕75号 (RULES.md §3). */
export type DevelopmentCategory = '专业化' | '精细化' | '特色化' | '创新能力' | '成长性';

export const DEVELOPMENT_CATEGORIES: readonly DevelopmentCategory[] = ['专业化', '精细化', '特色化', '创新能力', '成长性'];

/**
 * COMPUTED: scored from the declaration and the platform's facts.
 * MISSING_INPUT: computable, but the declaration lacks an input (counts 0 points against its max).
 * NOT_COMPUTABLE: an official third-level indicator that needs data the platform does not have
 * (industry averages and benchmarks, 细分行业营业收入排名, 发明专利集中度 …); left out of the score.
 */
export type DevelopmentIndicatorStatus = 'COMPUTED' | 'MISSING_INPUT' | 'NOT_COMPUTABLE';

export interface DevelopmentIndicatorResult {
  key: string;
  category: DevelopmentCategory;
  name: string;
  /** The indicator's (provisional) maximum; 0 for NOT_COMPUTABLE, which carries no points. */
  max: number;
  /** Null unless COMPUTED. */
  points: number | null;
  status: DevelopmentIndicatorStatus;
  /** For users: what was read and how it scored, what to fill in, or why it cannot be scored. */
  note: string;
}

export interface DevelopmentScoreResult {
  /** 0–100 with 2 decimals; null when too little is computable. */
  score: number | null;
  indicators: DevelopmentIndicatorResult[];
}

/**
 * A way to compute the 专精特新发展评价得分. The official formula is not public, so the scorer is
 * pluggable: the registry in index.ts names the active one, and a stored score should keep the
 * id of the scorer that produced it.
 */
export interface DevelopmentScorer {
  id: string;
  name: string;
  /** shown to users: e.g. 暂行评分，官方公式未公开 */
  notice: string;
  score(data: DeclarationData, facts: PlatformFacts): DevelopmentScoreResult;
}
