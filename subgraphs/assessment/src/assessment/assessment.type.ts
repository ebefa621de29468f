import { EnterpriseReference } from '@zjtx/subgraph-kit';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AssessmentQuestionnaire } from '../questionnaire/questionnaire.type';
import type { AnswerWarning } from '../scoring/answer-checks';
import type { LevelCheck, SceneCount } from '../scoring/score';
import { AssessmentStatus, QuestionnaireCategory, type AssessmentEntity } from './assessment.entity';
import { stageOf, AssessmentStage } from './stage';

registerEnumType(AssessmentStatus, { name: 'AssessmentStatus', description: 'IN_PROGRESS until both stages are finished (COMPLETE); ABANDONED when the enterprise started over.' });
registerEnumType(AssessmentStage, { name: 'AssessmentStage', description: 'Where an attempt stands: answering the scored questions, judging the scenes, or done.' });

@ObjectType('AssessmentInputValue')
export class InputValue {
  @Field(() => String) key!: string;
  @Field(() => Float) value!: number;
}

@ObjectType({ description: 'A figure typed with a question disagrees with the option chosen. A hint: the answer still counts as given.' })
export class AssessmentAnswerWarning {
  @Field(() => String, { description: 'BAND_MISMATCH, DIRECTION_MISMATCH or PART_EXCEEDS_WHOLE.' }) code!: string;
  @Field(() => String, { description: 'In the language of `Accept-Language`.' }) message!: string;
  warning!: AnswerWarning;
}

@ObjectType({ description: 'The answer to one stage-1 question.' })
export class AssessmentAnswer {
  @Field(() => String) questionKey!: string;
  @Field(() => [String], { description: 'Chosen option keys; empty when not answered yet.' }) optionKeys!: string[];
  @Field(() => [InputValue]) inputs!: InputValue[];
  @Field(() => Float, { description: 'Points this answer gives.' }) score!: number;
  @Field(() => [AssessmentAnswerWarning]) warnings!: AssessmentAnswerWarning[];
}

@ObjectType({ description: 'The level judged for one stage-2 scene.' })
export class AssessmentSceneAnswer {
  @Field(() => String) sceneKey!: string;
  @Field(() => Int) level!: number;
}

@ObjectType()
export class AssessmentProgress {
  @Field(() => Int) answeredQuestions!: number;
  @Field(() => Int) totalQuestions!: number;
  @Field(() => Int) judgedScenes!: number;
  @Field(() => Int) totalScenes!: number;
}

@ObjectType('AssessmentAreaScore')
class AreaScore {
  @Field(() => String) name!: string;
  @Field(() => Float, { description: 'Full marks.' }) points!: number;
  @Field(() => Float) score!: number;
}

@ObjectType('AssessmentDimensionScore')
export class DimensionScore extends AreaScore {
  @Field(() => [AreaScore]) areas!: AreaScore[];
}

@ObjectType('AssessmentSceneCount', { description: 'Scenes judged at `level` or above.' })
export class SceneCountType implements SceneCount {
  @Field(() => Int) level!: number;
  @Field(() => Int) scenes!: number;
  @Field(() => Int) constraintScenes!: number;
}

@ObjectType('AssessmentLevelCheck', { description: 'One level of the rule applied to this attempt: what it needs, what the attempt has, and whether it holds.' })
export class LevelCheckType implements LevelCheck {
  @Field(() => Int) level!: number;
  @Field(() => String) name!: string;
  @Field(() => Boolean) met!: boolean;
  @Field(() => Float) minBaseScore!: number;
  @Field(() => Float) baseScore!: number;
  @Field(() => Int) minScenes!: number;
  @Field(() => Int) scenes!: number;
  @Field(() => Int) minConstraintScenes!: number;
  @Field(() => Int) constraintScenes!: number;
}

@ObjectType({ description: 'One attempt at the digital-level self-assessment (数字化水平评测).' })
export class Assessment {
  @Field(() => ID) id!: string;
  @Field(() => EnterpriseReference) enterprise!: EnterpriseReference;
  @Field(() => String, { description: 'Questionnaire version, e.g. `2024`.' }) questionnaireVersion!: string;
  @Field(() => QuestionnaireCategory) category!: QuestionnaireCategory;
  @Field(() => AssessmentQuestionnaire, { description: 'The questionnaire this attempt is answered under.' }) questionnaire!: AssessmentQuestionnaire;
  @Field(() => AssessmentStatus) status!: AssessmentStatus;
  @Field(() => AssessmentStage) stage!: AssessmentStage;
  @Field(() => Float, { nullable: true, description: 'Base score out of 100 (基础 + 管理 + 成效), once stage 1 is finished.' }) score!: number | null;
  @Field(() => Int, { nullable: true, description: 'Digital level 1–4 (一级…四级); null when none is reached or the attempt is not complete.' }) level!: number | null;
  @Field(() => String, { nullable: true, description: '一级 … 四级 (Level 1 … Level 4 in English), or null.' }) levelName!: string | null;
  @Field(() => [AssessmentAnswer], { description: 'Stage-1 answers given so far, in questionnaire order.' }) answers!: AssessmentAnswer[];
  @Field(() => [AssessmentSceneAnswer], { description: 'Stage-2 levels judged so far, in questionnaire order.' }) sceneLevels!: AssessmentSceneAnswer[];
  @Field(() => String, { nullable: true, description: 'Where the user was, as the form saved it, to resume there.' }) position!: string | null;
  @Field(() => AssessmentProgress) progress!: AssessmentProgress;
  @Field(() => [DimensionScore], { nullable: true, description: 'Scores per dimension and area, once stage 1 is finished.' }) dimensionScores!: DimensionScore[] | null;
  @Field(() => [SceneCountType], { nullable: true, description: 'Scenes at each level or above, once complete.' }) sceneCounts!: SceneCountType[] | null;
  @Field(() => [LevelCheckType], { nullable: true, description: 'The level rule applied, highest level first, once complete: says why a level was or was not reached.' }) levelChecks!: LevelCheckType[] | null;
  @Field(() => Date) startedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When stage 1 was finished and locked.' }) stage1CompletedAt!: Date | null;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => Date) updatedAt!: Date;

  /** The stored row, for field resolvers that compute from it (answers, warnings). */
  entity!: AssessmentEntity;

  static from(entity: AssessmentEntity): Assessment {
    const result = entity.result ?? null;
    return Object.assign(new Assessment(), {
      id: entity.id,
      enterprise: EnterpriseReference.of(entity.enterpriseId),
      questionnaireVersion: entity.questionnaireVersion,
      category: entity.category,
      status: entity.status,
      stage: stageOf(entity),
      score: entity.score == null ? null : Number(entity.score),
      level: entity.level ?? null,
      position: entity.position ?? null,
      dimensionScores: result?.dimensions ?? null,
      sceneCounts: result?.sceneCounts ?? null,
      levelChecks: result?.levelChecks ?? null,
      startedAt: entity.startedAt,
      stage1CompletedAt: entity.stage1CompletedAt ?? null,
      completedAt: entity.completedAt ?? null,
      updatedAt: entity.updatedAt,
      entity,
    });
  }
}
