import { Alert, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentPageQuery } from '../../__generated__/graphql';
import { formatDateTime } from '../../i18n/format';
import { formatPoints } from './assessmentFormat';
import { RestartAssessmentButton } from './RestartAssessmentButton';

type Attempt = NonNullable<AssessmentPageQuery['assessment']>;

/** 已锁定: stage 1 is finished, its score fixed; changing it takes a new attempt (重新评测). */
export function StageLockNotice({ attempt }: { attempt: Attempt }) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" mb="md" title={t('assessment.locked.title')}>
      <Text size="sm">
        {attempt.stage1CompletedAt
          ? t('assessment.locked.bodyAt', { date: formatDateTime(attempt.stage1CompletedAt) })
          : t('assessment.locked.body')}
      </Text>
      {attempt.score !== null && (
        <Text size="sm" fw={700} mt={4}>
          {t('assessment.locked.score', { points: formatPoints(attempt.score) })}
        </Text>
      )}
      {attempt.status === 'IN_PROGRESS' && (
        <Group mt="sm">
          <RestartAssessmentButton enterpriseId={attempt.enterprise.id} abandons />
        </Group>
      )}
    </Alert>
  );
}
