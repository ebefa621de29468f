import { Alert, Button, Checkbox, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewLevel } from '../../__generated__/graphql';
import { ReviewRoute } from './ReviewRoute';

interface SubmitModalProps {
  opened: boolean;
  route: readonly ReviewLevel[];
  region: string | null;
  busy: boolean;
  problem: string | null;
  onClose: () => void;
  onConfirm: (accepted: boolean) => void;
}

/**
 * 确认提交: where the declaration will go (by registered region, before anything is sent — the
 * FAQ's "went to the wrong office") and the 真实性声明及合规经营承诺 to accept.
 */
export function SubmitModal({ opened, route, region, busy, problem, onClose, onConfirm }: SubmitModalProps) {
  const { t } = useTranslation();
  const [accepted, setAccepted] = useState(false);
  return (
    <Modal opened={opened} onClose={busy ? () => undefined : onClose} title={t('declaration.submit.title')} size="lg" centered>
      <Stack gap="md">
        <div>
          <Text size="sm" mb="xs">
            {t('declaration.submit.routeLead', { region: region ?? '—' })}
          </Text>
          <ReviewRoute route={route} />
          <Text size="sm" c="dimmed" mt="xs">
            {t('declaration.submit.noWithdraw')}
          </Text>
        </div>
        <Paper withBorder p="sm" radius="sm" bg="var(--mantine-color-gray-0)">
          <Text size="sm" fw={600} mb={4} id="truthfulness-title">
            {t('declaration.submit.pledgeTitle')}
          </Text>
          <Text size="sm" id="truthfulness-text">
            {t('declaration.submit.pledgeText')}
          </Text>
        </Paper>
        <Checkbox
          checked={accepted}
          onChange={(event) => setAccepted(event.currentTarget.checked)}
          label={t('declaration.submit.accept')}
          aria-describedby="truthfulness-text"
        />
        {problem && (
          <Alert color="red" variant="light" role="alert">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('declaration.submit.cancel')}
          </Button>
          <Button onClick={() => onConfirm(accepted)} disabled={!accepted} loading={busy}>
            {t('declaration.submit.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
