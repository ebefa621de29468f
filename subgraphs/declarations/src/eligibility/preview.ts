import type { EntityManager } from '@mikro-orm/postgresql';
import type { Tier } from '../declaration/declaration.entity';
import type { DeclarationData } from '../rules/declaration-data';
import { evaluate } from '../rules/evaluate';
import { PROVINCIAL_FEATURE_INDICATORS, RULE_VERSIONS, type RuleVersion } from '../rules/rulesets';
import { DeclarationEligibility, type RuleVersionEnum } from './eligibility.type';
import { platformFacts } from './platform-facts';

/** A declaration's data judged under a rule version, with what the platform knows of the enterprise. */
export async function previewDeclaration(em: EntityManager, enterpriseId: string, tier: Tier, version: RuleVersionEnum | RuleVersion, data: DeclarationData): Promise<DeclarationEligibility> {
  const ruleSet = RULE_VERSIONS[version as RuleVersion][tier];
  const facts = await platformFacts(em, enterpriseId);
  const result = evaluate(ruleSet, data, facts, PROVINCIAL_FEATURE_INDICATORS[facts.provinceCode] ?? []);
  return Object.assign(new DeclarationEligibility(), {
    ruleVersion: version,
    ruleSet: { id: ruleSet.id, name: ruleSet.name, source: ruleSet.source },
    eligible: result.eligible,
    conditions: result.conditions,
    score: result.score,
    computedFields: result.metrics,
    facts,
    problems: [],
  });
}
