import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowListItem_WindowFragment } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { ruleVersionKey } from './declarationFormat';

/** One 申报批次: name, region, dates, the measures it is judged under, and what can be done with it. */
export function WindowListItem({ window, action }: { window: WindowListItem_WindowFragment; action?: ReactNode }) {
  const { t } = useTranslation();
  const open = window.status === 'OPEN';
  return (
    <Paper withBorder radius="sm" p="sm" component="li" aria-label={window.name}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={600} lang={CONTENT_LANGUAGE}>
              {window.name}
            </Text>
            <Badge color={open ? 'green' : 'gray'} variant="light">
              {open ? t('declaration.window.open') : t('declaration.window.upcoming')}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {t('declaration.window.region', { region: window.provinceName })} · {t(ruleVersionKey(window.ruleVersion))}
          </Text>
          <Text size="sm">
            {t('declaration.window.dates', { opens: formatDateTime(window.opensAt), closes: formatDateTime(window.closesAt) })}
          </Text>
        </Stack>
        {action}
      </Group>
    </Paper>
  );
}
