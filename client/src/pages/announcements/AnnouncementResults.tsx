import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnouncementsPageQuery } from '../../__generated__/graphql';
import { AnnouncementList } from '../../components/AnnouncementList';
import { QueryError } from '../../components/QueryError';
import type { AnnouncementSearch } from './announcementSearch';
import { variablesOf } from './announcementSearch';

const PAGE = 10;

/** The matching announcements, how many there are, and 加载更多. */
export function AnnouncementResults({ search, label }: { search: AnnouncementSearch; label: string }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch, fetchMore } = useAnnouncementsPageQuery({ variables: { ...variablesOf(search), first: PAGE } });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);
  const connection = data?.announcements;

  if (!connection) {
    if (error) return <QueryError message={t('announcements.loadError')} onRetry={() => void refetch()} />;
    return <Loader size="sm" aria-label={t('announcements.loading')} />;
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
      <Text size="sm" c="dimmed" role="status">
        {loading ? t('announcements.loading') : t('announcements.count', { count: connection.totalCount, shown: connection.nodes.length })}
      </Text>
      <AnnouncementList announcements={connection.nodes} label={t('announcements.listLabel', { section: label })} showLevel={!search.level} />
      {moreFailed && <QueryError message={t('announcements.loadError')} />}
      {connection.pageInfo.hasNextPage && (
        <Group justify="center">
          <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
            {t('announcements.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
