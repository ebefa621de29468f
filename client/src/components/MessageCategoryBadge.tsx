import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MessageCategory } from '../__generated__/graphql';

// Expiry and cancellation stand out; the rest share the portal's blue.
const COLOURS: Partial<Record<MessageCategory, string>> = {
  RECOGNITION_EXPIRY: 'orange',
  RECOGNITION_CANCELLED: 'red',
  RECOGNITION_NOTICE: 'green',
};

/** 【认定到期】, 【申报提醒】…: the tab a message belongs to. */
export function MessageCategoryBadge({ category }: { category: MessageCategory }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" radius="sm" size="sm" tt="none" color={COLOURS[category] ?? 'govBlue'} style={{ flex: 'none' }}>
      {t(`messageCategory.${category}`)}
    </Badge>
  );
}
