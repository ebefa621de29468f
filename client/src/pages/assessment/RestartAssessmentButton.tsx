import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useStartAssessment } from './useStartAssessment';

interface RestartAssessmentButtonProps {
  enterpriseId: string;
  /** Whether an attempt is in progress (and will be abandoned). */
  abandons: boolean;
  variant?: 'filled' | 'default' | 'light';
}

/** 重新评测: a new attempt with the previous answers carried over, after a confirm dialog. */
export function RestartAssessmentButton({ enterpriseId, abandons, variant = 'default' }: RestartAssessmentButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const { start, starting, problem } = useStartAssessment(enterpriseId, true);
  return (
    <>
      <Button variant={variant} onClick={open}>
        {t('assessment.restart.action')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('assessment.restart.title')} centered>
        <Text mb="sm">{abandons ? t('assessment.restart.abandons') : t('assessment.restart.body')}</Text>
        <Text mb="lg" size="sm" c="dimmed">
          {t('assessment.restart.prefill')}
        </Text>
        {problem !== null && (
          <Alert color="red" variant="light" role="alert" mb="md">
            {problem || t('assessment.networkError')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('assessment.cancel')}
          </Button>
          <Button color="red" loading={starting} onClick={() => void start(true)}>
            {t('assessment.restart.confirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
