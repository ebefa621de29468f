import { Badge, Button, Group, Loader, NativeSelect, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ReviewQueueOrder, ReviewQueueRow_ItemFragment, ReviewQueueStatus } from '../../__generated__/graphql';
import { useReviewQueueChangedSubscription, useReviewQueuePageQuery } from '../../__generated__/graphql';
import { QueryError } from '../../components/QueryError';
import type { OfficeAccount } from '../office/OfficePageFrame';
import { BulkApproveModal } from './BulkApproveModal';
import type { QueueFilters } from './queueParams';
import { queueFilter, readQueueParams, writeQueueParams } from './queueParams';
import { QUEUE_ORDERS, QUEUE_STATUSES } from './reviewFormat';
import { ReviewQueueFilters } from './ReviewQueueFilters';
import { ReviewQueueTable } from './ReviewQueueTable';

const PAGE_SIZE = 20;

/**
 * 审核队列: a tab per status with its count under the filters, the filters, sorting, one page of
 * declarations with 上一页/下一页, and 批量通过 for the 待审核 ones chosen.
 */
export function ReviewQueue({ office }: { office: OfficeAccount }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { status, order, filters } = readQueueParams(params);
  const listKey = params.toString();
  // The cursors of the pages before this one; a new tab, filter or order starts again at page 1.
  const [pages, setPages] = useState<{ key: string; cursors: (string | null)[] }>({ key: listKey, cursors: [null] });
  const cursors = pages.key === listKey ? pages.cursors : [null];
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // The declarations 批量通过 was opened for (fixed while its dialog is open).
  const [bulk, setBulk] = useState<readonly ReviewQueueRow_ItemFragment[] | null>(null);
  const { data, previousData, error, loading, refetch } = useReviewQueuePageQuery({
    variables: { filter: queueFilter(status, filters), orderBy: order, first: PAGE_SIZE, after: cursors.at(-1) ?? null },
    fetchPolicy: 'cache-and-network',
  });
  // A submission arriving or a decision taken elsewhere shows at once: the page and its counts are asked again.
  useReviewQueueChangedSubscription({ ignoreResults: true, onData: () => void refetch() });
  // While the next page loads, the last one stays (no flash of an empty table).
  const connection = (data ?? previousData)?.reviewQueue;
  const counts = new Map(connection?.statusCounts.map((entry) => [entry.status, entry.count]));
  // The province also follows 小巨人 declarations below it; other offices never have any there.
  const tabs = QUEUE_STATUSES.filter((value) => value !== 'LOWER_LEVEL' || office.officeLevel === 'PROVINCE' || (counts.get(value) ?? 0) > 0);
  const pendingRows = status === 'PENDING' ? (connection?.nodes ?? []) : [];
  const chosen = pendingRows.filter((item) => selected.has(item.declaration.id));

  const go = (next: { status?: ReviewQueueStatus; order?: ReviewQueueOrder; filters?: QueueFilters }) => {
    setSelected(new Set());
    setParams(writeQueueParams(next.status ?? status, next.order ?? order, next.filters ?? filters));
  };
  const select = (ids: readonly string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const table = connection ? (
    connection.nodes.length === 0 ? (
      <Text c="dimmed" py="md">
        {t('review.table.empty')}
      </Text>
    ) : (
      <ReviewQueueTable items={connection.nodes} office={office} selected={status === 'PENDING' ? selected : null} onSelect={select} />
    )
  ) : error ? (
    <QueryError message={t('review.table.loadError')} onRetry={() => void refetch()} />
  ) : (
    <Loader size="sm" aria-label={t('review.table.loading')} />
  );

  return (
    <Stack gap="md">
      <ReviewQueueFilters key={JSON.stringify(filters)} office={office} filters={filters} onApply={(next) => go({ filters: next })} />
      <Tabs value={status} keepMounted={false} onChange={(value) => go({ status: QUEUE_STATUSES.find((known) => known === value) ?? 'PENDING' })}>
        <Tabs.List aria-label={t('review.tabsLabel')}>
          {tabs.map((value) => (
            <Tabs.Tab key={value} value={value} rightSection={
                <Badge variant="light" color="gray" size="sm">
                  {counts.get(value) ?? '…'}
                </Badge>
              }>
              {t(`review.status.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((value) => (
          <Tabs.Panel key={value} value={value} pt="md">
            {value === status && (
              <Stack gap="sm">
                <Group justify="space-between" align="flex-end">
                  <Group gap="sm" align="flex-end">
                    {status === 'PENDING' && (
                      <Button onClick={() => setBulk(chosen)} disabled={chosen.length === 0}>
                        {chosen.length > 0 ? t('review.bulk.actionCount', { count: chosen.length }) : t('review.bulk.action')}
                      </Button>
                    )}
                    <Text size="sm" c="dimmed" aria-live="polite">
                      {connection ? t('review.table.count', { count: connection.totalCount }) : ''}
                      {loading && connection ? ` ${t('review.table.updating')}` : ''}
                    </Text>
                  </Group>
                  <NativeSelect
                    label={t('review.sort')}
                    value={order}
                    rightSectionProps={{ 'aria-hidden': true }}
                    onChange={(event) => go({ order: QUEUE_ORDERS.find((known) => known === event.currentTarget.value) ?? 'WAITING_LONGEST' })}
                  >
                    {QUEUE_ORDERS.map((value) => (
                      <option key={value} value={value}>
                        {t(`review.order.${value}`)}
                      </option>
                    ))}
                  </NativeSelect>
                </Group>
                {table}
                {connection && (connection.pageInfo.hasNextPage || cursors.length > 1) && (
                  <Group justify="center" gap="sm" role="navigation" aria-label={t('review.table.pages')}>
                    <Button variant="default" disabled={cursors.length <= 1} onClick={() => setPages({ key: listKey, cursors: cursors.slice(0, -1) })}>
                      {t('review.table.previous')}
                    </Button>
                    <Text size="sm">{t('review.table.page', { page: cursors.length })}</Text>
                    <Button
                      variant="default"
                      disabled={!connection.pageInfo.hasNextPage}
                      onClick={() => setPages({ key: listKey, cursors: [...cursors, connection.pageInfo.endCursor] })}
                    >
                      {t('review.table.next')}
                    </Button>
                  </Group>
                )}
              </Stack>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
      <BulkApproveModal
        items={bulk}
        onClose={(decided) => {
          setBulk(null);
          if (!decided) return;
          setSelected(new Set());
          void refetch();
        }}
      />
    </Stack>
  );
}
