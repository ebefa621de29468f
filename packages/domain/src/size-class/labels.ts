import { type SizeIndicator } from './size-table';

/** Ordered from the largest; a band's index is how far down the table it sits. */
export const SIZE_CLASSES = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export const SIZE_CLASS_LABELS: Readonly<Record<SizeClass, string>> = { LARGE: '大型', MEDIUM: '中型', SMALL: '小型', MICRO: '微型' };

export const SIZE_INDICATOR_LABELS: Readonly<Record<SizeIndicator, string>> = {
  employees: '从业人员',
  revenue: '营业收入',
  totalAssets: '资产总额',
};

export const SIZE_INDICATOR_UNITS: Readonly<Record<SizeIndicator, string>> = { employees: '人', revenue: '万元', totalAssets: '万元' };
