import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRevealOnChange } from '../../../accounts/useRevealOnChange';

interface ConflictAlertProps {
  onLoadLatest: () => void;
  loading: boolean;
  /** Loading the latest failed: say so, the typed values are still in the form. */
  loadFailed: boolean;
}

/** VERSION_CONFLICT: nothing was saved; the way on is to load the latest and compare. */
export function ConflictAlert({ onLoadLatest, loading, loadFailed }: ConflictAlertProps) {
  const { t } = useTranslation();
  const ref = useRevealOnChange<HTMLDivElement>(loadFailed ? 'failed' : 'conflict');
  return (
    <Alert ref={ref} color="orange" variant="light" role="alert" title={t('profileEdit.conflict.title')}>
      <Stack gap="sm">
        <Text fw={500}>{t('profileEdit.conflict.body')}</Text>
        <Text size="sm">{t('profileEdit.conflict.next')}</Text>
        {loadFailed && (
          <Text size="sm" c="red.9">
            {t('profileEdit.conflict.loadError')}
          </Text>
        )}
        <div>
          <Button variant="default" loading={loading} onClick={onLoadLatest}>
            {t('profileEdit.conflict.load')}
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}
