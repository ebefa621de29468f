import { beijingToday } from '@zjtx/domain';
import { canReadEnterprise, Role, userError, type SubgraphContext, type UserError } from '@zjtx/subgraph-kit';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import { Tier } from '../declaration/declaration.entity';
import type { DeclarationLoaders } from '../declaration/declaration.loaders';
import type { DeclarationData } from '../rules/declaration-data';
import { declarationDataSchema } from '../rules/declaration-data.schema';
import { evaluate } from '../rules/evaluate';
import { PROVINCIAL_FEATURE_INDICATORS, RULE_VERSIONS, ruleVersionOn } from '../rules/rulesets';
import { DeclarationEligibility, RuleVersionEnum } from './eligibility.type';
import { platformFacts } from './platform-facts';

type Context = SubgraphContext<DeclarationLoaders>;

@InputType()
class DeclarationEligibilityInput {
  @Field(() => ID) enterpriseId!: string;
  @Field(() => Tier) tier!: Tier;
  @Field(() => RuleVersionEnum, { nullable: true, description: "The batch's measures; by default those in force today for new applications." }) ruleVersion?: RuleVersionEnum | null;
  @Field(() => GraphQLJSONObject, { description: 'The form as filled in so far (see the partner guide for its fields); anything may still be missing.' }) data!: Record<string, unknown>;
}

/** Zod's issues as user errors with paths under input.data. */
function problemsOf(issues: { path: PropertyKey[]; message: string }[]): UserError[] {
  return issues.map((issue) =>
    userError('INVALID_FIELD', { zh: `“${issue.path.join('.')}”填写有误：${issue.message}`, en: `${issue.path.join('.')}: ${issue.message}` }, ['input', 'data', ...issue.path.map(String)]),
  );
}

@Resolver()
export class EligibilityResolver {
  @Authorized(Role.ENTERPRISE, Role.OFFICE, Role.ADMIN)
  @Query(() => DeclarationEligibility, {
    nullable: true,
    description: 'Live preview while filling in: the tier\'s conditions, the score and the computed fields, on the server. Null for an enterprise the caller may not read.',
  })
  async declarationEligibility(@Arg('input', () => DeclarationEligibilityInput) input: DeclarationEligibilityInput, @Ctx() ctx: Context): Promise<DeclarationEligibility | null> {
    if (!canReadEnterprise(ctx.caller, await ctx.loaders.enterpriseScope.load(input.enterpriseId))) return null;
    const parsed = declarationDataSchema.safeParse(input.data);
    // A wrong field is reported and left out; the rest still previews.
    const data: DeclarationData = parsed.success ? parsed.data : (declarationDataSchema.safeParse(withoutInvalid(input.data, parsed.error.issues)).data ?? {});
    const version = input.ruleVersion ?? (ruleVersionOn(beijingToday()) as RuleVersionEnum);
    const ruleSet = RULE_VERSIONS[version][input.tier];
    const facts = await platformFacts(ctx.em, input.enterpriseId);
    const result = evaluate(ruleSet, data, facts, PROVINCIAL_FEATURE_INDICATORS[facts.provinceCode] ?? []);
    return Object.assign(new DeclarationEligibility(), {
      ruleVersion: version,
      ruleSet: { id: ruleSet.id, name: ruleSet.name, source: ruleSet.source },
      eligible: result.eligible,
      conditions: result.conditions,
      score: result.score,
      computedFields: result.metrics,
      facts,
      problems: parsed.success ? [] : problemsOf(parsed.error.issues),
    });
  }
}

/** The data without the fields zod refused (one level of nesting below the year or group is enough for this form). */
function withoutInvalid(data: Record<string, unknown>, issues: { path: PropertyKey[] }[]): Record<string, unknown> {
  const copy = structuredClone(data);
  for (const { path } of issues) {
    let at: Record<string, unknown> | undefined = copy;
    for (const key of path.slice(0, -1)) at = at?.[String(key)] as Record<string, unknown> | undefined;
    const last = path.at(-1);
    if (at && last !== undefined) delete at[String(last)];
    else if (path.length === 0) return {};
  }
  return copy;
}
