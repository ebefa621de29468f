import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Tier } from '../declaration/declaration.entity';
import type { RecognitionEntity } from './recognition.entity';
import { statusOf } from './recognition.service';

export enum RecognitionStatusEnum {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(RecognitionStatusEnum, { name: 'RecognitionStatus', description: 'VALID (在有效期内), EXPIRED (已过期), REVOKED (已取消认定).' });

@ObjectType({ description: 'A recognition (认定) at one tier, valid three years.' })
export class Recognition {
  @Field(() => ID) id!: string;
  @Field(() => Tier) tier!: Tier;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) validFrom!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, the last day it holds.' }) validUntil!: string;
  @Field(() => RecognitionStatusEnum) status!: RecognitionStatusEnum;
  @Field(() => String, { nullable: true, description: 'The measures it was judged under (RULESET_2022_63, RULESET_2026_2); null for recognitions from before the platform.' }) ruleVersion!: string | null;
  /** The batch it was granted in, for the `batch` field. */
  windowId!: string | null;

  static from(entity: RecognitionEntity, today: string): Recognition {
    return Object.assign(new Recognition(), {
      id: entity.id,
      tier: entity.tier,
      validFrom: entity.validFrom,
      validUntil: entity.validUntil,
      status: statusOf(entity, today) as RecognitionStatusEnum,
      ruleVersion: entity.ruleVersion ?? null,
      windowId: entity.windowId ?? null,
    });
  }
}
