import { Badge, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUnreadCount } from '../inbox/useUnreadCount';
import { paths } from '../paths';
import { BellIcon } from './BellIcon';

/** 消息 with the unread count, live, leading to 我的消息 (signed-in enterprises). */
export function MessageBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount() ?? 0;
  return (
    <Button
      component={Link}
      to={paths.enterpriseMessages}
      variant="white"
      size="xs"
      leftSection={<BellIcon />}
      rightSection={
        unread > 0 ? (
          <Badge color="red.9" size="sm" circle={unread < 10} aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </Badge>
        ) : undefined
      }
      // The visible "消息 3" is in the name; the number is said with what it counts.
      aria-label={unread > 0 ? t('nav.messagesUnread', { count: unread }) : t('nav.messages')}
    >
      {t('nav.messages')}
    </Button>
  );
}
