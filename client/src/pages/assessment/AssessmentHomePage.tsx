import { Container, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAssessmentHomePageQuery } from '../../__generated__/graphql';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../layout/usePageTitle';
import { AssessmentHistoryTable } from './AssessmentHistoryTable';
import { CurrentAttemptCard } from './CurrentAttemptCard';
import { IndustryMissingPrompt } from './IndustryMissingPrompt';
import { LatestResultCard } from './LatestResultCard';
import { QuestionnaireInfo } from './QuestionnaireInfo';

/** 数字化水平评测 (/assessment): the matched questionnaire, the attempt to go on with, the latest result, 评测记录. */
export function AssessmentHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('assessment.title'));
  // The attempt in progress and the history change on other pages: always asked again.
  const { data, error, refetch } = useAssessmentHomePageQuery({ fetchPolicy: 'cache-and-network' });
  const enterprise = data?.viewer?.enterprise;
  let body;
  if (enterprise) {
    const attempts = enterprise.assessments.nodes;
    body = (
      <Stack gap="xl">
        {enterprise.assessmentCategory ? <QuestionnaireInfo category={enterprise.assessmentCategory} /> : <IndustryMissingPrompt />}
        {enterprise.assessmentCategory && (
          <CurrentAttemptCard enterpriseId={enterprise.id} current={enterprise.currentAssessment} hasPrevious={attempts.length > 0} />
        )}
        <LatestResultCard latest={enterprise.latestAssessment} />
        <section aria-labelledby="assessment-history-heading">
          <Title order={2} size="h3" id="assessment-history-heading" mb="sm">
            {t('assessment.history.title')}
          </Title>
          <AssessmentHistoryTable attempts={attempts} />
        </section>
      </Stack>
    );
  } else if (error) {
    body = <QueryError message={t('assessment.loadError')} onRetry={() => void refetch()} />;
  } else if (data) {
    body = <Text>{t('enterprise.missingBody')}</Text>;
  } else {
    body = (
      <Stack align="center" py="xl">
        <Loader size="sm" aria-label={t('assessment.loading')} />
      </Stack>
    );
  }
  return (
    <Container size="lg" py="xl">
      <Title order={1} mb="xs">
        {t('assessment.title')}
      </Title>
      <Text c="dimmed" mb="lg">
        {t('assessment.lead')}
      </Text>
      {body}
    </Container>
  );
}
