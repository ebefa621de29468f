import { Alert, Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DevelopmentScore_ScoreFragment } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatNumber } from '../declarations/declarationFormat';

const STATUS_COLOR: Record<string, string> = { COMPUTED: 'green', MISSING_INPUT: 'orange', NOT_COMPUTABLE: 'gray' };
const STATUSES = ['COMPUTED', 'MISSING_INPUT', 'NOT_COMPUTABLE'] as const;
const known = (status: string) => STATUSES.find((value) => value === status);

/**
 * 专精特新发展评价得分: the score that counts (never above the year's first), what this data
 * computes to, the scorer and its caveat, then each indicator — computed, missing input, or not
 * computable by the platform.
 */
export function DevelopmentScorePanel({ score }: { score: DevelopmentScore_ScoreFragment }) {
  const { t } = useTranslation();
  const points = (value: number | null) => (value === null ? t('review.development.none') : formatNumber(value));
  const categories = [...new Set(score.indicators.map((indicator) => indicator.category))];
  return (
    <Paper component="section" aria-labelledby="development-heading" withBorder radius="md" p="lg">
      <Title order={2} size="h4" id="development-heading" mb="xs">
        {t('review.development.title', { year: score.year })}
      </Title>
      <Text size="sm">
        {t('review.development.score')}
        <Text span fw={700}>
          {points(score.score)}
        </Text>
        {t('review.development.details', { computed: points(score.computedScore), maximum: points(score.yearMaximum) })}
      </Text>
      <Text size="xs" c="dimmed" mb="sm">
        {t('review.development.scorer')}
        <span lang={CONTENT_LANGUAGE}>{score.scorer}</span>
      </Text>
      <Alert color="yellow" variant="light" mb="sm">
        <span lang={CONTENT_LANGUAGE}>{score.notice}</span>
      </Alert>
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder fz="sm" aria-labelledby="development-heading">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('review.development.indicator')}</Table.Th>
              <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
                {t('review.development.status')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('review.development.points')}
              </Table.Th>
              <Table.Th scope="col">{t('review.development.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          {categories.map((category) => (
            <Table.Tbody key={category}>
              <Table.Tr>
                <Table.Th scope="rowgroup" colSpan={4} lang={CONTENT_LANGUAGE} bg="var(--mantine-color-gray-0)">
                  {category}
                </Table.Th>
              </Table.Tr>
              {score.indicators
                .filter((indicator) => indicator.category === category)
                .map((indicator) => {
                  const status = known(indicator.status);
                  return (
                    <Table.Tr key={indicator.key}>
                      <Table.Td pl="lg" lang={CONTENT_LANGUAGE}>
                        {indicator.name}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Badge color={STATUS_COLOR[indicator.status] ?? 'gray'} variant="light">
                          {status ? t(`review.development.statuses.${status}`) : indicator.status}
                        </Badge>
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {indicator.points === null ? t('review.table.none') : t('declaration.preview.pointsOf', { points: formatNumber(indicator.points), max: formatNumber(indicator.max) })}
                      </Table.Td>
                      <Table.Td lang={CONTENT_LANGUAGE}>{indicator.note}</Table.Td>
                    </Table.Tr>
                  );
                })}
            </Table.Tbody>
          ))}
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
