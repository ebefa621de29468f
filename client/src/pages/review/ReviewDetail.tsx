import { Alert, Grid, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewDetail_DeclarationFragment } from '../../__generated__/graphql';
import { useLevelText } from '../assessment/LevelText';
import { BasicInfoSection } from '../declarations/BasicInfoSection';
import type { FormValues } from '../declarations/formData';
import { FormSectionsView } from '../declarations/FormSectionsView';
import { PdfDownloadButton } from '../declarations/PdfDownloadButton';
import { PreviewPanel } from '../declarations/PreviewPanel';
import { ReturnedNotice } from '../declarations/ReturnedNotice';
import { StatusTimeline } from '../declarations/StatusTimeline';
import { DecisionBar } from './DecisionBar';
import { DevelopmentScorePanel } from './DevelopmentScorePanel';
import { LastReturn } from './LastReturn';
import { ReviewEvidence } from './ReviewEvidence';
import { ReviewHeader } from './ReviewHeader';
import { VersionDiff } from './VersionDiff';

const TABS = ['content', 'evidence', 'versions', 'history', 'digital'] as const;

/** 审核详情: the head, the decision bar, then the declaration by tab — content, evidence, versions, history, digital level. */
export function ReviewDetail({ declaration }: { declaration: ReviewDetail_DeclarationFragment }) {
  const { t } = useTranslation();
  const levelText = useLevelText();
  const { eligibility } = declaration;
  const { facts } = eligibility;
  // Field paths and evidence item keys never collide (evidence keys are upper case).
  const labels = new Map([
    ...eligibility.form.flatMap((section) => section.fields).map((field) => [field.path, field.label] as const),
    ...declaration.evidenceItems.map((item) => [item.key, item.label] as const),
  ]);
  return (
    <Stack gap="md">
      <ReviewHeader declaration={declaration} />
      <DecisionBar declaration={declaration} enterpriseName={declaration.enterprise.name} />
      {declaration.status === 'RETURNED' && (
        <>
          <ReturnedNotice lastReturn={declaration.lastReturn} fieldLabels={labels} evidenceLabels={labels} linked={false} />
          <Text size="sm" c="dimmed">
            {t('review.detail.returnedNote', { number: declaration.lastReturn?.versionNumber ?? '' })}
          </Text>
        </>
      )}
      <Tabs defaultValue="content" keepMounted={false}>
        <Tabs.List aria-label={t('review.detail.tabsLabel')}>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab} value={tab}>
              {t(`review.detail.tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="content" pt="md">
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
              <Stack gap="lg">
                <Group>
                  <PdfDownloadButton declarationId={declaration.id} asReviewer />
                </Group>
                <BasicInfoSection enterprise={declaration.enterprise} tier={declaration.tier} digitalLevel={facts.digitalLevel} year={facts.year} editing={false} />
                <FormSectionsView sections={eligibility.form} data={declaration.data as FormValues} />
                {declaration.developmentScore && <DevelopmentScorePanel score={declaration.developmentScore} />}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
              <PreviewPanel eligibility={eligibility} headingId="review-eligibility-heading" />
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="evidence" pt="md">
          <ReviewEvidence declarationId={declaration.id} items={declaration.evidenceItems} evidence={declaration.evidence} />
        </Tabs.Panel>
        <Tabs.Panel value="versions" pt="md">
          <Stack gap="md">
            {declaration.lastReturn && <LastReturn lastReturn={declaration.lastReturn} labels={labels} />}
            <VersionDiff declarationId={declaration.id} versions={declaration.versions} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <Paper withBorder radius="md" p="lg">
            <Title order={2} size="h4" id="review-timeline-heading" mb="sm">
              {t('declaration.detail.timeline')}
            </Title>
            <StatusTimeline history={declaration.history} headingId="review-timeline-heading" />
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="digital" pt="md">
          <Paper withBorder radius="md" p="lg">
            <Title order={2} size="h4" mb="sm">
              {t('review.detail.digitalTitle')}
            </Title>
            {facts.digitalLevel ? (
              <Text>
                {t('review.detail.digitalLevel')}
                <Text span fw={700}>
                  {levelText(facts.digitalLevel)}
                </Text>
              </Text>
            ) : (
              <Alert color={declaration.tier === 'INNOVATIVE' ? 'gray' : 'orange'} variant="light">
                {declaration.tier === 'INNOVATIVE' ? t('review.detail.digitalNoneOptional') : t('review.detail.digitalNoneRequired')}
              </Alert>
            )}
            <Text size="sm" c="dimmed" mt="xs">
              {t('review.detail.digitalSource')}
            </Text>
          </Paper>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
