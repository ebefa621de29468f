import { Alert, Anchor, Badge, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentPageQuery } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { paths } from '../../paths';
import { categoryKey } from './assessmentFormat';
import { AdaptationNotice } from './QuestionnaireInfo';

type Attempt = NonNullable<AssessmentPageQuery['assessment']>;

/** The page heading: questionnaire, category, when started; notices for adapted sets, carried-over answers and replaced attempts. */
export function FormHeader({ attempt, prefilled }: { attempt: Attempt; prefilled: boolean }) {
  const { t } = useTranslation();
  const { questionnaire } = attempt;
  return (
    <>
      <Anchor component={Link} to={paths.assessment} size="sm">
        {t('assessment.backToOverview')}
      </Anchor>
      <Title order={1} mt="xs">
        {t('assessment.title')}
      </Title>
      <Group gap="sm" mt="xs">
        <Text lang={CONTENT_LANGUAGE} fw={600}>
          {questionnaire.name}
        </Text>
        <Badge variant="light">{t(categoryKey(questionnaire.category))}</Badge>
        <Text size="sm" c="dimmed">
          {t('assessment.current.startedAt', { date: formatDateTime(attempt.startedAt) })}
        </Text>
      </Group>
      {questionnaire.adaptation && <AdaptationNotice note={questionnaire.adaptation.note} />}
      {prefilled && (
        <Alert color="blue" variant="light" mt="md" title={t('assessment.prefilled.title')}>
          {t('assessment.prefilled.body')}
        </Alert>
      )}
      {attempt.status === 'ABANDONED' && (
        <Alert color="gray" variant="light" mt="md" title={t('assessment.abandoned.title')}>
          {t('assessment.abandoned.body')}
        </Alert>
      )}
    </>
  );
}
