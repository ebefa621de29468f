import { Button, Group, Paper, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentUpload } from './useDocumentUploads';
import { formatSize } from '../../uploads/formatSize';

/** One document: name, size, a progress bar while uploading, and what went wrong if it failed. */
export function DocumentUploadRow({ upload, onRemove }: { upload: DocumentUpload; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs" radius="sm">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" truncate="end">
          {upload.fileName}（{formatSize(upload.size)}）
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" c={upload.status === 'failed' ? 'red.9' : upload.status === 'done' ? 'var(--mantine-color-green-light-color)' : 'dimmed'}>
            {t(`manual.status.${upload.status}`)}
          </Text>
          <Button variant="subtle" size="compact-sm" onClick={onRemove} aria-label={t('manual.removeFile', { name: upload.fileName })}>
            {t('manual.remove')}
          </Button>
        </Group>
      </Group>
      {upload.status !== 'failed' && (
        <Progress value={upload.progress} size="sm" mt={6} aria-label={t('manual.progress', { name: upload.fileName })} />
      )}
      {upload.error && (
        <Text size="sm" c="red.9" mt={4} role="alert">
          {upload.error}
        </Text>
      )}
    </Paper>
  );
}
