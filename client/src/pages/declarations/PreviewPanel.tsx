import { Alert, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeclarationPreview_EligibilityFragment, EligibilityStatus } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatNumber } from './declarationFormat';
import { conditionId, indicatorId } from './fieldIds';
import classes from './DeclarationForm.module.css';

const STATUS_COLOR: Record<EligibilityStatus, string> = { MET: 'green', NOT_MET: 'red', UNKNOWN: 'gray' };

/** 满足 / 不满足 / 待填写 — or 待平台计算 where the figure is the platform's to supply after submission. */
export function ConditionBadge({ status, awaitsPlatform = false }: { status: EligibilityStatus; awaitsPlatform?: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" miw={64}>
      {awaitsPlatform ? t('declaration.preview.condition.awaitsPlatform') : t(`declaration.preview.condition.${status}`)}
    </Badge>
  );
}

interface PreviewPanelProps {
  eligibility: DeclarationPreview_EligibilityFragment;
  /** Live: the form as typed, updating; otherwise the saved or submitted judgement. */
  live?: { updating: boolean; failed: boolean };
  headingId: string;
}

/**
 * 申报条件 each 满足 / 不满足 / 待填写, the computed fields with value and formula (never
 * editable), and the score table when the rule set scores — for the data as typed while filling in.
 */
export function PreviewPanel({ eligibility, live, headingId }: PreviewPanelProps) {
  const { t } = useTranslation();
  const { score } = eligibility;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="md">
      <Group justify="space-between" align="center" mb="xs">
        <Title order={2} size="h4" id={headingId}>
          {live ? t('declaration.preview.title') : t('declaration.preview.savedTitle')}
        </Title>
        {live && (
          <Text size="xs" c="dimmed" role="status" aria-live="polite">
            {live.updating ? t('declaration.preview.updating') : ''}
          </Text>
        )}
      </Group>
      {live?.failed && (
        <Alert color="orange" variant="light" mb="sm">
          {t('declaration.preview.failed')}
        </Alert>
      )}
      <Group gap="xs" mb="sm">
        <Text size="sm" fw={600}>
          {t('declaration.preview.overall')}
        </Text>
        <Badge color={STATUS_COLOR[eligibility.eligible]} variant="light" size="lg">
          {t(`declaration.preview.eligible.${eligibility.eligible}`)}
        </Badge>
      </Group>

      <Title order={3} size="h5" mt="md" mb="xs" id={`${headingId}-conditions`}>
        {t('declaration.preview.conditions')}
      </Title>
      <Stack component="ul" gap={6} aria-labelledby={`${headingId}-conditions`} className={classes.plainList}>
        {eligibility.conditions.map((condition) => (
          <li key={condition.key} id={conditionId(condition.key)} tabIndex={-1} className={classes.target}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <ConditionBadge status={condition.status} awaitsPlatform={condition.awaitsPlatform} />
              <Text size="sm" lang={CONTENT_LANGUAGE}>
                {condition.text}
              </Text>
            </Group>
          </li>
        ))}
      </Stack>

      <Title order={3} size="h5" mt="md" mb="xs" id={`${headingId}-computed`}>
        {t('declaration.preview.computed')}
      </Title>
      <Table aria-labelledby={`${headingId}-computed`} verticalSpacing={6} fz="sm">
        <Table.Tbody>
          {eligibility.computedFields.map((field) => (
            <Table.Tr key={field.key} data-key={field.key}>
              <Table.Th scope="row" fw={500}>
                <span lang={CONTENT_LANGUAGE}>{field.label}</span>
                <Text size="xs" c="dimmed" lang={CONTENT_LANGUAGE}>
                  {t('declaration.preview.formula', { formula: field.formula })}
                </Text>
              </Table.Th>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {field.value === null ? <Text span size="sm" c="dimmed">{t('declaration.preview.pending')}</Text> : `${formatNumber(field.value)}${field.unit ? ` ${field.unit}` : ''}`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      {score && (
        <>
          <Title order={3} size="h5" mt="md" mb="xs" id={`${headingId}-score`}>
            {t('declaration.preview.score')}
          </Title>
          <Text size="sm" mb="xs">
            {t('declaration.preview.total', { total: formatNumber(score.total), pass: formatNumber(score.passScore), pending: formatNumber(score.pendingPoints) })}
          </Text>
          <Table aria-labelledby={`${headingId}-score`} verticalSpacing={4} fz="sm" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('declaration.preview.indicator')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('declaration.preview.points')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            {score.categories.map((category) => (
              <Table.Tbody key={category.key}>
                <Table.Tr>
                  <Table.Th scope="rowgroup" lang={CONTENT_LANGUAGE}>
                    {category.name}
                    {category.minPoints !== null && (
                      <Text span size="xs" c="dimmed">
                        {t('declaration.preview.minPoints', { min: formatNumber(category.minPoints) })}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Th ta="right">{t('declaration.preview.pointsOf', { points: formatNumber(category.points), max: formatNumber(category.max) })}</Table.Th>
                </Table.Tr>
                {score.indicators
                  .filter((indicator) => indicator.category === category.key)
                  .map((indicator) => (
                    <Table.Tr key={indicator.key} id={indicatorId(indicator.key)} tabIndex={-1} className={classes.target}>
                      <Table.Td pl="lg" lang={CONTENT_LANGUAGE}>
                        {indicator.name}
                        {indicator.value && (
                          <Text span size="xs" c="dimmed">
                            {' '}
                            （{indicator.value}）
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">{indicator.points === null ? t('declaration.preview.pending') : t('declaration.preview.pointsOf', { points: formatNumber(indicator.points), max: formatNumber(indicator.max) })}</Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            ))}
          </Table>
          {score.directPass.length > 0 && (
            <>
              <Text size="sm" fw={600} mt="sm" mb={4}>
                {t('declaration.preview.directPass')}
              </Text>
              <Stack component="ul" gap={4} className={classes.plainList}>
                {score.directPass.map((condition) => (
                  <li key={condition.key}>
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <ConditionBadge status={condition.status} awaitsPlatform={condition.awaitsPlatform} />
                      <Text size="sm" lang={CONTENT_LANGUAGE}>
                        {condition.text}
                      </Text>
                    </Group>
                  </li>
                ))}
              </Stack>
            </>
          )}
        </>
      )}
    </Paper>
  );
}
