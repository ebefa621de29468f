import { beijingToday, plusDays } from '@zjtx/domain';
import type { ReviewLevel, ReviewQueueOrder, ReviewQueueStatus, Tier } from '../../__generated__/graphql';

/** The queue's tabs, in the order a declaration passes through them. */
export const QUEUE_STATUSES = ['PENDING', 'FORWARDED', 'LOWER_LEVEL', 'RETURNED', 'REJECTED', 'PUBLICITY', 'RECOGNISED'] as const satisfies readonly ReviewQueueStatus[];

export const QUEUE_ORDERS = ['WAITING_LONGEST', 'SUBMITTED_NEWEST', 'SCORE_HIGHEST', 'NAME'] as const satisfies readonly ReviewQueueOrder[];

export const SIZE_CLASSES = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'] as const;

/** Badge colours of a queue status: those whose light variant the theme darkens to AA. */
export const QUEUE_STATUS_COLOR: Record<ReviewQueueStatus, string> = {
  PENDING: 'blue',
  FORWARDED: 'govBlue',
  LOWER_LEVEL: 'gray',
  RETURNED: 'orange',
  REJECTED: 'red',
  PUBLICITY: 'yellow',
  RECOGNISED: 'green',
};

/** The decision buttons: the theme's AA text shades (6.5:1, 6.8:1, 5.5:1 on white), not Mantine's lighter ones. */
export const DECISION_COLOR = { approve: '#1e6b30', return: '#9c3d00', reject: 'red.9' } as const;

/**
 * The level that ends a tier's chain (DOMAIN.md §6): the province recognises 创新型 and 专精特新,
 * the ministry 小巨人. Approving there asks for the 公示's last day.
 */
export const finalLevelOf = (tier: Tier): ReviewLevel => (tier === 'LITTLE_GIANT' ? 'MINISTRY' : 'PROVINCE');

/** The 公示 the server accepts ends today at the earliest and 30 days ahead at the latest (Beijing dates). */
export const publicityBounds = () => {
  const today = beijingToday();
  return { min: today, max: plusDays(today, 30), suggested: plusDays(today, 5) };
};
