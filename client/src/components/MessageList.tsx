import { Anchor, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MessageList_MessageFragment } from '../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { paths } from '../paths';
import { MessageCategoryBadge } from './MessageCategoryBadge';
import classes from './MessageList.module.css';

interface MessageListProps {
  messages: readonly MessageList_MessageFragment[];
  /** Names the list for assistive technology, e.g. "最新消息列表". */
  label: string;
  /** Shown when there are none. */
  empty: string;
  /** Also name the sender under each title (我的消息; the home block leaves it out). */
  showSender?: boolean;
}

/** Unread dot, category, title (to 消息详情) and time per line, newest first as the API sorts them. */
export function MessageList({ messages, label, empty, showSender = false }: MessageListProps) {
  const { t } = useTranslation();
  if (messages.length === 0) {
    return (
      <Text c="dimmed" py="lg" ta="center">
        {empty}
      </Text>
    );
  }
  return (
    <ul className={classes.list} aria-label={label}>
      {messages.map((message) => (
        <li key={message.id} className={classes.item}>
          {message.read ? (
            <span aria-hidden="true" />
          ) : (
            <span className={classes.dot}>
              <VisuallyHidden>{t('messages.unread')}</VisuallyHidden>
            </span>
          )}
          <div className={classes.main}>
            <div className={classes.heading}>
              <MessageCategoryBadge category={message.category} />
              <Anchor
                component={Link}
                to={paths.message(message.id)}
                className={classes.title}
                data-unread={message.read ? undefined : true}
                lang={CONTENT_LANGUAGE}
                lineClamp={2}
              >
                {message.title}
              </Anchor>
            </div>
            {showSender && (
              <Text size="sm" c="dimmed" mt={4}>
                {t('messages.sender')}
                <span lang={message.senderName ? CONTENT_LANGUAGE : undefined}>{message.senderName ?? t('messages.platform')}</span>
              </Text>
            )}
          </div>
          <Text span size="sm" c="dimmed" className={classes.date}>
            <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
          </Text>
        </li>
      ))}
    </ul>
  );
}
