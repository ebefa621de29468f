import { BarChart } from '@mantine/charts';
import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentForm_AssessmentFragment } from '../../__generated__/graphql';
import type { Questionnaire } from './formModel';

/** 场景等级: the level judged for each scene, constraint scenes (★) in their own colour. */
export function SceneLevelChart({ questionnaire, sceneLevels }: { questionnaire: Questionnaire; sceneLevels: AssessmentForm_AssessmentFragment['sceneLevels'] }) {
  const { t } = useTranslation();
  const levels = new Map(sceneLevels.map((s) => [s.sceneKey, s.level]));
  const scenes = questionnaire.sceneGroups.flatMap((g) => g.scenes);
  const data = scenes.map((s) => ({
    name: s.constraint ? `${s.name}★` : s.name,
    constraint: s.constraint ? (levels.get(s.key) ?? 0) : 0,
    other: s.constraint ? 0 : (levels.get(s.key) ?? 0),
  }));
  const summary = scenes.map((s) => `${s.name} ${levels.get(s.key) ?? '—'}`).join('，');
  return (
    <Paper withBorder radius="md" p="md" component="figure" m={0} aria-labelledby="scene-chart-title">
      <Title order={3} size="h4" mb="sm" id="scene-chart-title" component="figcaption">
        {t('assessment.result.sceneChart')}
      </Title>
      <div role="img" aria-label={summary}>
        <BarChart
          h={Math.max(280, scenes.length * 28)}
          data={data}
          dataKey="name"
          type="stacked"
          orientation="vertical"
          withLegend
          gridAxis="x"
          xAxisProps={{ domain: [0, 4], ticks: [0, 1, 2, 3, 4], allowDecimals: false }}
          yAxisProps={{ width: 90, interval: 0 }}
          series={[
            { name: 'constraint', label: t('assessment.result.constraintSeries'), color: 'red.8' },
            { name: 'other', label: t('assessment.result.otherSeries'), color: 'govBlue.6' },
          ]}
          barChartProps={{ accessibilityLayer: false }}
        />
      </div>
    </Paper>
  );
}
