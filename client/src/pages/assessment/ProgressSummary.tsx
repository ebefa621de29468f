import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ProgressSummaryProps {
  answered: number;
  questions: number;
  judged: number;
  scenes: number;
}

/** 已答 x/15 题 · 已评 y/16 个场景, with one bar for both stages. */
export function ProgressSummary({ answered, questions, judged, scenes }: ProgressSummaryProps) {
  const { t } = useTranslation();
  const total = questions + scenes;
  return (
    <Stack gap={4} miw={220} style={{ flex: 1 }}>
      <Group gap="md">
        <Text size="sm">{t('assessment.progress.questions', { answered, total: questions })}</Text>
        <Text size="sm">{t('assessment.progress.scenes', { judged, total: scenes })}</Text>
      </Group>
      <Progress
        value={total ? ((answered + judged) / total) * 100 : 0}
        aria-label={t('assessment.progress.label')}
      />
    </Stack>
  );
}
