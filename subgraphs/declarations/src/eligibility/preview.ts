import type { EntityManager } from '@mikro-orm/postgresql';
import type { Tier } from '../declaration/declaration.entity';
import type { DeclarationData, PlatformFacts } from '../rules/declaration-data';
import { formOf, metricsRead } from '../form/form';
import { PLATFORM_SUPPLIED } from '../rules/rule-set';
import type { Evaluation } from '../rules/evaluate';
import { FormSectionType } from '../form/form.type';
import { evaluate } from '../rules/evaluate';
import { PROVINCIAL_FEATURE_INDICATORS, RULE_VERSIONS, type RuleVersion } from '../rules/rulesets';
import { DeclarationEligibility, type RuleVersionEnum } from './eligibility.type';
import { platformFacts } from './platform-facts';

/** A declaration's data judged under a rule version, with what the platform knows of the enterprise. */
export async function previewDeclaration(em: EntityManager, enterpriseId: string, tier: Tier, version: RuleVersionEnum | RuleVersion, data: DeclarationData, known: Partial<PlatformFacts> = {}): Promise<DeclarationEligibility> {
  const ruleSet = RULE_VERSIONS[version as RuleVersion][tier];
  const facts = { ...(await platformFacts(em, enterpriseId)), ...known };
  const provincial = PROVINCIAL_FEATURE_INDICATORS[facts.provinceCode] ?? [];
  const result = evaluate(ruleSet, data, facts, provincial);
  const read = metricsRead(ruleSet);
  return Object.assign(new DeclarationEligibility(), {
    ruleVersion: version,
    ruleSet: { id: ruleSet.id, name: ruleSet.name, source: ruleSet.source },
    eligible: result.eligible,
    conditions: result.conditions.map(conditionResult),
    score: scoreResult(result.score),
    // The computed fields this tier's rules and form read, not every metric the platform knows.
    computedFields: result.metrics.filter((m) => read.has(m.key)),
    facts,
    form: formOf(ruleSet, facts.year, provincial).map(FormSectionType.from),
    problems: [],
  });
}

/** A judged condition as the API shows it: with whether it waits for a figure the platform supplies. */
export const conditionResult = (c: Evaluation['conditions'][number]) => ({ ...c, awaitsPlatform: c.status === 'UNKNOWN' && PLATFORM_SUPPLIED.has(c.key) });

/** A judged score as the API shows it (its direct conditions as conditionResult). */
export const scoreResult = (score: Evaluation['score']) => (score ? { ...score, directPass: score.directPass.map(conditionResult) } : null);
