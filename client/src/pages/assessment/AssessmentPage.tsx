import { Button, Container, Loader, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useAssessmentPageQuery } from '../../__generated__/graphql';
import { NoticePage } from '../../components/NoticePage';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../layout/usePageTitle';
import { paths } from '../../paths';
import { AssessmentForm } from './AssessmentForm';
import { LazyResultView } from './LazyResultView';
import { FormHeader } from './FormHeader';
import { isStartedState } from './useStartAssessment';

/** /assessment/:id (the stepper) and /assessment/:id/result (the result alone). */
export function AssessmentPage({ resultOnly = false }: { resultOnly?: boolean }) {
  const { t } = useTranslation();
  usePageTitle(resultOnly ? t('assessment.result.title') : t('assessment.title'));
  const { id = '' } = useParams();
  const location = useLocation();
  // Said once per visit: "answers carried over" belongs to the moment the attempt was started.
  const [prefilled] = useState(() => {
    const state: unknown = location.state;
    return isStartedState(state) && state.prefilled;
  });
  // The form starts from what the server has saved, never from an older cached copy.
  const { data, error, refetch, loading } = useAssessmentPageQuery({ variables: { id }, fetchPolicy: resultOnly ? 'cache-first' : 'network-only' });
  const attempt = data?.assessment;
  let body;
  if (attempt && !(loading && !resultOnly)) {
    body = resultOnly ? (
      <>
        <FormHeader attempt={attempt} prefilled={false} />
        <Stack mt="lg">
          <LazyResultView assessment={attempt} questionnaire={attempt.questionnaire} />
        </Stack>
      </>
    ) : (
      <AssessmentForm key={attempt.id} attempt={attempt} prefilled={prefilled} />
    );
  } else if (error) {
    body = <QueryError message={t('assessment.loadError')} onRetry={() => void refetch()} />;
  } else if (data) {
    return (
      <NoticePage
        title={t('assessment.notFound.title')}
        actions={
          <Button component={Link} to={paths.assessment}>
            {t('assessment.backToOverview')}
          </Button>
        }
      >
        {t('assessment.notFound.body')}
      </NoticePage>
    );
  } else {
    body = (
      <Stack align="center" py="xl">
        <Loader size="sm" aria-label={t('assessment.loading')} />
      </Stack>
    );
  }
  return (
    <Container size="lg" py="xl">
      {body}
    </Container>
  );
}
