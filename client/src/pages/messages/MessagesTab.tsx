import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageCategory } from '../../__generated__/graphql';
import { useMessagesPageQuery } from '../../__generated__/graphql';
import { MessageList } from '../../components/MessageList';
import { QueryError } from '../../components/QueryError';
import { MarkAllReadButton } from './MarkAllReadButton';

const PAGE = 20;

interface MessagesTabProps {
  category: MessageCategory | undefined;
  /** The tab's name, for the list's accessible name. */
  label: string;
}

/** One tab of 我的消息: count, 全部标为已读, the list (new messages arrive on top) and 加载更多. */
export function MessagesTab({ category, label }: MessagesTabProps) {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore } = useMessagesPageQuery({ variables: { category, first: PAGE }, fetchPolicy: 'cache-and-network' });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);
  const viewer = data?.viewer;
  const connection = viewer?.enterprise?.messages;

  if (!connection) {
    if (error) return <QueryError message={t('messages.loadError')} onRetry={() => void refetch()} />;
    return (
      <Stack align="center" py="xl">
        <Loader size="sm" aria-label={t('messages.loading')} />
      </Stack>
    );
  }

  const loadMore = async () => {
    setLoadingMore(true);
    setMoreFailed(false);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } catch {
      setMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('messages.count', { count: connection.totalCount, shown: connection.nodes.length })}
        </Text>
        <MarkAllReadButton category={category} disabled={(viewer.unreadMessageCount ?? 0) === 0} />
      </Group>
      <MessageList messages={connection.nodes} label={t('messages.listLabel', { section: label })} empty={t('messages.emptyTab')} showSender />
      {moreFailed && <QueryError message={t('messages.loadError')} />}
      {connection.pageInfo.hasNextPage && (
        <Group justify="center">
          <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
            {t('messages.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
