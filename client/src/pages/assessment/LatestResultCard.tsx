import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentSummary_AssessmentFragment } from '../../__generated__/graphql';
import { paths } from '../../paths';
import { AssessmentSummaryLine } from './AssessmentSummaryLine';

/** 最新评测结果: the latest complete attempt, the enterprise's current digital level (filled into declarations). */
export function LatestResultCard({ latest }: { latest: AssessmentSummary_AssessmentFragment | null }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="latest-result-heading">
      <Title order={2} size="h3" id="latest-result-heading" mb="sm">
        {t('assessment.latest.title')}
      </Title>
      {latest ? (
        <>
          <AssessmentSummaryLine assessment={latest} />
          <Group mt="sm" gap="md">
            <Text size="sm" c="dimmed">
              {t('assessment.latest.note')}
            </Text>
            <Anchor component={Link} to={paths.assessmentResult(latest.id)}>
              {t('assessment.latest.view')}
            </Anchor>
          </Group>
        </>
      ) : (
        <Text>{t('assessment.notAssessed')}</Text>
      )}
    </Paper>
  );
}
