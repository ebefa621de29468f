import type { AssessmentStatus, QuestionnaireCategory } from '../../__generated__/graphql';

/** Points as the questionnaire gives them (0.7, 1.875, 56.95): no trailing zeros, at most 3 decimals. */
export function formatPoints(points: number): string {
  return String(Number(points.toFixed(3)));
}

/** i18n keys of the three questionnaire categories (制造业 / 生产性服务业 / 其他行业). */
export const categoryKey = (category: QuestionnaireCategory) => `assessment.category.${category}` as const;

/** i18n keys of an attempt's status. */
export const statusKey = (status: AssessmentStatus) => `assessment.status.${status}` as const;

/** `HH:mm:ss` in the reader's clock: when the last autosave landed. */
export function formatClock(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
