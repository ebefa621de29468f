import { Table, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentResult_AssessmentFragment } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatPoints } from './assessmentFormat';

type Dimension = NonNullable<AssessmentResult_AssessmentFragment['dimensionScores']>[number];

/** 各领域得分: each dimension with its areas, score and full marks. */
export function AreaScoresTable({ dimensions }: { dimensions: readonly Dimension[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="area-scores-heading">
      <Title order={3} size="h4" mb="sm" id="area-scores-heading">
        {t('assessment.result.areasTitle')}
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table withTableBorder aria-labelledby="area-scores-heading">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('assessment.result.area')}</Table.Th>
              <Table.Th scope="col">{t('assessment.result.score')}</Table.Th>
              <Table.Th scope="col">{t('assessment.result.fullMarks')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {dimensions.map((dimension) => (
              <Fragment key={dimension.name}>
                <Table.Tr bg="gray.0">
                  <Table.Th scope="row" lang={CONTENT_LANGUAGE}>
                    {dimension.name}
                  </Table.Th>
                  <Table.Td fw={700}>{formatPoints(dimension.score)}</Table.Td>
                  <Table.Td>{formatPoints(dimension.points)}</Table.Td>
                </Table.Tr>
                {dimension.areas.map((area) => (
                  <Table.Tr key={area.name}>
                    <Table.Th scope="row" pl="xl" fw={400} lang={CONTENT_LANGUAGE}>
                      {area.name}
                    </Table.Th>
                    <Table.Td>{formatPoints(area.score)}</Table.Td>
                    <Table.Td>{formatPoints(area.points)}</Table.Td>
                  </Table.Tr>
                ))}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
