import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ConfirmStageModalProps {
  stage: 'QUESTIONS' | 'SCENES';
  opened: boolean;
  busy: boolean;
  onClose: () => void;
  onConfirm: () => void;
}

/** Finishing a stage is final: stage 1 locks its answers, stage 2 sets the result. */
export function ConfirmStageModal({ stage, opened, busy, onClose, onConfirm }: ConfirmStageModalProps) {
  const { t } = useTranslation();
  const key = stage === 'QUESTIONS' ? 'stage1' : 'stage2';
  return (
    <Modal opened={opened} onClose={onClose} title={t(`assessment.confirm.${key}.title`)} centered>
      <Text mb="lg">{t(`assessment.confirm.${key}.body`)}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('assessment.confirm.back')}
        </Button>
        <Button loading={busy} onClick={onConfirm}>
          {t(`assessment.confirm.${key}.action`)}
        </Button>
      </Group>
    </Modal>
  );
}
