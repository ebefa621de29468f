import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ReviewDetail_DeclarationFragment } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { levelKey, STATUS_COLOR, statusKey, tierKey } from '../declarations/declarationFormat';
import { queueAddress } from './decidedState';
import { DeadlineText } from './ReviewQueueTable';

/** 审核详情's head: the enterprise, tier and status, batch, the level holding it, since when, and its deadline. */
export function ReviewHeader({ declaration }: { declaration: ReviewDetail_DeclarationFragment }) {
  const { t } = useTranslation();
  const { review, enterprise } = declaration;
  const back = queueAddress(useLocation().state);
  const none = t('review.table.none');
  const rows: [string, ReactNode][] = [
    [t('declaration.basic.uscc'), enterprise.uscc],
    [t('review.detail.window'), declaration.window ? <span lang={CONTENT_LANGUAGE}>{declaration.window.name}</span> : none],
    [t('review.detail.level'), review?.level ? t(levelKey(review.level)) : none],
    [t('review.detail.waitingSince'), review?.waitingSince ? formatDateTime(review.waitingSince) : none],
    [t('review.detail.deadline'), <DeadlineText deadline={review?.deadline ?? null} overdue={!!review?.overdue} />],
    [t('review.detail.submittedAt'), declaration.submittedAt ? formatDateTime(declaration.submittedAt) : none],
  ];
  if (declaration.publicityEndsOn) rows.push([t('review.detail.publicityEndsOn'), declaration.publicityEndsOn]);
  return (
    <Stack gap={6}>
      <Anchor component={Link} to={back} size="sm">
        {t('review.detail.back')}
      </Anchor>
      <Text size="sm" c="dimmed">
        {t('review.detail.eyebrow')}
      </Text>
      <Title order={1} lang={CONTENT_LANGUAGE}>
        {enterprise.name}
      </Title>
      <Group gap="sm">
        <Badge variant="light" color="govBlue">
          {t(tierKey(declaration.tier))}
        </Badge>
        <Badge variant="light" color={STATUS_COLOR[declaration.status]}>
          {t(statusKey(declaration.status))}
        </Badge>
      </Group>
      <Table withTableBorder withColumnBorders maw={720} mt="xs" aria-label={t('review.detail.summary')}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w="30%" bg="var(--mantine-color-gray-0)">
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
