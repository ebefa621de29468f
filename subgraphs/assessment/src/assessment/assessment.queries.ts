import { ApiError, ErrorCode, Public, Role, Scope, canReadEnterprise, isUuid, pickText, scope, type SubgraphContext } from '@zjtx/subgraph-kit';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { CURRENT_QUESTIONNAIRE_VERSION, questionnaireOf } from '../questionnaire/questionnaire.catalogue';
import { AssessmentQuestionnaire } from '../questionnaire/questionnaire.type';
import { AssessmentEntity, QuestionnaireCategory } from './assessment.entity';
import type { AssessmentLoaders } from './assessment.loaders';
import { categoryOfEnterprise, INDUSTRY_REQUIRED_TEXT } from './assessment.service';
import { Assessment } from './assessment.type';

type Context = SubgraphContext<AssessmentLoaders>;

@Resolver()
export class AssessmentQueries {
  @Public()
  @Query(() => AssessmentQuestionnaire, {
    description:
      "A questionnaire. Without `category`, the one matched to the signed-in enterprise's industry (FAILED_PRECONDITION with reason INDUSTRY_REQUIRED when its profile has none yet); questionnaires themselves are public.",
  })
  async assessmentQuestionnaire(
    @Ctx() ctx: Context,
    @Arg('category', () => QuestionnaireCategory, { nullable: true }) category?: QuestionnaireCategory | null,
    @Arg('version', () => String, { nullable: true, description: `Defaults to the current version, ${CURRENT_QUESTIONNAIRE_VERSION}.` }) version?: string | null,
  ): Promise<AssessmentQuestionnaire> {
    let chosen = category ?? null;
    if (!chosen) {
      const enterpriseId = ctx.caller.kind === 'account' ? ctx.caller.enterpriseId : null;
      if (!enterpriseId) throw new ApiError(ErrorCode.BAD_USER_INPUT, 'Give `category`: only an enterprise account has a matched questionnaire.');
      chosen = await categoryOfEnterprise(ctx.em, enterpriseId);
      if (!chosen) throw new ApiError(ErrorCode.FAILED_PRECONDITION, pickText(INDUSTRY_REQUIRED_TEXT, ctx.locale), undefined, { reason: 'INDUSTRY_REQUIRED' });
    }
    try {
      return AssessmentQuestionnaire.from(questionnaireOf(version ?? CURRENT_QUESTIONNAIRE_VERSION, chosen));
    } catch {
      throw new ApiError(ErrorCode.BAD_USER_INPUT, `There is no ${version} questionnaire; the current version is ${CURRENT_QUESTIONNAIRE_VERSION}.`);
    }
  }

  @Authorized(Role.ENTERPRISE, Role.OFFICE, Role.ADMIN, scope(Scope.READ_ENTERPRISES))
  @Query(() => Assessment, { nullable: true, description: 'One attempt, to the enterprise itself, offices over its region, administrators and partners with enterprises:read; null otherwise.' })
  async assessment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Assessment | null> {
    const attempt = isUuid(id) ? await ctx.em.findOne(AssessmentEntity, { id }) : null;
    if (!attempt || !canReadEnterprise(ctx.caller, await ctx.loaders.enterpriseScope.load(attempt.enterpriseId))) return null;
    return Assessment.from(attempt);
  }
}
