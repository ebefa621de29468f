import { Container, Paper, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../layout/usePageTitle';
import { AnnouncementResults } from './AnnouncementResults';
import type { AnnouncementSearch } from './announcementSearch';
import { paramsFromSearch, searchFromParams } from './announcementSearch';
import { AnnouncementSearchForm } from './AnnouncementSearchForm';

const ALL = 'ALL';

/**
 * 通知公告 (/announcements), where the home page's 更多 leads (manual: 公告专属模块): 部级公告 and
 * 省级公告 as tabs, search by keyword, province and publication date, 加载更多. The whole search
 * is in the URL, so it can be shared and the back button returns to it.
 */
export function AnnouncementsPage() {
  const { t } = useTranslation();
  const title = t('announcements.title');
  usePageTitle(title);
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchFromParams(searchParams);
  const apply = (next: AnnouncementSearch) => setSearchParams(paramsFromSearch(next));
  const tabs = [
    { value: ALL, label: t('announcements.all') },
    { value: 'MINISTRY', label: t('home.ministryAnnouncements') },
    { value: 'PROVINCE', label: t('home.provincialAnnouncements') },
  ] as const;

  return (
    <Container size="lg" py="xl">
      <Title order={1} size="h2" mb="md">
        {title}
      </Title>
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg">
          <AnnouncementSearchForm key={searchParams.toString()} search={search} onSearch={apply} />
        </Paper>
        <Paper withBorder radius="md" p="lg">
          <Tabs
            value={search.level ?? ALL}
            onChange={(value) => apply({ ...search, level: value === 'MINISTRY' || value === 'PROVINCE' ? value : undefined })}
            keepMounted={false}
          >
            <Tabs.List mb="md">
              {tabs.map((tab) => (
                <Tabs.Tab key={tab.value} value={tab.value}>
                  {tab.label}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {tabs.map((tab) => (
              <Tabs.Panel key={tab.value} value={tab.value}>
                <AnnouncementResults search={search} label={tab.label} />
              </Tabs.Panel>
            ))}
          </Tabs>
        </Paper>
      </Stack>
    </Container>
  );
}
