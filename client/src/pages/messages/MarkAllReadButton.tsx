import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageCategory } from '../../__generated__/graphql';
import { useMarkRead } from './useMarkRead';

interface MarkAllReadButtonProps {
  /** The tab's category; every unread message when undefined (全部). */
  category: MessageCategory | undefined;
  /** Nothing unread in the whole inbox: nothing to do. */
  disabled: boolean;
}

/** 全部标为已读 for the open tab, saying what happened (done, or the server's reason). */
export function MarkAllReadButton({ category, disabled }: MarkAllReadButtonProps) {
  const { t } = useTranslation();
  const { markRead, loading } = useMarkRead();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async () => {
    setOutcome(null);
    try {
      const problem = await markRead({ all: true, ...(category ? { category } : {}) });
      setOutcome(problem ? { ok: false, text: problem } : { ok: true, text: t('messages.markedAllRead') });
    } catch {
      setOutcome({ ok: false, text: t('form.networkError') });
    }
  };
  return (
    <Group gap="sm">
      <Text size="sm" c={outcome && !outcome.ok ? 'red.9' : 'dimmed'} role={outcome && !outcome.ok ? 'alert' : 'status'}>
        {outcome?.text}
      </Text>
      <Button
        variant="default"
        size="xs"
        loading={loading}
        disabled={disabled}
        onClick={() => void run()}
        // In a category's tab it marks that category only, and says so.
        aria-label={category ? t('messages.markTabRead', { category: t(`messageCategory.${category}`) }) : undefined}
      >
        {t('messages.markAllRead')}
      </Button>
    </Group>
  );
}
