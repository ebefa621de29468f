import { Alert, Loader, Paper, Stack, Text } from '@mantine/core';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';
import { useDevSmsPageQuery } from '../../__generated__/graphql';
import { QueryError } from '../../components/QueryError';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatDateTime } from '../../i18n/format';

/** New codes arrive while the page is open: look again every few seconds. */
const POLL_MS = 3_000;

const isForbidden = (error: unknown): boolean =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'FORBIDDEN');

/** One phone's messages in the dev outbox. */
export function DevSmsMessages({ phone }: { phone: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useDevSmsPageQuery({ variables: { phone }, pollInterval: POLL_MS, fetchPolicy: 'network-only' });
  if (error && isForbidden(error)) {
    return (
      <Alert color="gray" variant="light" role="alert" title={t('devSms.disabledTitle')}>
        {t('devSms.disabledBody')}
      </Alert>
    );
  }
  if (!data) return error ? <QueryError message={t('devSms.loadError')} onRetry={() => void refetch()} /> : <Loader size="sm" aria-label={t('devSms.loading')} />;
  if (data.devSmsOutbox.length === 0) return <Text c="dimmed">{t('devSms.empty', { phone })}</Text>;
  return (
    <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('devSms.listLabel', { phone })}>
      {data.devSmsOutbox.map((message) => (
        <Paper component="li" key={message.id} withBorder p="md" radius="sm">
          <Text size="sm" c="dimmed" mb={4}>
            <time dateTime={message.sentAt}>{formatDateTime(message.sentAt)}</time> · {message.phone}
          </Text>
          <Text lang={CONTENT_LANGUAGE}>{message.text}</Text>
        </Paper>
      ))}
    </Stack>
  );
}
