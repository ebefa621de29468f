import { indicatorBand, type SizeIndicatorFinding } from './indicator-band';
import { sizeRowOfIndustry, type IndustryCodeProblem, type SizeIndustryMatch } from './industry-row';
import { SIZE_CLASSES, SIZE_CLASS_LABELS, SIZE_INDICATOR_LABELS, type SizeClass } from './labels';
import { SIZE_TABLE, type SizeIndicator, type SizeRow, type SizeRowDefinition } from './size-table';

/** Employees in persons, revenue and total assets in 万元; an indicator the row does not use may be null. */
export interface SizeInputs {
  employees?: number | null;
  revenue?: number | null;
  totalAssets?: number | null;
}

export type SizeInputProblem = 'MISSING' | 'NOT_A_NUMBER' | 'NEGATIVE';

/** Shaped like a userError: the input at fault, a stable code, and what to do (zh-CN). */
export type SizeProblem =
  | { field: SizeIndicator; code: SizeInputProblem; message: string }
  | { field: 'industryCode'; code: IndustryCodeProblem; message: string };

export interface SizeClassified {
  valid: true;
  row: SizeRowDefinition;
  sizeClass: SizeClass;
  /** 大型 / 中型 / 小型 / 微型. */
  label: string;
  /** One per indicator the row uses, in the table's order. */
  findings: SizeIndicatorFinding[];
  /** The indicators whose band is the result (the lowest band reached). */
  decidedBy: SizeIndicator[];
  /** zh-CN sentence saying how the result follows from the findings. */
  summary: string;
}

export type SizeClassification = SizeClassified | { valid: false; problems: SizeProblem[] };

type ValidIndustry = Extract<SizeIndustryMatch, { valid: true }>;
export type SizeClassificationForIndustry = (SizeClassified & { industry: ValidIndustry }) | { valid: false; problems: SizeProblem[] };

const INDUSTRY_CODE_MESSAGES: Readonly<Record<IndustryCodeProblem, string>> = {
  FORMAT: '行业代码应为 4 位小类代码，可带门类字母，例如 C3491',
  UNKNOWN_DIVISION: '行业代码的大类不在《国民经济行业分类》（GB/T 4754-2017）中',
  SECTION_MISMATCH: '行业代码的门类字母与其大类不符',
};

/**
 * Classifies by one row of the 300号 table (RULES.md §4). Each indicator gets the band it reaches
 * alone and the worst band wins: 大型, 中型 and 小型 must meet every listed lower limit, 微型 needs
 * only one of its conditions. Invalid or missing inputs the row uses come back as problems.
 */
export function classifySize(sizeRow: SizeRow, inputs: SizeInputs): SizeClassification {
  const row = SIZE_TABLE[sizeRow];
  const problems: SizeProblem[] = [];
  const findings: SizeIndicatorFinding[] = [];
  for (const limit of row.limits) {
    const value = readValue(inputs[limit.indicator], limit.indicator, row.name);
    if (typeof value === 'number') findings.push(indicatorBand(limit, value));
    else problems.push(value);
  }
  if (problems.length > 0) return { valid: false, problems };

  const worst = Math.max(...findings.map((finding) => SIZE_CLASSES.indexOf(finding.band)));
  const sizeClass = SIZE_CLASSES[worst] ?? 'MICRO';
  const decidedBy = findings.filter((finding) => finding.band === sizeClass).map((finding) => finding.indicator);
  return {
    valid: true,
    row,
    sizeClass,
    label: SIZE_CLASS_LABELS[sizeClass],
    findings,
    decidedBy,
    summary: summarise(sizeClass, decidedBy, findings.length),
  };
}

/** Classifies an enterprise by its GB/T 4754-2017 小类 code (see sizeRowOfIndustry). */
export function classifySizeForIndustry(industryCode: string, inputs: SizeInputs): SizeClassificationForIndustry {
  const industry = sizeRowOfIndustry(industryCode);
  if (!industry.valid) {
    return { valid: false, problems: [{ field: 'industryCode', code: industry.problem, message: INDUSTRY_CODE_MESSAGES[industry.problem] }] };
  }
  const result = classifySize(industry.row, inputs);
  return result.valid ? { ...result, industry } : result;
}

function readValue(value: unknown, indicator: SizeIndicator, rowName: string): number | SizeProblem {
  const label = SIZE_INDICATOR_LABELS[indicator];
  if (value === null || value === undefined) return { field: indicator, code: 'MISSING', message: `${rowName}划型需要${label}，请填写` };
  if (typeof value !== 'number' || !Number.isFinite(value)) return { field: indicator, code: 'NOT_A_NUMBER', message: `${label}应为有效数字` };
  if (value < 0) return { field: indicator, code: 'NEGATIVE', message: `${label}不能为负数` };
  return value;
}

function summarise(sizeClass: SizeClass, decidedBy: SizeIndicator[], indicatorCount: number): string {
  const who = decidedBy.map((indicator) => SIZE_INDICATOR_LABELS[indicator]).join('、');
  const label = SIZE_CLASS_LABELS[sizeClass];
  if (sizeClass === 'MICRO') {
    return indicatorCount > 1 ? `${who}低于小型下限（微型只须满足一项条件），划为微型` : `${who}低于小型下限，划为微型`;
  }
  if (decidedBy.length === indicatorCount) {
    return indicatorCount > 1 ? `各项指标均达到${label}下限，划为${label}` : `${who}达到${label}下限，划为${label}`;
  }
  return `${who}只达到${label}下限（大型、中型和小型须同时满足所列指标的下限，否则下划一档），划为${label}`;
}
