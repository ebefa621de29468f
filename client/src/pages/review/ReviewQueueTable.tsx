import { Anchor, Badge, Checkbox, Table, Text } from '@mantine/core';
import { jurisdictionCovers, NATIONAL_REGION_CODE } from '@zjtx/domain';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { ReviewQueueRow_ItemFragment } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { paths } from '../../paths';
import type { OfficeAccount } from '../office/OfficePageFrame';
import { formatNumber, levelKey, tierKey } from '../declarations/declarationFormat';
import type { FromQueueState } from './decidedState';
import { QUEUE_STATUS_COLOR } from './reviewFormat';

interface ReviewQueueTableProps {
  items: readonly ReviewQueueRow_ItemFragment[];
  /** Regions are named from below the office's own. */
  office: OfficeAccount;
  /** Ids chosen for 批量通过; null where rows cannot be chosen (only 待审核 ones can be approved). */
  selected: ReadonlySet<string> | null;
  onSelect: (ids: readonly string[], chosen: boolean) => void;
}

/** 已超期 in words and dark red, not by colour alone. */
export function DeadlineText({ deadline, overdue }: { deadline: string | null; overdue: boolean }) {
  const { t } = useTranslation();
  if (!deadline) return <>{t('review.table.none')}</>;
  return overdue ? (
    <Text span size="sm" c="red.9" fw={700}>
      {deadline} {t('review.overdue')}
    </Text>
  ) : (
    <>{deadline}</>
  );
}

/**
 * Where the enterprise is registered, from below the office's own region: 西湖区 for Hangzhou,
 * 杭州市 西湖区 for the province, 浙江省 杭州市 西湖区 for the ministry.
 */
function regionBelow(office: OfficeAccount, path: readonly { code: string; name: string }[]): string {
  const own = office.regionCode ?? NATIONAL_REGION_CODE;
  // Leave out the office's own region and those above it.
  const below = path.filter((region) => !jurisdictionCovers({ regionCode: region.code }, own));
  return (below.length > 0 ? below : path.slice(-1)).map((region) => region.name).join(' ');
}

/** 审核队列's table: each declaration with its enterprise, type, batch, region, status, waiting time, deadline and score; a row opens it. */
export function ReviewQueueTable({ items, office, selected, onSelect }: ReviewQueueTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The detail page leads back to this tab with these filters.
  const from: FromQueueState = { queueSearch: useLocation().search };
  const ids = items.map((item) => item.declaration.id);
  const chosen = selected ? ids.filter((id) => selected.has(id)).length : 0;
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover withTableBorder aria-label={t('review.table.label')}>
        <Table.Thead>
          <Table.Tr>
            {selected && (
              <Table.Th scope="col" w={40}>
                <Checkbox
                  aria-label={t('review.table.selectAll')}
                  checked={chosen > 0 && chosen === ids.length}
                  indeterminate={chosen > 0 && chosen < ids.length}
                  onChange={(event) => onSelect(ids, event.currentTarget.checked)}
                />
              </Table.Th>
            )}
            <Table.Th scope="col">{t('review.table.enterprise')}</Table.Th>
            <Table.Th scope="col">{t('review.table.tier')}</Table.Th>
            <Table.Th scope="col">{t('review.table.window')}</Table.Th>
            <Table.Th scope="col">{t('review.table.region')}</Table.Th>
            <Table.Th scope="col">{t('review.table.status')}</Table.Th>
            <Table.Th scope="col">{t('review.table.waiting')}</Table.Th>
            <Table.Th scope="col">{t('review.table.deadline')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('review.table.score')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const { declaration } = item;
            return (
              // The row opens the declaration for a mouse; the name is the link for keyboards and screen readers.
              <Table.Tr key={declaration.id} style={{ cursor: 'pointer' }} onClick={() => void navigate(paths.review(declaration.id), { state: from })}>
                {selected && (
                  <Table.Td onClick={(event) => event.stopPropagation()}>
                    <Checkbox
                      aria-label={t('review.table.selectRow', { name: item.enterpriseName })}
                      checked={selected.has(declaration.id)}
                      onChange={(event) => onSelect([declaration.id], event.currentTarget.checked)}
                    />
                  </Table.Td>
                )}
                <Table.Td>
                  <Anchor component={Link} to={paths.review(declaration.id)} state={from} fw={600} lang={CONTENT_LANGUAGE} onClick={(event) => event.stopPropagation()}>
                    {item.enterpriseName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {item.uscc}
                  </Text>
                </Table.Td>
                <Table.Td>{t(tierKey(declaration.tier))}</Table.Td>
                <Table.Td lang={CONTENT_LANGUAGE}>{declaration.window?.name ?? t('review.table.none')}</Table.Td>
                <Table.Td lang={CONTENT_LANGUAGE}>{regionBelow(office, item.region.path)}</Table.Td>
                <Table.Td>
                  <Badge color={QUEUE_STATUS_COLOR[item.status]} variant="light">
                    {t(`review.status.${item.status}`)}
                  </Badge>
                  {/* Where it is now, while another level reviews it. */}
                  {(item.status === 'FORWARDED' || item.status === 'LOWER_LEVEL') && declaration.currentReviewLevel && (
                    <Text size="xs" c="dimmed">
                      {t('review.table.atLevel', { level: t(levelKey(declaration.currentReviewLevel)) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{item.waitingDays === null ? t('review.table.none') : t('review.table.days', { count: item.waitingDays })}</Table.Td>
                <Table.Td>
                  <DeadlineText deadline={item.deadline} overdue={item.overdue} />
                </Table.Td>
                <Table.Td ta="right">{item.score === null ? t('review.table.none') : formatNumber(item.score)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
