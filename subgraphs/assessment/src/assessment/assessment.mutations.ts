import { Role, UserError, type SubgraphContext } from '@zjtx/subgraph-kit';
import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { AssessmentLoaders } from './assessment.loaders';
import { completeAssessmentStage, saveAssessmentAnswers, startAssessment, type AttemptResult } from './assessment.service';
import { Assessment } from './assessment.type';
import { AssessmentStage } from './stage';

type Context = SubgraphContext<AssessmentLoaders>;

@InputType()
class StartAssessmentInput {
  @Field(() => ID) enterpriseId!: string;
  @Field(() => Boolean, { defaultValue: false, description: 'Abandon the attempt in progress and start a new one (to change finished stage-1 answers).' }) restart!: boolean;
}

@ObjectType()
class StartAssessmentPayload {
  @Field(() => Assessment, { nullable: true }) assessment!: Assessment | null;
  @Field(() => Boolean, { description: 'True when the attempt already in progress was returned instead of a new one.' }) resumed!: boolean;
  @Field(() => [UserError], { description: 'NOT_FOUND; INDUSTRY_REQUIRED when the profile has no industry yet.' }) userErrors!: UserError[];
}

@InputType()
class AssessmentInputValueInput {
  @Field(() => String) key!: string;
  @Field(() => Float, { nullable: true, description: 'null clears the figure.' }) value?: number | null;
}

@InputType({ description: 'A change to one stage-1 answer; what is left out stays as saved.' })
class AssessmentAnswerInput {
  @Field(() => String) questionKey!: string;
  @Field(() => [String], { nullable: true, description: 'The whole choice ([] clears it); omitted keeps the saved one.' }) optionKeys?: string[] | null;
  @Field(() => [AssessmentInputValueInput], { nullable: true, description: 'Figures to set or clear; others stay.' }) inputs?: AssessmentInputValueInput[] | null;
}

@InputType()
class AssessmentSceneLevelInput {
  @Field(() => String) sceneKey!: string;
  @Field(() => Int, { nullable: true, description: '1–4; null clears it.' }) level?: number | null;
}

@InputType()
class SaveAssessmentAnswersInput {
  @Field(() => ID) assessmentId!: string;
  @Field(() => [AssessmentAnswerInput], { nullable: true, description: 'Stage 1 only, until it is finished.' }) answers?: AssessmentAnswerInput[] | null;
  @Field(() => [AssessmentSceneLevelInput], { nullable: true, description: 'Stage 2 only, once stage 1 is finished.' }) sceneLevels?: AssessmentSceneLevelInput[] | null;
  @Field(() => String, { nullable: true, description: "The form's own marker of where the user is (≤ 100 characters), returned as `position`." }) position?: string | null;
}

@InputType()
class CompleteAssessmentStageInput {
  @Field(() => ID) assessmentId!: string;
  @Field(() => AssessmentStage, { description: 'QUESTIONS (stage 1) or SCENES (stage 2).' }) stage!: AssessmentStage;
}

@ObjectType()
class AssessmentPayload {
  @Field(() => Assessment, { nullable: true }) assessment!: Assessment | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

const payload = (result: AttemptResult) =>
  Object.assign(new AssessmentPayload(), result.ok ? { assessment: Assessment.from(result.attempt), userErrors: [] } : { assessment: null, userErrors: result.userErrors });

@Resolver()
export class AssessmentMutations {
  @Authorized(Role.ENTERPRISE)
  @Mutation(() => StartAssessmentPayload, { description: "Starts the enterprise's self-assessment with the questionnaire of its industry, or returns the attempt in progress." })
  async startAssessment(@Arg('input', () => StartAssessmentInput) input: StartAssessmentInput, @Ctx() ctx: Context): Promise<StartAssessmentPayload> {
    const result = await startAssessment(ctx.em, ctx.caller, input);
    return Object.assign(
      new StartAssessmentPayload(),
      result.ok ? { assessment: Assessment.from(result.attempt), resumed: result.resumed ?? false, userErrors: [] } : { assessment: null, resumed: false, userErrors: result.userErrors },
    );
  }

  @Authorized(Role.ENTERPRISE)
  @Mutation(() => AssessmentPayload, {
    description:
      'Saves answers as they are given (autosave). Errors: NOT_FOUND, ASSESSMENT_CLOSED, STAGE_1_LOCKED, STAGE_1_NOT_COMPLETE, UNKNOWN_QUESTION, UNKNOWN_OPTION, SINGLE_CHOICE, EXCLUSIVE_OPTION, UNKNOWN_INPUT, INVALID_FIGURE, UNKNOWN_SCENE, INVALID_SCENE_LEVEL; nothing is saved when any applies.',
  })
  async saveAssessmentAnswers(@Arg('input', () => SaveAssessmentAnswersInput) input: SaveAssessmentAnswersInput, @Ctx() ctx: Context): Promise<AssessmentPayload> {
    return payload(await saveAssessmentAnswers(ctx.em, ctx.caller, input));
  }

  @Authorized(Role.ENTERPRISE)
  @Mutation(() => AssessmentPayload, {
    description:
      'Finishes stage 1 (scores it and locks its answers: QUESTION_UNANSWERED per missing question) or stage 2 (sets the level and completes the attempt: SCENE_UNJUDGED per missing scene). Idempotent.',
  })
  async completeAssessmentStage(@Arg('input', () => CompleteAssessmentStageInput) input: CompleteAssessmentStageInput, @Ctx() ctx: Context): Promise<AssessmentPayload> {
    return payload(await completeAssessmentStage(ctx.em, ctx.caller, input));
  }
}
