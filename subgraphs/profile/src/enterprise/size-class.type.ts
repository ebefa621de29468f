import { classifySizeForIndustry, type SizeClass as DomainSizeClass, type SizeIndicator as DomainIndicator } from '@zjtx/domain';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

export enum SizeClass {
  LARGE = 'LARGE',
  MEDIUM = 'MEDIUM',
  SMALL = 'SMALL',
  MICRO = 'MICRO',
}
export enum SizeIndicator {
  EMPLOYEES = 'EMPLOYEES',
  REVENUE = 'REVENUE',
  TOTAL_ASSETS = 'TOTAL_ASSETS',
}
registerEnumType(SizeClass, { name: 'SizeClass', description: '企业规模 under 工信部联企业〔2011〕300号: 大型, 中型, 小型, 微型.' });
registerEnumType(SizeIndicator, { name: 'SizeIndicator', description: 'The figures the size class is decided by: 从业人员, 营业收入, 资产总额.' });

const INDICATOR: Record<DomainIndicator, SizeIndicator> = { employees: SizeIndicator.EMPLOYEES, revenue: SizeIndicator.REVENUE, totalAssets: SizeIndicator.TOTAL_ASSETS };

@ObjectType({ description: 'One figure compared with the thresholds of the industry\'s row.' })
export class SizeFinding {
  @Field(() => SizeIndicator) indicator!: SizeIndicator;
  @Field(() => Float) value!: number;
  @Field(() => String, { description: 'e.g. 营业收入 5000 万元 ≥ 2000 万元（中型下限），< 40000 万元（大型下限）：中型' }) text!: string;
}

@ObjectType({ description: 'The size class computed on the server from industry, employees, revenue and assets, with how it was decided.' })
export class SizeClassification {
  @Field(() => SizeClass) sizeClass!: SizeClass;
  @Field(() => String, { description: '大型 / 中型 / 小型 / 微型.' }) label!: string;
  @Field(() => String, { description: 'One sentence on how the result follows from the findings (zh).' }) summary!: string;
  @Field(() => [SizeFinding]) findings!: SizeFinding[];
  @Field(() => String, { description: 'The row of the 300号 table the industry falls in, e.g. 工业.' }) industryRow!: string;
  @Field(() => String, { nullable: true, description: 'Why the industry sits in that row, where a reader might not expect it.' }) note!: string | null;
}

/** The classification, or null while the industry or a figure its row needs is missing. */
export function sizeClassificationOf(industryCode: string | null | undefined, inputs: { employees: number | null; revenue: number | null; totalAssets: number | null }): SizeClassification | null {
  if (!industryCode) return null;
  const result = classifySizeForIndustry(industryCode, inputs);
  if (!result.valid) return null;
  return Object.assign(new SizeClassification(), {
    sizeClass: result.sizeClass as DomainSizeClass as SizeClass,
    label: result.label,
    summary: result.summary,
    findings: result.findings.map((f) => Object.assign(new SizeFinding(), { indicator: INDICATOR[f.indicator], value: f.value, text: f.text })),
    industryRow: result.row.name,
    note: result.industry.note,
  });
}
