import { UserError } from '@zjtx/subgraph-kit';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FormSectionType } from '../form/form.type';
import { RULE_VERSIONS } from '../rules/rulesets';

export enum EligibilityStatus {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  /** Inputs it needs are still missing. */
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(EligibilityStatus, { name: 'EligibilityStatus', description: 'MET, NOT_MET, or UNKNOWN while the inputs a rule needs are missing.' });

export enum RuleVersionEnum {
  RULESET_2022_63 = 'RULESET_2022_63',
  RULESET_2026_2 = 'RULESET_2026_2',
}
registerEnumType(RuleVersionEnum, { name: 'RuleVersion', description: 'The measures a batch applies: 工信部企业〔2022〕63号, or 工信部企业〔2026〕2号 (from 2026-04-01).' });
export const ALL_RULE_VERSIONS = Object.keys(RULE_VERSIONS) as RuleVersionEnum[];

@ObjectType('EligibilityCondition', { description: 'One condition of the tier, with its state.' })
export class ConditionResultType {
  @Field(() => String) key!: string;
  @Field(() => String) text!: string;
  @Field(() => EligibilityStatus) status!: EligibilityStatus;
  @Field(() => Boolean, { description: 'UNKNOWN because a figure the platform supplies after submission is not there yet (the 专精特新发展评价得分): 待平台计算, nothing for the enterprise to fill in.' })
  awaitsPlatform!: boolean;
}

@ObjectType('EligibilityIndicator', { description: 'One scored indicator: its points, or null while pending.' })
export class IndicatorResultType {
  @Field(() => String) key!: string;
  @Field(() => String) category!: string;
  @Field(() => String) name!: string;
  @Field(() => Float) max!: number;
  @Field(() => Float, { nullable: true }) points!: number | null;
  @Field(() => String, { nullable: true, description: 'What was scored, e.g. 12.5% or NATIONAL.' }) value!: string | null;
}

@ObjectType('EligibilityCategory')
export class CategoryResultType {
  @Field(() => String) key!: string;
  @Field(() => String) name!: string;
  @Field(() => Float) max!: number;
  @Field(() => Float, { nullable: true, description: 'Points the category needs on its own, if any.' }) minPoints!: number | null;
  @Field(() => Float) points!: number;
  @Field(() => Float, { description: 'Points of its indicators still pending.' }) pendingPoints!: number;
}

@ObjectType('EligibilityScore', { description: 'The score table of rule sets that score (创新型, 专精特新 2022).' })
export class ScoreResultType {
  @Field(() => Float) total!: number;
  @Field(() => Float, { description: 'The most the pending indicators could still add.' }) pendingPoints!: number;
  @Field(() => Float) passScore!: number;
  @Field(() => [IndicatorResultType]) indicators!: IndicatorResultType[];
  @Field(() => [CategoryResultType]) categories!: CategoryResultType[];
  @Field(() => [ConditionResultType], { description: 'Direct conditions: any one passes without the score.' }) directPass!: ConditionResultType[];
}

@ObjectType('ComputedField', { description: 'A value the platform computes from the inputs, with its formula; never typed.' })
export class MetricType {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => String) formula!: string;
  @Field(() => String) unit!: string;
  @Field(() => Float, { nullable: true, description: 'Null while an input it needs is missing.' }) value!: number | null;
}

@ObjectType('DeclarationFacts', { description: 'What the platform fills in itself, read-only.' })
export class FactsType {
  @Field(() => Int, { description: 'The year declared in; financial figures are of the years before.' }) year!: number;
  @Field(() => Int, { nullable: true, description: 'From the latest complete digital-level assessment.' }) digitalLevel!: number | null;
  @Field(() => Boolean) holdsInnovative!: boolean;
  @Field(() => Boolean) holdsSrdi!: boolean;
  @Field(() => Boolean, { nullable: true, description: 'By 300号 from the profile; null while the profile lacks figures.' }) isSme!: boolean | null;
  @Field(() => Float, { nullable: true, description: '专精特新发展评价得分, once the platform computes it.' }) developmentScore!: number | null;
}

@ObjectType('RuleSetInfo')
export class RuleSetInfo {
  @Field(() => String) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) source!: string;
}

@ObjectType({ description: 'The live preview of a declaration: each condition met or not, the score, the computed fields.' })
export class DeclarationEligibility {
  @Field(() => RuleVersionEnum) ruleVersion!: RuleVersionEnum;
  @Field(() => RuleSetInfo) ruleSet!: RuleSetInfo;
  @Field(() => EligibilityStatus, { description: 'MET when every condition holds, NOT_MET when one fails, UNKNOWN while inputs are missing.' }) eligible!: EligibilityStatus;
  @Field(() => [ConditionResultType]) conditions!: ConditionResultType[];
  @Field(() => ScoreResultType, { nullable: true }) score!: ScoreResultType | null;
  @Field(() => [MetricType]) computedFields!: MetricType[];
  @Field(() => FactsType) facts!: FactsType;
  @Field(() => [FormSectionType], { description: 'The form of this tier and rule version for the declaration year: the fields to fill in, in the order of the official form.' }) form!: FormSectionType[];
  @Field(() => [UserError], { description: 'Inputs refused (wrong type or range): the preview leaves them out.' }) problems!: UserError[];
}
