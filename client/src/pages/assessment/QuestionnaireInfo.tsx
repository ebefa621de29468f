import { Alert, Badge, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireCategory } from '../../__generated__/graphql';
import { useAssessmentQuestionnaireInfoQuery } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { categoryKey } from './assessmentFormat';

/** 评测问卷: the set matched from the industry (制造业 / 生产性服务业 / 其他行业), and whether it is adapted. */
export function QuestionnaireInfo({ category }: { category: QuestionnaireCategory }) {
  const { t } = useTranslation();
  const { data } = useAssessmentQuestionnaireInfoQuery({ variables: { category } });
  const questionnaire = data?.assessmentQuestionnaire;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="questionnaire-heading">
      <Title order={2} size="h3" id="questionnaire-heading" mb="sm">
        {t('assessment.questionnaire.title')}
      </Title>
      <Group gap="sm" mb="xs">
        <Text fw={600} lang={CONTENT_LANGUAGE}>
          {questionnaire?.name ?? '…'}
        </Text>
        <Badge variant="light">{t('assessment.questionnaire.matched', { category: t(categoryKey(category)) })}</Badge>
      </Group>
      {questionnaire && (
        <Text size="sm" c="dimmed">
          {t('assessment.questionnaire.counts', { questions: questionnaire.questionCount, scenes: questionnaire.sceneCount })}
        </Text>
      )}
      <Text size="sm" mt="xs">
        {t('assessment.questionnaire.stages')}
      </Text>
      {questionnaire?.adaptation && <AdaptationNotice note={questionnaire.adaptation.note} />}
    </Paper>
  );
}

/** The set is this platform's adaptation, pending the official one: said plainly, with the reason. */
export function AdaptationNotice({ note }: { note: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" mt="md" title={t('assessment.questionnaire.adapted')}>
      <Text size="sm" lang={CONTENT_LANGUAGE}>
        {note}
      </Text>
    </Alert>
  );
}
