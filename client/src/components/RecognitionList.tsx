import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecognitionList_RecognitionFragment } from '../__generated__/graphql';

const STATUS_COLOR = { VALID: 'green', EXPIRED: 'gray', REVOKED: 'red' } as const;

/** Each recognition: its tier, validity and whether it holds now. */
export function RecognitionList({ recognitions }: { recognitions: readonly RecognitionList_RecognitionFragment[] }) {
  const { t } = useTranslation();
  return (
    <List spacing="sm" listStyleType="none" m={0} p={0}>
      {recognitions.map((recognition) => (
        <List.Item key={recognition.id}>
          <Group gap="sm" wrap="wrap">
            <Text fw={700}>{t(`tiers.${recognition.tier}.name`)}</Text>
            <Badge color={STATUS_COLOR[recognition.status]} variant="light" radius="sm">
              {t(`recognition.status.${recognition.status}`)}
            </Badge>
          </Group>
          <Text size="sm">{t('recognition.validity', { from: recognition.validFrom, until: recognition.validUntil })}</Text>
        </List.Item>
      ))}
    </List>
  );
}
