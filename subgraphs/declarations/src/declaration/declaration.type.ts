import { EnterpriseReference } from '@zjtx/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RuleVersionEnum } from '../eligibility/eligibility.type';
import { DeclarationStatus, ReviewLevel, Tier, type DeclarationEntity } from './declaration.entity';

registerEnumType(Tier, {
  name: 'Tier',
  description: 'Recognition tier: 创新型中小企业 (INNOVATIVE), 专精特新中小企业 (SRDI), 专精特新"小巨人" (LITTLE_GIANT).',
});
registerEnumType(DeclarationStatus, { name: 'DeclarationStatus', description: 'Where a declaration stands: 暂存, 已提交, 退回, 通过, 未通过, 已认定.' });
registerEnumType(ReviewLevel, { name: 'ReviewLevel', description: 'Office level reviewing a declaration: 县/市/省/部.' });

@ObjectType({ description: 'A declaration (申报) for a recognition tier.' })
export class Declaration {
  @Field(() => ID)
  id!: string;

  @Field(() => Tier)
  tier!: Tier;

  @Field(() => DeclarationStatus)
  status!: DeclarationStatus;

  @Field(() => ReviewLevel, { nullable: true, description: 'The office level holding it now, while under review.' })
  currentReviewLevel!: ReviewLevel | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => EnterpriseReference, { description: 'The declaring enterprise.' })
  enterprise!: EnterpriseReference;

  @Field(() => Int, { description: 'Row version: send it back as `expectedVersion` when saving.' })
  version!: number;

  @Field(() => RuleVersionEnum, { nullable: true, description: 'The rule version it is judged under, fixed by its window.' })
  ruleVersion!: RuleVersionEnum | null;

  // `data` is a field resolver (DeclarationFieldsResolver): who asks decides which content is shown.

  @Field(() => Date)
  createdAt!: Date;

  /** The stored row, for field resolvers. */
  entity!: DeclarationEntity;

  static from(entity: DeclarationEntity): Declaration {
    return Object.assign(new Declaration(), {
      id: entity.id,
      tier: entity.tier,
      status: entity.status,
      currentReviewLevel: entity.currentLevel ?? null,
      submittedAt: entity.submittedAt ?? null,
      updatedAt: entity.updatedAt,
      enterprise: EnterpriseReference.of(entity.enterpriseId),
      version: entity.version,
      ruleVersion: (entity.ruleVersion as RuleVersionEnum | null | undefined) ?? null,
      createdAt: entity.createdAt,
      entity,
    });
  }
}
