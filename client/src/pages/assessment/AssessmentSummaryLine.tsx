import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary_AssessmentFragment } from '../../__generated__/graphql';
import { formatDateTime } from '../../i18n/format';
import { formatPoints } from './assessmentFormat';
import { useLevelText } from './LevelText';

/** 等级 · 得分 · 评测时间 of a complete attempt (the home page block and /assessment). */
export function AssessmentSummaryLine({ assessment, compact = false }: { assessment: AssessmentSummary_AssessmentFragment; compact?: boolean }) {
  const { t } = useTranslation();
  const levelText = useLevelText();
  return (
    <Group gap={compact ? 'md' : 'xl'} component="dl" m={0}>
      <div>
        <Text component="dt" size="sm" c="dimmed">
          {t('assessment.result.level')}
        </Text>
        <Text component="dd" m={0} fw={700} size={compact ? 'lg' : 'xl'} c="govBlue.8">
          {levelText(assessment.level)}
        </Text>
      </div>
      <div>
        <Text component="dt" size="sm" c="dimmed">
          {t('assessment.result.score')}
        </Text>
        <Text component="dd" m={0} fw={700} size={compact ? 'lg' : 'xl'}>
          {assessment.score === null ? '—' : t('assessment.points', { points: formatPoints(assessment.score) })}
        </Text>
      </div>
      <div>
        <Text component="dt" size="sm" c="dimmed">
          {t('assessment.result.completedAt')}
        </Text>
        <Text component="dd" m={0}>
          {assessment.completedAt ? formatDateTime(assessment.completedAt) : '—'}
        </Text>
      </div>
    </Group>
  );
}
