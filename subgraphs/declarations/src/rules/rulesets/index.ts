import type { ProvincialIndicator, RuleSet } from '../rule-set';
import { INNOVATIVE_2022 } from './innovative-2022';
import { LITTLE_GIANT_2022 } from './little-giant-2022';
import { LITTLE_GIANT_2026 } from './little-giant-2026';
import { SRDI_2022 } from './srdi-2022';
import { SRDI_2026 } from './srdi-2026';

/** The rule versions a batch can name (RULES.md §0). The 2026 measures keep the 63号 创新型 standard until the merged one is published. */
export const RULE_VERSIONS = {
  RULESET_2022_63: { INNOVATIVE: INNOVATIVE_2022, SRDI: SRDI_2022, LITTLE_GIANT: LITTLE_GIANT_2022 },
  RULESET_2026_2: { INNOVATIVE: INNOVATIVE_2022, SRDI: SRDI_2026, LITTLE_GIANT: LITTLE_GIANT_2026 },
} as const satisfies Record<string, Record<RuleSet['tier'], RuleSet>>;
export type RuleVersion = keyof typeof RULE_VERSIONS;

/** The version that applies to a new application on a date: the 2026 measures from 2026-04-01. */
export const ruleVersionOn = (date: string): RuleVersion => (date >= '2026-04-01' ? 'RULESET_2026_2' : 'RULESET_2022_63');

/** The rule version a declaration is judged under: its window's, or for records older than windows the one in force when it was created. */
export const ruleVersionOfDeclaration = (declaration: { ruleVersion?: string | null; createdAt: Date }): RuleVersion =>
  (declaration.ruleVersion as RuleVersion | null | undefined) ?? ruleVersionOn(declaration.createdAt.toISOString().slice(0, 10));

/**
 * Provincial 特色化 indicators of the 2022 SRDI standard, by province code. Each province sets
 * 1–3 of its own; none is configured until a province's notice is entered here, and until then
 * the 15 points are left to the province's reviewers (shown as pending, not as 0).
 */
export const PROVINCIAL_FEATURE_INDICATORS: Readonly<Record<string, readonly ProvincialIndicator[]>> = {};
