import { Badge, Button, VisuallyHidden } from '@mantine/core';
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
    <Button component={Link} to={paths.enterpriseMessages} variant="white" size="xs" leftSection={<BellIcon />}>
      {/* Named by its content, "消息 3 条未读": what is seen, then what the number counts. */}
      {t('nav.messages')}
      {unread > 0 && (
        <>
          {' '}
          <Badge color="red.9" size="sm" circle={unread < 10} ml={6}>
            {unread > 99 ? '99+' : unread}
          </Badge>{' '}
          <VisuallyHidden>{t('nav.unread')}</VisuallyHidden>
        </>
      )}
    </Button>
  );
}
