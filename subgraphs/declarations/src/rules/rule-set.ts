import type { MetricKey } from './metrics';

/**
 * A rule set is data: the conditions a tier requires under one measure, and, where the measure
 * scores, its indicator tables. Paths name inputs of DeclarationData ("ip.class1"); metrics name
 * computed fields; facts name what the platform knows (recognitions held, size class).
 */
export type Fact = 'holdsInnovative' | 'holdsSrdi' | 'isSme';

export type Test =
  | { metric: MetricKey; atLeast: number }
  | { metric: MetricKey; atMost: number }
  | { metric: MetricKey; below: number }
  | { flag: string }
  | { choiceIn: { path: string; values: string[] } }
  | { fact: Fact }
  | { all: Test[] }
  | { any: Test[] };

export interface Condition {
  key: string;
  text: string;
  test: Test;
}

/** Band tables read top down; a value on an edge is in the higher band (RULES.md §1.3: 3% → 15, 55% debt → 10). */
export type Indicator =
  | { key: string; category: string; name: string; max: number; kind: 'atLeast'; metric: MetricKey; bands: [number, number][]; otherwise: number }
  | { key: string; category: string; name: string; max: number; kind: 'atMost'; metric: MetricKey; bands: [number, number][]; otherwise: number }
  | { key: string; category: string; name: string; max: number; kind: 'choice'; path: string; points: Record<string, number> }
  | { key: string; category: string; name: string; max: number; kind: 'firstHeld'; tiers: [string, number][]; otherwise: number }
  | { key: string; category: string; name: string; max: number; kind: 'countFlags'; paths: string[]; pointsEach: number }
  | { key: string; category: string; name: string; max: number; kind: 'perYears'; metric: MetricKey; yearsPerPoint: number }
  | { key: string; category: string; name: string; max: number; kind: 'higherOf'; of: Indicator[] }
  | { key: string; category: string; name: string; max: number; kind: 'provincial' };

export interface Category {
  key: string;
  name: string;
  max: number;
  /** Points the category needs on its own (创新型: 创新能力 ≥ 20 …). */
  minPoints?: number;
}

export interface Scoring {
  categories: Category[];
  indicators: Indicator[];
  passScore: number;
  /** Any one of these passes without the score. */
  directPass: Condition[];
  /** How the score requirement reads in the list of conditions. */
  conditionText: string;
}

export interface RuleSet {
  id: string;
  tier: 'INNOVATIVE' | 'SRDI' | 'LITTLE_GIANT';
  name: string;
  /** The measure and its annex, e.g. 工信部企业〔2022〕63号 附件2. */
  source: string;
  conditions: Condition[];
  scoring?: Scoring;
}

/** A province's 特色化 indicators (63号 SRDI indicator 9), each scored from a band table on a named input. */
export interface ProvincialIndicator {
  key: string;
  name: string;
  max: number;
  /** A numeric input under DeclarationData `provincial.<key>`, banded top down. */
  bands: [number, number][];
  otherwise: number;
}

/**
 * Conditions and indicators whose input the platform supplies after submission (the
 * 专精特新发展评价得分, the province's 特色化 indicators): while unknown they do not keep a form
 * from being submitted, and the preview says they wait for the platform, not for the enterprise.
 */
export const PLATFORM_SUPPLIED = new Set(['development', 'provincial']);
