import { Button, Container, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ManualVerificationStatus } from '../../__generated__/graphql';
import { useManualVerificationsPageQuery } from '../../__generated__/graphql';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../layout/usePageTitle';
import { DecisionModal } from './DecisionModal';
import { ManualVerificationCard } from './ManualVerificationCard';

const ALL = 'ALL';
const PAGE = 20;
const STATUSES: readonly ManualVerificationStatus[] = ['PENDING', 'APPROVED', 'REJECTED'];
const parseStatus = (value: string | null): ManualVerificationStatus | undefined => STATUSES.find((status) => status === value);

/** 人工核验审核: the administrator's list of phone-change requests, filtered by status. */
export function ManualVerificationsPage() {
  const { t } = useTranslation();
  const title = t('admin.title');
  usePageTitle(title);
  const [searchParams, setSearchParams] = useSearchParams();
  // Pending requests first: they are the ones waiting for someone.
  const statusParam = searchParams.get('status');
  const status = statusParam === ALL ? undefined : (parseStatus(statusParam) ?? 'PENDING');
  const [first, setFirst] = useState(PAGE);
  const [decision, setDecision] = useState<{ id: string; enterpriseName: string; approve: boolean } | null>(null);
  const { data, error, loading, refetch } = useManualVerificationsPageQuery({ variables: { status, first }, fetchPolicy: 'cache-and-network' });
  const connection = data?.manualVerificationRequests;

  return (
    <Container size="lg" py="xl">
      <Group justify="space-between" mb="md">
        <Title order={1} size="h2">
          {title}
        </Title>
        <SegmentedControl
          aria-label={t('admin.filterLabel')}
          value={status ?? ALL}
          onChange={(value) => {
            setFirst(PAGE);
            setSearchParams({ status: value });
          }}
          data={[...STATUSES.map((value) => ({ value, label: t(`admin.status.${value}`) })), { value: ALL, label: t('admin.all') }]}
        />
      </Group>
      {connection ? (
        <Stack gap="md">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('admin.count', { count: connection.totalCount })}
          </Text>
          {connection.nodes.map((request) => (
            <ManualVerificationCard
              key={request.id}
              request={request}
              onDecide={(approve) => setDecision({ id: request.id, enterpriseName: request.enterpriseName, approve })}
            />
          ))}
          {connection.pageInfo.hasNextPage && (
            <Group justify="center">
              <Button variant="default" loading={loading} onClick={() => setFirst((current) => Math.min(current + PAGE, 100))}>
                {t('admin.more')}
              </Button>
            </Group>
          )}
        </Stack>
      ) : error ? (
        <QueryError message={t('admin.loadError')} onRetry={() => void refetch()} />
      ) : (
        <Loader size="sm" aria-label={t('admin.loading')} />
      )}
      <DecisionModal
        decision={decision}
        onClose={() => {
          setDecision(null);
          // A decided request leaves the 待审核 list.
          void refetch();
        }}
      />
    </Container>
  );
}
