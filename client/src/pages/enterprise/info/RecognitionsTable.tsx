import { Badge, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecognitionsTable_RecognitionFragment } from '../../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../../i18n';

const STATUS_COLOR = { VALID: 'green', EXPIRED: 'gray', REVOKED: 'red' } as const;
const RULE_VERSIONS = ['RULESET_2022_63', 'RULESET_2026_2'] as const;

/** 认定信息: every recognition, newest first — tier, batch (申报批次), validity, status and the measures. */
export function RecognitionsTable({ recognitions }: { recognitions: readonly RecognitionsTable_RecognitionFragment[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  if (recognitions.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="sm">
        {t('profile.recognitions.title')}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('profile.recognitions.tier')}</Table.Th>
              <Table.Th scope="col">{t('profile.recognitions.batch')}</Table.Th>
              <Table.Th scope="col">{t('profile.recognitions.validity')}</Table.Th>
              <Table.Th scope="col">{t('profile.recognitions.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {recognitions.map((recognition) => {
              const ruleVersion = RULE_VERSIONS.find((version) => version === recognition.ruleVersion);
              return (
                <Table.Tr key={recognition.id}>
                  <Table.Td fw={600}>{t(`tiers.${recognition.tier}.name`)}</Table.Td>
                  <Table.Td>
                    {recognition.batch ? <span lang={CONTENT_LANGUAGE}>{recognition.batch.name}</span> : t('profile.recognitions.noBatch')}
                    {ruleVersion && (
                      <Text size="xs" c="dimmed">
                        {t(`declaration.ruleVersion.${ruleVersion}`)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t('profile.recognitions.range', { from: recognition.validFrom, until: recognition.validUntil })}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[recognition.status]} variant="light" radius="sm">
                      {t(`recognition.status.${recognition.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
