import { Alert, Button, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeclarationDetailPageQuery } from '../../__generated__/graphql';
import { formatDateTime } from '../../i18n/format';
import { paths } from '../../paths';
import { BasicInfoSection } from './BasicInfoSection';
import { DeclarationHeader } from './DeclarationHeader';
import { isEditable, levelKey } from './declarationFormat';
import { EvidenceSection } from './EvidenceSection';
import { FormSectionsView } from './FormSectionsView';
import type { FormValues } from './formData';
import { PdfDownloadButton } from './PdfDownloadButton';
import { PreviewPanel } from './PreviewPanel';
import { ReturnedNotice } from './ReturnedNotice';
import { ReviewRoute } from './ReviewRoute';
import { StatusTimeline } from './StatusTimeline';

type Declaration = NonNullable<DeclarationDetailPageQuery['declaration']>;

/** A declaration read-only: its values, computed fields and judgement, status timeline, versions; 编辑 while editable. */
export function DeclarationDetail({ declaration, submittedVersion }: { declaration: Declaration; submittedVersion: number | null }) {
  const { t } = useTranslation();
  const { eligibility } = declaration;
  const editable = isEditable(declaration.status);
  return (
    <>
      <DeclarationHeader tier={declaration.tier} status={declaration.status} windowName={declaration.window?.name ?? null} closesAt={null} ruleSet={eligibility.ruleSet} />
      <Group mt="md" mb="md" gap="sm">
        <PdfDownloadButton declarationId={declaration.id} />
        {editable && (
          <Button component={Link} to={paths.declarationEdit(declaration.id)}>
            {declaration.status === 'RETURNED' ? t('declaration.detail.editReturned') : t('declaration.detail.edit')}
          </Button>
        )}
      </Group>
      <Stack gap="md" mb="md">
        {submittedVersion !== null && declaration.status === 'SUBMITTED' && (
          <Alert color="green" variant="light" role="status" title={t('declaration.detail.submittedTitle')}>
            {t('declaration.detail.submittedBody', {
              number: submittedVersion,
              level: declaration.currentReviewLevel ? t(levelKey(declaration.currentReviewLevel)) : '',
            })}
          </Alert>
        )}
        {declaration.status === 'RETURNED' && (
          <ReturnedNotice
            lastReturn={declaration.lastReturn}
            fieldLabels={new Map(eligibility.form.flatMap((section) => section.fields).map((field) => [field.path, field.label]))}
            evidenceLabels={new Map(declaration.evidenceItems.map((item) => [item.key, item.label]))}
            linked={false}
          />
        )}
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
          <Stack gap="lg">
            <Paper component="section" aria-labelledby="progress-heading" withBorder radius="md" p="lg">
              <Title order={2} size="h4" id="progress-heading" mb="sm">
                {t('declaration.detail.progress')}
              </Title>
              <Text size="sm" mb="xs">
                {declaration.currentReviewLevel
                  ? t('declaration.detail.holding', { level: t(levelKey(declaration.currentReviewLevel)) })
                  : declaration.submittedAt
                    ? t('declaration.detail.decided')
                    : t('declaration.detail.notSubmitted')}
              </Text>
              <ReviewRoute route={declaration.reviewRoute} current={declaration.currentReviewLevel} />
              <Title order={3} size="h5" id="timeline-heading" mt="lg" mb="sm">
                {t('declaration.detail.timeline')}
              </Title>
              <StatusTimeline history={declaration.history} headingId="timeline-heading" />
            </Paper>
            <BasicInfoSection enterprise={declaration.enterprise} tier={declaration.tier} digitalLevel={eligibility.facts.digitalLevel} year={eligibility.facts.year} editing={false} />
            <FormSectionsView sections={eligibility.form} data={declaration.data as FormValues} />
            <EvidenceSection declarationId={declaration.id} items={declaration.evidenceItems} evidence={declaration.evidence} editable={false} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
          <Stack gap="lg">
            <PreviewPanel eligibility={eligibility} headingId="eligibility-heading" />
            <Paper component="section" aria-labelledby="versions-heading" withBorder radius="md" p="md">
              <Title order={2} size="h4" id="versions-heading" mb="xs">
                {t('declaration.detail.versions')}
              </Title>
              {declaration.versions.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('declaration.detail.noVersions')}
                </Text>
              ) : (
                <Table fz="sm" aria-labelledby="versions-heading">
                  <Table.Tbody>
                    {declaration.versions.map((version) => (
                      <Table.Tr key={version.number}>
                        <Table.Th scope="row">{t('declaration.timeline.version', { number: version.number })}</Table.Th>
                        <Table.Td>{t('declaration.detail.submittedAt', { date: formatDateTime(version.submittedAt) })}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
