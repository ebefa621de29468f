import { Alert, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentHomePageQuery } from '../../__generated__/graphql';
import { formatDateTime } from '../../i18n/format';
import { RestartAssessmentButton } from './RestartAssessmentButton';
import { useStartAssessment } from './useStartAssessment';

type Current = NonNullable<NonNullable<NonNullable<AssessmentHomePageQuery['viewer']>['enterprise']>['currentAssessment']>;

interface CurrentAttemptCardProps {
  enterpriseId: string;
  current: Current | null;
  hasPrevious: boolean;
}

/** 继续评测 with the progress of the attempt in progress, or 开始评测; 重新评测 either way once there is something to redo. */
export function CurrentAttemptCard({ enterpriseId, current, hasPrevious }: CurrentAttemptCardProps) {
  const { t } = useTranslation();
  const { start, starting, problem } = useStartAssessment(enterpriseId, hasPrevious);
  const progress = current?.progress;
  const done = progress ? progress.answeredQuestions + progress.judgedScenes : 0;
  const total = progress ? progress.totalQuestions + progress.totalScenes : 1;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="current-attempt-heading">
      <Title order={2} size="h3" id="current-attempt-heading" mb="sm">
        {current ? t('assessment.current.title') : t('assessment.current.startTitle')}
      </Title>
      {current && progress ? (
        <Stack gap="xs" mb="md">
          <Text size="sm">
            {t('assessment.current.startedAt', { date: formatDateTime(current.startedAt) })}
            {' · '}
            {t(current.stage === 'QUESTIONS' ? 'assessment.stage1' : 'assessment.stage2')}
          </Text>
          <Text size="sm">
            {t('assessment.progress.questions', { answered: progress.answeredQuestions, total: progress.totalQuestions })}
            {'，'}
            {t('assessment.progress.scenes', { judged: progress.judgedScenes, total: progress.totalScenes })}
          </Text>
          <Progress value={(done / total) * 100} aria-label={t('assessment.progress.label')} />
        </Stack>
      ) : (
        <Text size="sm" mb="md">
          {hasPrevious ? t('assessment.current.startPrefilled') : t('assessment.current.startBody')}
        </Text>
      )}
      {problem !== null && (
        <Alert color="red" variant="light" role="alert" mb="md">
          {problem || t('assessment.networkError')}
        </Alert>
      )}
      <Group>
        <Button loading={starting} onClick={() => void start(false)}>
          {current ? t('assessment.continue') : hasPrevious ? t('assessment.startNew') : t('assessment.start')}
        </Button>
        {current && <RestartAssessmentButton enterpriseId={enterpriseId} abandons />}
      </Group>
    </Paper>
  );
}
