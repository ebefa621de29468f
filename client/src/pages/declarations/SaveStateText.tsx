import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../assessment/assessmentFormat';
import type { SaveState } from './draftSaver';

/** 已保存 HH:MM:SS / 未保存 / 保存中… / 保存失败 (with 重试): the form's save state, announced politely. */
export function SaveStateText({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  const failed = state.status === 'failed' || state.status === 'conflict';
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" role="status" aria-label={t('declaration.save.label')} data-state={state.status} c={failed ? 'red.9' : state.status === 'saved' ? undefined : 'dimmed'} fw={state.status === 'unsaved' ? 600 : undefined}>
        {state.status === 'saved' && t('declaration.save.saved', { time: formatClock(state.at) })}
        {state.status === 'unsaved' && t('declaration.save.unsaved')}
        {state.status === 'saving' && t('declaration.save.saving')}
        {state.status === 'failed' && (state.message ? t('declaration.save.failedBecause', { reason: state.message }) : t('declaration.save.failed'))}
        {state.status === 'conflict' && t('declaration.save.conflict')}
      </Text>
      {state.status === 'failed' && state.message === null && (
        <Button size="compact-sm" variant="default" onClick={onRetry}>
          {t('declaration.save.retry')}
        </Button>
      )}
    </Group>
  );
}
