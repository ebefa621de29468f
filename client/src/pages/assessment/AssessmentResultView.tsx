import '@mantine/charts/styles.css';
import { Alert, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentForm_AssessmentFragment, AssessmentResult_AssessmentFragment } from '../../__generated__/graphql';
import { formatDateTime } from '../../i18n/format';
import { formatPoints } from './assessmentFormat';
import { AreaScoresTable } from './AreaScoresTable';
import { DimensionChart } from './DimensionChart';
import type { Questionnaire } from './formModel';
import { useLevelText } from './LevelText';
import { LevelChecksTable } from './LevelChecksTable';
import { SceneLevelChart } from './SceneLevelChart';

interface AssessmentResultViewProps {
  assessment: AssessmentResult_AssessmentFragment & Pick<AssessmentForm_AssessmentFragment, 'sceneLevels'>;
  questionnaire: Questionnaire;
}

/** 评测结果: total score and level, charts by dimension and by scene, the level rule as applied, area scores, dates. */
export function AssessmentResultView({ assessment, questionnaire }: AssessmentResultViewProps) {
  const { t } = useTranslation();
  const levelText = useLevelText();
  if (assessment.status !== 'COMPLETE' || assessment.score === null) {
    return <Alert color="gray" variant="light">{t('assessment.result.notYet')}</Alert>;
  }
  const dates = [
    [t('assessment.result.startedAt'), assessment.startedAt],
    [t('assessment.result.stage1CompletedAt'), assessment.stage1CompletedAt],
    [t('assessment.result.completedAt'), assessment.completedAt],
  ] as const;
  return (
    <Stack gap="xl" component="section" aria-labelledby="assessment-result-heading">
      <Title order={2} id="assessment-result-heading">
        {t('assessment.result.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Paper withBorder radius="md" p="md">
          <Text size="sm" c="dimmed" id="result-level-label">
            {t('assessment.result.level')}
          </Text>
          <Text fz={32} fw={700} c="govBlue.8" aria-labelledby="result-level-label" data-testid="result-level">
            {levelText(assessment.level)}
          </Text>
        </Paper>
        <Paper withBorder radius="md" p="md">
          <Text size="sm" c="dimmed">
            {t('assessment.result.score')}
          </Text>
          <Text fz={32} fw={700} data-testid="result-score">
            {formatPoints(assessment.score)}
            <Text span size="md" fw={400}>
              {' '}
              {t('assessment.result.outOf')}
            </Text>
          </Text>
        </Paper>
        <Paper withBorder radius="md" p="md">
          <Stack gap={2} component="dl" m={0}>
            {dates.map(([label, value]) => (
              <Group key={label} gap="xs" wrap="nowrap">
                <Text component="dt" size="sm" c="dimmed">
                  {label}
                </Text>
                <Text component="dd" size="sm" m={0}>
                  {value ? formatDateTime(value) : '—'}
                </Text>
              </Group>
            ))}
          </Stack>
        </Paper>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <DimensionChart dimensions={assessment.dimensionScores ?? []} />
        <SceneLevelChart questionnaire={questionnaire} sceneLevels={assessment.sceneLevels} />
      </SimpleGrid>
      <LevelChecksTable checks={assessment.levelChecks ?? []} />
      <AreaScoresTable dimensions={assessment.dimensionScores ?? []} />
    </Stack>
  );
}
