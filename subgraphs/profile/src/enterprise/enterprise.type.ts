import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { EnterpriseEntity } from './enterprise.entity';

@Directive('@key(fields: "id")')
@Directive('@key(fields: "uscc")')
@ObjectType({ description: 'An enterprise (企业) registered on the platform, with its basic information.' })
export class Enterprise {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '统一社会信用代码 (USCC), 18 characters.' })
  uscc!: string;

  @Field(() => String, { description: 'Registered name, from real-name verification.' })
  name!: string;

  @Field(() => String, { description: 'GB/T 2260 code of the registered county (注册地).' })
  regionCode!: string;

  @Field(() => String, { nullable: true, description: 'GB/T 4754-2017 industry class (所属行业), last level.' })
  industryCode!: string | null;

  static from(entity: EnterpriseEntity): Enterprise {
    return Object.assign(new Enterprise(), {
      id: entity.id,
      uscc: entity.uscc,
      name: entity.name,
      regionCode: entity.regionCode,
      industryCode: entity.industryCode ?? null,
    });
  }
}
