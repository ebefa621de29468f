import { Group, Loader, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReviewVersionDiffQuery } from '../../__generated__/graphql';
import { QueryError } from '../../components/QueryError';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatDateTime } from '../../i18n/format';

interface VersionDiffProps {
  declarationId: string;
  versions: readonly { number: number; submittedAt: string }[];
}

/**
 * 版本对比: two submitted versions (the last two by default) and what changed between them,
 * fields in the form's order, then evidence files removed and added.
 */
export function VersionDiff({ declarationId, versions }: VersionDiffProps) {
  const { t } = useTranslation();
  const last = versions.at(-1)?.number ?? 1;
  const [from, setFrom] = useState(Math.max(1, last - 1));
  const [to, setTo] = useState(last);
  const comparable = versions.length > 1 && from !== to;
  const { data, error, refetch } = useReviewVersionDiffQuery({ variables: { id: declarationId, from, to }, skip: !comparable });
  if (versions.length < 2) return <Text c="dimmed">{t('review.diff.single')}</Text>;
  const options = versions.map((version) => (
    <option key={version.number} value={version.number}>
      {t('review.diff.option', { number: version.number, date: formatDateTime(version.submittedAt) })}
    </option>
  ));
  const changes = data?.reviewDeclaration?.versionDiff;
  let body;
  if (!comparable) body = <Text c="dimmed">{t('review.diff.same')}</Text>;
  else if (changes && changes.length === 0) body = <Text>{t('review.diff.none')}</Text>;
  else if (changes)
    body = (
      <Table withTableBorder withColumnBorders aria-label={t('review.diff.label', { from, to })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('review.diff.section')}</Table.Th>
            <Table.Th scope="col">{t('review.diff.field')}</Table.Th>
            <Table.Th scope="col">{t('review.diff.before', { number: from })}</Table.Th>
            <Table.Th scope="col">{t('review.diff.after', { number: to })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => {
            const evidence = change.path.startsWith('evidence.');
            return (
              <Table.Tr key={change.path}>
                <Table.Td lang={CONTENT_LANGUAGE}>{change.section}</Table.Td>
                <Table.Th scope="row" fw={500} lang={CONTENT_LANGUAGE}>
                  {change.label}
                </Table.Th>
                <Table.Td>{cell(change.before, evidence ? t('review.diff.removed') : null, t('review.diff.empty'))}</Table.Td>
                <Table.Td>{cell(change.after, evidence ? t('review.diff.added') : null, t('review.diff.empty'))}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    );
  else if (error) body = <QueryError message={t('review.diff.loadError')} onRetry={() => void refetch()} />;
  else body = <Loader size="sm" aria-label={t('review.diff.loading')} />;
  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end">
        <NativeSelect label={t('review.diff.from')} value={from} onChange={(event) => setFrom(Number(event.currentTarget.value))} rightSectionProps={{ 'aria-hidden': true }}>
          {options}
        </NativeSelect>
        <NativeSelect label={t('review.diff.to')} value={to} onChange={(event) => setTo(Number(event.currentTarget.value))} rightSectionProps={{ 'aria-hidden': true }}>
          {options}
        </NativeSelect>
      </Group>
      {body}
    </Stack>
  );
}

/** A value as the form shows it, in Chinese; for evidence, the files removed or added, said so. */
function cell(value: string | null, prefix: string | null, empty: string) {
  if (value === null || value === '') return <Text span size="sm" c="dimmed">{empty}</Text>;
  return (
    <>
      {prefix}
      <span lang={CONTENT_LANGUAGE}>{value}</span>
    </>
  );
}
