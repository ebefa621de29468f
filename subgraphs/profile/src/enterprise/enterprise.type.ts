import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { EnterpriseEntity } from './enterprise.entity';

const decimal = (value: string | null | undefined): number | null => (value === null || value === undefined ? null : Number(value));

@Directive('@key(fields: "id")')
@Directive('@key(fields: "uscc")')
@ObjectType({ description: 'An enterprise (企业) registered on the platform, with its basic information (企业基本情况).' })
export class Enterprise {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '统一社会信用代码 (USCC), 18 characters.' })
  uscc!: string;

  @Field(() => String, { description: 'Registered name, from real-name verification (实名信息同步); not edited in the profile.' })
  name!: string;

  @Field(() => Int, { description: 'Row version: send it as expectedVersion when saving, so a stale form cannot overwrite newer data.' })
  version!: number;

  @Field(() => String, { description: 'GB/T 2260 code of the registered county (注册地); decides which offices review.' })
  regionCode!: string;

  @Field(() => String, { nullable: true, description: 'GB/T 4754-2017 industry class (所属行业), last level; decides the assessment questionnaire.' })
  industryCode!: string | null;

  @Field(() => String, { nullable: true, description: '通讯地址.' }) mailingAddress!: string | null;
  @Field(() => String, { nullable: true, description: '邮编, 6 digits.' }) postcode!: string | null;
  @Field(() => String, { nullable: true, description: '法人代表.' }) legalRepresentative!: string | null;
  @Field(() => String, { nullable: true, description: '法定代表人电话 (landline).' }) legalRepresentativePhone!: string | null;
  @Field(() => String, { nullable: true, description: '法定代表人手机.' }) legalRepresentativeMobile!: string | null;
  @Field(() => String, { nullable: true, description: '联系人.' }) contactName!: string | null;
  @Field(() => String, { nullable: true, description: '联系人电话 (landline).' }) contactPhone!: string | null;
  @Field(() => String, { nullable: true, description: '联系人手机.' }) contactMobile!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true, description: '传真.' }) fax!: string | null;
  @Field(() => String, { nullable: true, description: '具体细分领域名称: the chosen industry class, never typed.' }) nicheField!: string | null;
  @Field(() => String, { nullable: true, description: '主导产品: from the chosen industry class\'s description, never typed.' }) mainProduct!: string | null;
  @Field(() => String, { nullable: true, description: '注册时间, YYYY-MM-DD.' }) registeredOn!: string | null;
  @Field(() => Float, { nullable: true, description: '注册资本, 万元.' }) registeredCapital!: number | null;
  @Field(() => Int, { nullable: true, description: '从业人员 (last year).' }) employees!: number | null;
  @Field(() => Float, { nullable: true, description: '上年营业收入, 万元.' }) revenueLastYear!: number | null;
  @Field(() => Float, { nullable: true, description: '上年资产总额, 万元.' }) totalAssetsLastYear!: number | null;

  /** For field resolvers (lock). */
  activeRecognitions!: number;

  static from(entity: EnterpriseEntity): Enterprise {
    return Object.assign(new Enterprise(), {
      id: entity.id,
      uscc: entity.uscc,
      name: entity.name,
      version: entity.version,
      regionCode: entity.regionCode,
      industryCode: entity.industryCode ?? null,
      mailingAddress: entity.mailingAddress ?? null,
      postcode: entity.postcode ?? null,
      legalRepresentative: entity.legalRepresentative ?? null,
      legalRepresentativePhone: entity.legalRepresentativePhone ?? null,
      legalRepresentativeMobile: entity.legalRepresentativeMobile ?? null,
      contactName: entity.contactName ?? null,
      contactPhone: entity.contactPhone ?? null,
      contactMobile: entity.contactMobile ?? null,
      email: entity.email ?? null,
      fax: entity.fax ?? null,
      nicheField: entity.nicheField ?? null,
      mainProduct: entity.mainProduct ?? null,
      registeredOn: entity.registeredOn ?? null,
      registeredCapital: decimal(entity.registeredCapital),
      employees: entity.employees ?? null,
      revenueLastYear: decimal(entity.revenueLastYear),
      totalAssetsLastYear: decimal(entity.totalAssetsLastYear),
      activeRecognitions: entity.activeRecognitions,
    });
  }
}
