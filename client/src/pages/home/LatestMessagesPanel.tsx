import { Anchor, Badge, Group, Paper, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLatestMessagesQuery } from '../../__generated__/graphql';
import { MessageList } from '../../components/MessageList';
import { QueryError } from '../../components/QueryError';
import { paths } from '../../paths';
import { SectionHeading } from './SectionHeading';
import classes from './HomePage.module.css';

const LATEST = 5;

/** 企业最新消息: the latest 5 messages, live; 更多 leads to 我的消息 (manual, 企业申报首页). */
export function LatestMessagesPanel() {
  const { t } = useTranslation();
  // Asked again on each visit; between visits the inbox subscriptions keep the cache current.
  const { data, error, refetch } = useLatestMessagesQuery({ fetchPolicy: 'cache-and-network' });
  const viewer = data?.viewer;
  const title = t('home.latestMessages');
  const unread = viewer?.unreadMessageCount ?? 0;
  return (
    <Paper component="section" aria-labelledby="latest-messages" withBorder radius="md" p="lg" className={classes.panel}>
      <SectionHeading
        id="latest-messages"
        title={title}
        aside={
          <Group gap="sm">
            {unread > 0 && (
              <Badge color="red.9" variant="filled" radius="sm">
                {t('messages.unreadCount', { count: unread })}
              </Badge>
            )}
            <Anchor component={Link} to={paths.enterpriseMessages} size="sm" fw={500} aria-label={t('home.moreLabel', { section: t('enterprise.subnav.messages') })}>
              {t('home.more')}
            </Anchor>
          </Group>
        }
      />
      {viewer?.enterprise ? (
        // A live message is put on top of the cached list: the block keeps showing 5.
        <MessageList
          messages={viewer.enterprise.messages.nodes.slice(0, LATEST)}
          label={t('messages.listLabel', { section: title })}
          empty={t('messages.empty')}
        />
      ) : error ? (
        <QueryError message={t('messages.loadError')} onRetry={() => void refetch()} />
      ) : (
        <Stack gap="md" py="xs" aria-hidden="true">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} height={18} width={`${90 - row * 12}%`} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
