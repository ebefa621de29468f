import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewLevel } from '../../__generated__/graphql';
import { levelKey } from './declarationFormat';

/** 县级 → 市级 → 省级 (→ 部级): the offices a declaration goes through, in order. */
export function ReviewRoute({ route, current }: { route: readonly ReviewLevel[]; current?: ReviewLevel | null }) {
  const { t } = useTranslation();
  return (
    <Group component="ol" gap={6} aria-label={t('declaration.route.label')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {route.map((level, index) => (
        <Text key={level} component="li" fw={600} c={level === current ? 'govBlue.8' : undefined} aria-current={level === current ? 'step' : undefined}>
          {index > 0 && (
            <Text span aria-hidden="true" c="dimmed" fw={400} mr={6}>
              →
            </Text>
          )}
          {t('declaration.route.office', { level: t(levelKey(level)) })}
        </Text>
      ))}
    </Group>
  );
}
