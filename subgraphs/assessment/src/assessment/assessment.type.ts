import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AssessmentStatus, QuestionnaireCategory, type AssessmentEntity } from './assessment.entity';

registerEnumType(QuestionnaireCategory, { name: 'QuestionnaireCategory', description: 'Questionnaire set: 制造业 / 生产性服务业 / 其他行业.' });
registerEnumType(AssessmentStatus, { name: 'AssessmentStatus', description: 'Whether both stages of an attempt are finished.' });

@ObjectType({ description: 'One attempt at the digital-level self-assessment (数字化水平评测).' })
export class Assessment {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Questionnaire version, e.g. `2024`.' })
  questionnaireVersion!: string;

  @Field(() => QuestionnaireCategory)
  category!: QuestionnaireCategory;

  @Field(() => AssessmentStatus)
  status!: AssessmentStatus;

  @Field(() => Float, { nullable: true, description: 'Stage-1 score out of 100.' })
  score!: number | null;

  @Field(() => Int, { nullable: true, description: 'Digital level 1–4 (一级…四级); null when none is reached or the attempt is incomplete.' })
  level!: number | null;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  static from(entity: AssessmentEntity): Assessment {
    return Object.assign(new Assessment(), {
      id: entity.id,
      questionnaireVersion: entity.questionnaireVersion,
      category: entity.category,
      status: entity.status,
      score: entity.score == null ? null : Number(entity.score),
      level: entity.level ?? null,
      startedAt: entity.startedAt,
      completedAt: entity.completedAt ?? null,
    });
  }
}
