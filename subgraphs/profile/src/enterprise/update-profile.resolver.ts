import { Role, UserError } from '@zjtx/subgraph-kit';
import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { ProfileContext } from '../context';
import { Enterprise } from './enterprise.type';
import { updateEnterpriseProfile } from './update-profile.service';

@InputType({ description: '企业基本情况 as the 编辑 form saves it. The enterprise name comes from real-name verification; 细分领域 and 主导产品 follow from the industry.' })
class UpdateEnterpriseProfileInput {
  @Field(() => ID) enterpriseId!: string;
  @Field(() => Int, { description: 'The `version` the form was loaded with; a newer save since then is reported as VERSION_CONFLICT.' }) expectedVersion!: number;
  @Field(() => String) mailingAddress!: string;
  @Field(() => String, { description: '6 digits.' }) postcode!: string;
  @Field(() => String, { description: 'GB/T 2260 code down to the county (a leaf of `regions`).' }) regionCode!: string;
  @Field(() => String) legalRepresentative!: string;
  @Field(() => String, { nullable: true }) legalRepresentativePhone?: string | null;
  @Field(() => String, { description: '11-digit mobile.' }) legalRepresentativeMobile!: string;
  @Field(() => String) contactName!: string;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
  @Field(() => String, { description: '11-digit mobile.' }) contactMobile!: string;
  @Field(() => String) email!: string;
  @Field(() => String, { nullable: true }) fax?: string | null;
  @Field(() => String, { description: 'A GB/T 4754-2017 小类 (4 digits).' }) industryCode!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, not in the future.' }) registeredOn!: string;
  @Field(() => Float, { description: '万元, ≥ 0.' }) registeredCapital!: number;
  @Field(() => Int, { description: '从业人员 last year, ≥ 0.' }) employees!: number;
  @Field(() => Float, { description: '万元, ≥ 0.' }) revenueLastYear!: number;
  @Field(() => Float, { description: '万元, ≥ 0.' }) totalAssetsLastYear!: number;
}

@ObjectType({ description: 'The saved profile with its new version, or why nothing was saved.' })
class UpdateEnterpriseProfilePayload {
  @Field(() => Enterprise, { nullable: true }) enterprise!: Enterprise | null;
  @Field(() => [UserError], { description: 'Field paths are ["input", <field>]; VERSION_CONFLICT and PROFILE_LOCKED have none.' }) userErrors!: UserError[];
}

@Resolver()
export class UpdateProfileResolver {
  @Authorized(Role.ENTERPRISE)
  @Mutation(() => UpdateEnterpriseProfilePayload, { description: '编辑 企业基本情况 of the signed-in enterprise (not once recognised: then the annual information update applies).' })
  async updateEnterpriseProfile(@Arg('input', () => UpdateEnterpriseProfileInput) input: UpdateEnterpriseProfileInput, @Ctx() ctx: ProfileContext): Promise<UpdateEnterpriseProfilePayload> {
    const result = await updateEnterpriseProfile(ctx.em, ctx.caller, input);
    return Object.assign(new UpdateEnterpriseProfilePayload(), result.ok ? { enterprise: Enterprise.from(result.enterprise), userErrors: [] } : { enterprise: null, userErrors: result.userErrors });
  }
}
