import { BarChart } from '@mantine/charts';
import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentResult_AssessmentFragment } from '../../__generated__/graphql';
import { formatPoints } from './assessmentFormat';

type Dimension = NonNullable<AssessmentResult_AssessmentFragment['dimensionScores']>[number];

/** 各维度得分: score against full marks per dimension (the table below has the same numbers). */
export function DimensionChart({ dimensions }: { dimensions: readonly Dimension[] }) {
  const { t } = useTranslation();
  const data = dimensions.map((d) => ({ name: d.name, score: d.score, points: d.points }));
  const summary = dimensions.map((d) => `${d.name} ${formatPoints(d.score)}/${formatPoints(d.points)}`).join('，');
  return (
    <Paper withBorder radius="md" p="md" component="figure" m={0} aria-labelledby="dimension-chart-title">
      <Title order={3} size="h4" mb="sm" id="dimension-chart-title" component="figcaption">
        {t('assessment.result.dimensionChart')}
      </Title>
      <div role="img" aria-label={summary}>
        <BarChart
          h={280}
          data={data}
          dataKey="name"
          withLegend
          valueFormatter={formatPoints}
          series={[
            { name: 'score', label: t('assessment.result.scoreSeries'), color: 'govBlue.7' },
            { name: 'points', label: t('assessment.result.pointsSeries'), color: 'gray.4' },
          ]}
          barChartProps={{ accessibilityLayer: false }}
        />
      </div>
    </Paper>
  );
}
