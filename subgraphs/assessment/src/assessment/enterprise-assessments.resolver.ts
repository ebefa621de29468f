import { assessmentCategoryOfIndustry } from '@zjtx/domain';
import { canReadEnterprise, Connection, EnterpriseReference, pageWindow, toConnection, type SubgraphContext } from '@zjtx/subgraph-kit';
import { Arg, Ctx, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { AssessmentStatus, QuestionnaireCategory } from './assessment.entity';
import type { AssessmentLoaders } from './assessment.loaders';
import { Assessment } from './assessment.type';

type Context = SubgraphContext<AssessmentLoaders>;

@ObjectType({ description: 'Attempts at the digital-level assessment, newest first.' })
class AssessmentConnection extends Connection(Assessment, 'Assessment') {}

/** Adds the assessment results to `Enterprise`. */
@Resolver(() => EnterpriseReference)
export class EnterpriseAssessmentsResolver {
  @FieldResolver(() => QuestionnaireCategory, { nullable: true, description: 'Which questionnaire its industry matches; null until the profile has an industry.' })
  async assessmentCategory(@Root() enterprise: EnterpriseReference, @Ctx() ctx: Context): Promise<QuestionnaireCategory | null> {
    const entry = await ctx.loaders.directoryEntry.load(enterprise.id);
    if (!entry || !canReadEnterprise(ctx.caller, { id: enterprise.id, regionCode: entry.regionCode })) return null;
    return (assessmentCategoryOfIndustry(entry.industryCode) as QuestionnaireCategory | null) ?? null;
  }

  @FieldResolver(() => Assessment, { nullable: true, description: "The latest complete attempt: the enterprise's current digital level." })
  async latestAssessment(@Root() enterprise: EnterpriseReference, @Ctx() ctx: Context): Promise<Assessment | null> {
    const attempts = await this.readableAttempts(enterprise, ctx);
    const latest = attempts
      .filter((a) => a.status === AssessmentStatus.COMPLETE && a.completedAt)
      .sort((a, b) => b.completedAt!.getTime() - a.completedAt!.getTime())[0];
    return latest ? Assessment.from(latest) : null;
  }

  @FieldResolver(() => Assessment, { nullable: true, description: 'The attempt in progress, to resume; null when none is.' })
  async currentAssessment(@Root() enterprise: EnterpriseReference, @Ctx() ctx: Context): Promise<Assessment | null> {
    const open = (await this.readableAttempts(enterprise, ctx)).find((a) => a.status === AssessmentStatus.IN_PROGRESS);
    return open ? Assessment.from(open) : null;
  }

  @FieldResolver(() => AssessmentConnection, { description: 'Every attempt (complete, in progress, abandoned), newest first.' })
  async assessments(
    @Root() enterprise: EnterpriseReference,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AssessmentConnection> {
    const window = pageWindow({ first, after });
    const attempts = await this.readableAttempts(enterprise, ctx);
    return toConnection(attempts.slice(window.offset, window.offset + window.limit).map(Assessment.from), attempts.length, window);
  }

  /** The enterprise's attempts, newest first, or none when the caller may not read them. */
  private async readableAttempts(enterprise: EnterpriseReference, ctx: Context) {
    if (!canReadEnterprise(ctx.caller, await ctx.loaders.enterpriseScope.load(enterprise.id))) return [];
    return ctx.loaders.assessmentsByEnterprise.load(enterprise.id);
  }
}
