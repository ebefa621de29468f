import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { QuestionnaireCategory } from '../assessment/assessment.entity';
import type { Questionnaire } from './questionnaire';

registerEnumType(QuestionnaireCategory, {
  name: 'QuestionnaireCategory',
  description: 'Questionnaire set, matched from the industry: 制造业 (门类 C) / 生产性服务业 / 其他行业.',
});

export enum QuestionType {
  SINGLE = 'SINGLE',
  MULTI = 'MULTI',
}
registerEnumType(QuestionType, { name: 'AssessmentQuestionType', description: 'Single choice, or multiple choice where an exclusive option ("无") excludes the others.' });

@ObjectType('AssessmentOption')
class OptionType {
  @Field(() => String, { description: 'A, B, C …' }) key!: string;
  @Field(() => String) text!: string;
  @Field(() => Float) points!: number;
  @Field(() => Boolean, { description: 'Chosen alone or not at all ("无").' }) exclusive!: boolean;
}

@ObjectType('AssessmentInput', { description: 'A raw figure asked with a question; it checks the chosen option and does not score by itself.' })
class InputType {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => String) unit!: string;
  @Field(() => Boolean, { description: 'Whole numbers only (counts of devices or people).' }) integer!: boolean;
}

@ObjectType('AssessmentQuestion', { description: 'A scored question of stage 1.' })
class QuestionTypeObject {
  @Field(() => String, { description: 'Stable key answers refer to.' }) key!: string;
  @Field(() => String) topic!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true, description: 'Definition of the measured figure, where the questionnaire gives one.' }) description!: string | null;
  @Field(() => QuestionType) type!: QuestionType;
  @Field(() => Float) points!: number;
  @Field(() => [OptionType]) options!: OptionType[];
  @Field(() => [InputType]) inputs!: InputType[];
}

@ObjectType('AssessmentArea')
class AreaType {
  @Field(() => String) name!: string;
  @Field(() => Float) points!: number;
  @Field(() => [QuestionTypeObject]) questions!: QuestionTypeObject[];
}

@ObjectType('AssessmentDimension', { description: '数字化基础 / 数字化管理 / 数字化成效.' })
class DimensionType {
  @Field(() => String) name!: string;
  @Field(() => Float) points!: number;
  @Field(() => [AreaType]) areas!: AreaType[];
}

@ObjectType('AssessmentSceneLevelText')
class SceneLevelText {
  @Field(() => Int) level!: number;
  @Field(() => String) text!: string;
}

@ObjectType('AssessmentScene', { description: 'A business scene of stage 2 (数字化经营), judged at level 1–4.' })
class SceneType {
  @Field(() => String) key!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean, { description: '约束性场景: counted separately by the level rule.' }) constraint!: boolean;
  @Field(() => [SceneLevelText], { description: 'What each level means in this scene, level 1 first.' }) levels!: SceneLevelText[];
}

@ObjectType('AssessmentSceneGroup')
class SceneGroupType {
  @Field(() => String) name!: string;
  @Field(() => [SceneType]) scenes!: SceneType[];
}

@ObjectType('AssessmentLevelRule', { description: 'What a level needs: a base score and enough scenes (and constraint scenes) at that level or above.' })
class LevelRuleType {
  @Field(() => Int) level!: number;
  @Field(() => String, { description: '一级 … 四级.' }) name!: string;
  @Field(() => Float) minBaseScore!: number;
  @Field(() => Int) minScenesAtLevel!: number;
  @Field(() => Int) minConstraintScenesAtLevel!: number;
}

@ObjectType('AssessmentAdaptation', { description: 'Set on a questionnaire this platform adapted because no official one was found.' })
class AdaptationType {
  @Field(() => String, { description: 'Id of the questionnaire it was adapted from.' }) from!: string;
  @Field(() => String) note!: string;
  @Field(() => [String]) changes!: string[];
}

const shapedQuestionnaires = new WeakMap<Questionnaire, AssessmentQuestionnaire>();

@ObjectType({ description: 'A digital-level questionnaire (中小企业数字化水平评测指标) of one version and category.' })
export class AssessmentQuestionnaire {
  @Field(() => ID, { description: '`<version>/<category>`, e.g. `2024/MANUFACTURING`.' }) id!: string;
  @Field(() => String) version!: string;
  @Field(() => QuestionnaireCategory) category!: QuestionnaireCategory;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'Where the questions and points come from.' }) source!: string;
  @Field(() => AdaptationType, { nullable: true, description: 'Null for an official set; set when adapted by this platform pending the official one.' }) adaptation!: AdaptationType | null;
  @Field(() => [DimensionType], { description: 'Stage 1: the scored questions, 100 points in all.' }) dimensions!: DimensionType[];
  @Field(() => [SceneGroupType], { description: 'Stage 2: the business scenes.' }) sceneGroups!: SceneGroupType[];
  @Field(() => [LevelRuleType], { description: 'The level rule, highest level first.' }) levelRules!: LevelRuleType[];
  @Field(() => Int) questionCount!: number;
  @Field(() => Int) sceneCount!: number;

  /** Questionnaires never change once loaded, so each is shaped for the API once. */
  static from(q: Questionnaire): AssessmentQuestionnaire {
    let shaped = shapedQuestionnaires.get(q);
    if (!shaped) shapedQuestionnaires.set(q, (shaped = AssessmentQuestionnaire.shape(q)));
    return shaped;
  }

  private static shape(q: Questionnaire): AssessmentQuestionnaire {
    const { data } = q;
    return Object.assign(new AssessmentQuestionnaire(), {
      id: q.id,
      version: data.version,
      category: data.category as QuestionnaireCategory,
      name: data.name,
      source: data.source,
      adaptation: data.adaptation,
      dimensions: data.dimensions.map((d) => ({
        ...d,
        areas: d.areas.map((a) => ({
          ...a,
          questions: a.questions.map((question) => ({
            ...question,
            type: question.type as QuestionType,
            options: question.options.map((o) => ({ key: o.key, text: o.text, points: o.points, exclusive: o.exclusive ?? false })),
          })),
        })),
      })),
      sceneGroups: data.sceneGroups.map((g) => ({ name: g.name, scenes: g.scenes.map((s) => ({ ...s, levels: s.levels.map((text, i) => ({ level: i + 1, text })) })) })),
      levelRules: data.levelRule,
      questionCount: q.questions.length,
      sceneCount: q.scenes.length,
    });
  }
}
