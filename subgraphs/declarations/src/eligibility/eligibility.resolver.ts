import { beijingToday } from '@zjtx/domain';
import { canReadEnterprise, Role, type SubgraphContext } from '@zjtx/subgraph-kit';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import { Tier } from '../declaration/declaration.entity';
import type { DeclarationLoaders } from '../declaration/declaration.loaders';
import { parseDeclarationData } from '../rules/data-problems';
import { ruleVersionOn } from '../rules/rulesets';
import { DeclarationEligibility, RuleVersionEnum } from './eligibility.type';
import { previewDeclaration } from './preview';

type Context = SubgraphContext<DeclarationLoaders>;

@InputType()
class DeclarationEligibilityInput {
  @Field(() => ID) enterpriseId!: string;
  @Field(() => Tier) tier!: Tier;
  @Field(() => RuleVersionEnum, { nullable: true, description: "The batch's measures; by default those in force today for new applications." }) ruleVersion?: RuleVersionEnum | null;
  @Field(() => GraphQLJSONObject, { description: 'The form as filled in so far (see the partner guide for its fields); anything may still be missing.' }) data!: Record<string, unknown>;
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
    // A wrong field is reported and left out; the rest still previews.
    const { data, problems } = parseDeclarationData(input.data);
    const version = input.ruleVersion ?? (ruleVersionOn(beijingToday()) as RuleVersionEnum);
    const preview = await previewDeclaration(ctx.em, input.enterpriseId, input.tier, version, data);
    preview.problems = problems;
    return preview;
  }
}
