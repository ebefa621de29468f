import type { MessageCategory } from '../__generated__/graphql';

/**
 * The tabs of 我的消息 in the manual's order (认定到期, 信息更新, 认定通知, 取消认定, 申报提醒),
 * then the categories this platform adds (审核结果, 重大变更结果, 系统通知).
 */
export const MESSAGE_CATEGORIES: readonly MessageCategory[] = [
  'RECOGNITION_EXPIRY',
  'INFO_UPDATE',
  'RECOGNITION_NOTICE',
  'RECOGNITION_CANCELLED',
  'DECLARATION_REMINDER',
  'REVIEW_RESULT',
  'MAJOR_CHANGE_RESULT',
  'SYSTEM',
];

export const parseCategory = (value: string | null): MessageCategory | undefined => MESSAGE_CATEGORIES.find((category) => category === value);
