import { canReadEnterprise, EnterpriseReference, type SubgraphContext } from '@zjtx/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AssessmentStatus } from './assessment.entity';
import type { AssessmentLoaders } from './assessment.loaders';
import { Assessment } from './assessment.type';

type Context = SubgraphContext<AssessmentLoaders>;

/** Adds the assessment results to `Enterprise`. */
@Resolver(() => EnterpriseReference)
export class EnterpriseAssessmentsResolver {
  @FieldResolver(() => Assessment, { nullable: true, description: 'The latest complete attempt: the enterprise\'s current digital level.' })
  async latestAssessment(@Root() enterprise: EnterpriseReference, @Ctx() ctx: Context): Promise<Assessment | null> {
    if (!canReadEnterprise(ctx.caller, await ctx.loaders.enterpriseScope.load(enterprise.id))) return null;
    const attempts = await ctx.loaders.assessmentsByEnterprise.load(enterprise.id);
    const latest = attempts
      .filter((a) => a.status === AssessmentStatus.COMPLETE && a.completedAt)
      .sort((a, b) => b.completedAt!.getTime() - a.completedAt!.getTime())[0];
    return latest ? Assessment.from(latest) : null;
  }

  @FieldResolver(() => [Assessment], { description: 'Every attempt, newest first.' })
  async assessments(@Root() enterprise: EnterpriseReference, @Ctx() ctx: Context): Promise<Assessment[]> {
    if (!canReadEnterprise(ctx.caller, await ctx.loaders.enterpriseScope.load(enterprise.id))) return [];
    return (await ctx.loaders.assessmentsByEnterprise.load(enterprise.id)).map(Assessment.from);
  }
}
