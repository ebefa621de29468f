import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMessagePageQuery } from '../../__generated__/graphql';
import { MessageCategoryBadge } from '../../components/MessageCategoryBadge';
import { QueryError } from '../../components/QueryError';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { usePageTitle } from '../../layout/usePageTitle';
import { messagesPath } from '../../paths';
import { useMarkRead } from './useMarkRead';
import classes from './MessagePage.module.css';

/** A link of a message is a path of this portal; anything else is not offered as a button. */
const isPortalPath = (link: string | null): link is string => !!link && link.startsWith('/') && !link.startsWith('//');

/** 消息详情 (/enterprise/messages/:id): opening a message marks it read. */
export function MessagePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useMessagePageQuery({ variables: { id } });
  const message = data?.message;
  usePageTitle(message?.title ?? t('messages.detail'));
  const { markRead } = useMarkRead();
  const [markFailed, setMarkFailed] = useState(false);
  // Once per message (StrictMode runs effects twice; the server would not mind, but the network does).
  const marked = useRef<string | null>(null);
  useEffect(() => {
    if (!message || message.read || marked.current === message.id) return;
    marked.current = message.id;
    markRead({ ids: [message.id] }).then(
      (problem) => setMarkFailed(problem !== null),
      () => setMarkFailed(true),
    );
  }, [message, markRead]);

  const back = (
    <Anchor component={Link} to={message ? messagesPath(message.category) : messagesPath()} size="sm">
      {t('messages.backToList')}
    </Anchor>
  );

  if (loading && !data) {
    return (
      <Stack align="center" py="xl">
        <Loader size="sm" aria-label={t('messages.loading')} />
      </Stack>
    );
  }
  if (!message) {
    return (
      <Paper withBorder radius="md" p="lg">
        <Title order={1} size="h2" mb="md">
          {t('messages.detail')}
        </Title>
        {error ? (
          <QueryError message={t('messages.loadError')} onRetry={() => void refetch()} />
        ) : (
          <Alert color="gray" variant="light">
            {t('messages.notFound')}
          </Alert>
        )}
        <Group mt="md">{back}</Group>
      </Paper>
    );
  }
  return (
    <Stack gap="sm">
      {back}
      <Paper component="article" withBorder radius="md" p="xl">
        <Title order={1} size="h2" className={classes.title} lang={CONTENT_LANGUAGE}>
          {message.title}
        </Title>
        <Group gap="lg" mt="sm" mb="lg" className={classes.meta}>
          <MessageCategoryBadge category={message.category} />
          <Text span size="sm" c="dimmed">
            {t('messages.sender')}
            <span lang={message.senderName ? CONTENT_LANGUAGE : undefined}>{message.senderName ?? t('messages.platform')}</span>
          </Text>
          <Text span size="sm" c="dimmed">
            {t('messages.sentAt')}
            <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
          </Text>
        </Group>
        {/* Plain text from the API, rendered as text, never as HTML. */}
        <div className={classes.body} lang={CONTENT_LANGUAGE}>
          {message.body}
        </div>
        {isPortalPath(message.link) && (
          <Group mt="xl">
            <Button component={Link} to={message.link}>
              {t('messages.openLink')}
            </Button>
          </Group>
        )}
      </Paper>
      {markFailed && (
        <Text size="sm" c="red.9" role="alert">
          {t('messages.markFailed')}
        </Text>
      )}
    </Stack>
  );
}
