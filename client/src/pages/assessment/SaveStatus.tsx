import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatClock } from './assessmentFormat';
import type { SaveState } from './useAutosave';

/** 保存中… / 已保存 HH:mm:ss / 保存失败 with 重试: the autosave's state, announced politely. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" role="status" aria-label={t('assessment.save.label')} data-state={state.status} c={state.status === 'error' ? 'red.9' : 'dimmed'}>
        {state.status === 'saving' && t('assessment.save.saving')}
        {state.status === 'saved' && t('assessment.save.saved', { time: formatClock(state.at) })}
        {state.status === 'error' && (state.message ? t('assessment.save.failedBecause', { reason: state.message }) : t('assessment.save.failed'))}
        {state.status === 'idle' && t('assessment.save.auto')}
      </Text>
      {state.status === 'error' && (
        <Button size="compact-sm" variant="default" onClick={onRetry}>
          {t('assessment.save.retry')}
        </Button>
      )}
    </Group>
  );
}
