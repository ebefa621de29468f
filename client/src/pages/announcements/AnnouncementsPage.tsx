import { Container, Group, Loader, Paper, SegmentedControl, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AnnouncementLevel } from '../../__generated__/graphql';
import { useAnnouncementsPageQuery } from '../../__generated__/graphql';
import { AnnouncementList } from '../../components/AnnouncementList';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../layout/usePageTitle';

const ALL = 'ALL';

function parseLevel(value: string | null): AnnouncementLevel | undefined {
  return value === 'MINISTRY' || value === 'PROVINCE' ? value : undefined;
}

export function AnnouncementsPage() {
  const { t } = useTranslation();
  const title = t('announcements.title');
  usePageTitle(title);
  // The level lives in the URL, so the home page's 更多 links open the matching list.
  const [searchParams, setSearchParams] = useSearchParams();
  const level = parseLevel(searchParams.get('level'));
  const { data, error, refetch } = useAnnouncementsPageQuery({ variables: { level } });

  return (
    <Container size="lg" py="xl">
      <Group justify="space-between" mb="md">
        <Title order={1} size="h2">
          {title}
        </Title>
        <SegmentedControl
          aria-label={t('announcements.title')}
          value={level ?? ALL}
          onChange={(value) => setSearchParams(value === ALL ? {} : { level: value })}
          data={[
            { value: ALL, label: t('announcements.all') },
            { value: 'MINISTRY', label: t('home.ministryAnnouncements') },
            { value: 'PROVINCE', label: t('home.provincialAnnouncements') },
          ]}
        />
      </Group>
      <Paper withBorder radius="md" p="lg">
        {data ? (
          <AnnouncementList announcements={data.announcements.nodes} label={t('announcements.listLabel', { section: title })} />
        ) : error ? (
          <QueryError message={t('announcements.loadError')} onRetry={() => void refetch()} />
        ) : (
          <Loader size="sm" aria-label={t('announcements.loading')} />
        )}
      </Paper>
    </Container>
  );
}
