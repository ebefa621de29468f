import type { ReviewQueueFilter, ReviewQueueOrder, ReviewQueueStatus, Tier } from '../../__generated__/graphql';
import { TIERS } from '../declarations/declarationFormat';
import { QUEUE_ORDERS, QUEUE_STATUSES, SIZE_CLASSES } from './reviewFormat';

/**
 * The queue's filters as the address keeps them (?status=RETURNED&tier=SRDI&q=西湖…), so that
 * coming back from a declaration, reloading or sharing the link shows the same list.
 */
export interface QueueFilters {
  tier: string;
  window: string;
  region: string;
  industry: string;
  size: string;
  scoreMin: string;
  scoreMax: string;
  waitingMin: string;
  overdue: boolean;
  q: string;
}

export const EMPTY_FILTERS: QueueFilters = { tier: '', window: '', region: '', industry: '', size: '', scoreMin: '', scoreMax: '', waitingMin: '', overdue: false, q: '' };

const TEXT_KEYS = ['tier', 'window', 'region', 'industry', 'size', 'scoreMin', 'scoreMax', 'waitingMin', 'q'] as const;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined => values.find((known) => known === value);
const numberOrNull = (text: string): number | null => (text.trim() === '' || Number.isNaN(Number(text)) ? null : Number(text));

export function readQueueParams(params: URLSearchParams): { status: ReviewQueueStatus; order: ReviewQueueOrder; filters: QueueFilters } {
  const filters = { ...EMPTY_FILTERS, overdue: params.get('overdue') === '1' };
  for (const key of TEXT_KEYS) filters[key] = params.get(key) ?? '';
  return {
    // Pending first: those are the ones waiting for this office.
    status: oneOf(QUEUE_STATUSES, params.get('status')) ?? 'PENDING',
    order: oneOf(QUEUE_ORDERS, params.get('sort')) ?? 'WAITING_LONGEST',
    filters,
  };
}

export function writeQueueParams(status: ReviewQueueStatus, order: ReviewQueueOrder, filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (status !== 'PENDING') params.set('status', status);
  if (order !== 'WAITING_LONGEST') params.set('sort', order);
  for (const key of TEXT_KEYS) if (filters[key].trim()) params.set(key, filters[key].trim());
  if (filters.overdue) params.set('overdue', '1');
  return params;
}

/** The API's filter for one tab (the counts of the other tabs come with it, under the same filters). */
export function queueFilter(status: ReviewQueueStatus, filters: QueueFilters): ReviewQueueFilter {
  const waiting = numberOrNull(filters.waitingMin);
  return {
    statuses: [status],
    tier: oneOf<Tier>(TIERS, filters.tier) ?? null,
    windowId: filters.window || null,
    regionCode: filters.region || null,
    industryCode: filters.industry.trim() || null,
    sizeClass: oneOf(SIZE_CLASSES, filters.size) ?? null,
    scoreMin: numberOrNull(filters.scoreMin),
    scoreMax: numberOrNull(filters.scoreMax),
    waitingDaysMin: waiting === null ? null : Math.max(0, Math.floor(waiting)),
    overdueOnly: filters.overdue || null,
    search: filters.q.trim() || null,
  };
}
