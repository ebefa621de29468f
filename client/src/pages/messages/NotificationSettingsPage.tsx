import { Anchor, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNotificationSettingsPageQuery } from '../../__generated__/graphql';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../layout/usePageTitle';
import { paths } from '../../paths';
import { NotificationSettingsForm } from './NotificationSettingsForm';

/** 我的消息 → 消息接收设置 (/enterprise/messages/settings). */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const title = t('notificationSettings.title');
  usePageTitle(title);
  const { data, error, refetch } = useNotificationSettingsPageQuery({ fetchPolicy: 'network-only' });
  const preferences = data?.viewer?.notificationPreferences;
  return (
    <Stack gap="sm">
      <Anchor component={Link} to={paths.enterpriseMessages} size="sm">
        {t('messages.backToList')}
      </Anchor>
      <Paper withBorder radius="md" p="lg">
        <Title order={1} size="h2" mb="xs">
          {title}
        </Title>
        <Text c="dimmed" mb="lg">
          {t('notificationSettings.lead')}
        </Text>
        {preferences ? (
          <NotificationSettingsForm preferences={preferences} />
        ) : error ? (
          <QueryError message={t('notificationSettings.loadError')} onRetry={() => void refetch()} />
        ) : data ? (
          <Text>{t('notificationSettings.notAvailable')}</Text>
        ) : (
          <Loader size="sm" aria-label={t('notificationSettings.loading')} />
        )}
      </Paper>
    </Stack>
  );
}
