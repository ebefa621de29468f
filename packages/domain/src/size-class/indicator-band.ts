import { SIZE_CLASS_LABELS, SIZE_INDICATOR_LABELS, SIZE_INDICATOR_UNITS, type SizeClass } from './labels';
import { type SizeIndicator, type SizeLimit } from './size-table';

/** One lower limit an indicator was held against, from 大型 down until one is met. */
export interface SizeThresholdComparison {
  level: Exclude<SizeClass, 'MICRO'>;
  threshold: number;
  met: boolean;
}

/** How far one indicator reaches on its own: its band and the limits it was compared with. */
export interface SizeIndicatorFinding {
  indicator: SizeIndicator;
  value: number;
  band: SizeClass;
  comparisons: SizeThresholdComparison[];
  /** zh-CN, e.g. "营业收入 5000 万元 ≥ 2000 万元（中型下限），< 40000 万元（大型下限）：中型". */
  text: string;
}

const LEVELS = [
  ['LARGE', 'large'],
  ['MEDIUM', 'medium'],
  ['SMALL', 'small'],
] as const;

/** The band one indicator reaches: the highest level whose lower limit it meets, else 微型. */
export function indicatorBand(limit: SizeLimit, value: number): SizeIndicatorFinding {
  const comparisons: SizeThresholdComparison[] = [];
  let band: SizeClass = 'MICRO';
  for (const [level, key] of LEVELS) {
    const met = value >= limit[key];
    comparisons.push({ level, threshold: limit[key], met });
    if (met) {
      band = level;
      break;
    }
  }
  return { indicator: limit.indicator, value, band, comparisons, text: describe(limit.indicator, value, band, comparisons) };
}

/** States the limit the value meets first (if any), then the one just above that it misses. */
function describe(indicator: SizeIndicator, value: number, band: SizeClass, comparisons: SizeThresholdComparison[]): string {
  const unit = SIZE_INDICATOR_UNITS[indicator];
  const limitText = ({ level, threshold, met }: SizeThresholdComparison) =>
    `${met ? '≥' : '<'} ${threshold} ${unit}（${SIZE_CLASS_LABELS[level]}下限）`;
  const met = comparisons.find((comparison) => comparison.met);
  const missed = comparisons.filter((comparison) => !comparison.met).at(-1);
  const parts = [met, missed].filter((part): part is SizeThresholdComparison => part !== undefined).map(limitText);
  return `${SIZE_INDICATOR_LABELS[indicator]} ${value} ${unit} ${parts.join('，')}：${SIZE_CLASS_LABELS[band]}`;
}
