import { Alert, Button, FileButton, Group, Input, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentUploadRow } from './DocumentUploadRow';
import type { DocumentUpload } from './useDocumentUploads';
import { formatSize } from '../../uploads/formatSize';
import { UPLOAD_RULES } from './uploadRules';

interface DocumentUploaderProps {
  uploads: readonly DocumentUpload[];
  onAdd: (files: readonly File[]) => boolean;
  onRemove: (key: string) => void;
  error: string | undefined;
}

/** The 人工核验 documents: what to upload and the limits first, then each file with its progress. */
export function DocumentUploader({ uploads, onAdd, onRemove, error }: DocumentUploaderProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const [tooMany, setTooMany] = useState(false);
  return (
    <Input.Wrapper label={t('manual.documents')} withAsterisk error={error} description={t('manual.documentsHint')}>
      <Stack gap="xs" mt={6}>
        <Text id={hintId} size="sm">
          {t('manual.documentRules', { types: 'PDF、JPG、PNG', max: formatSize(UPLOAD_RULES.maxBytes), count: UPLOAD_RULES.maxFiles })}
        </Text>
        <Group>
          <FileButton multiple accept={UPLOAD_RULES.accept} onChange={(files) => setTooMany(onAdd(files))}>
            {(props) => (
              <Button variant="default" aria-describedby={hintId} disabled={uploads.length >= UPLOAD_RULES.maxFiles} {...props}>
                {t('manual.chooseFiles')}
              </Button>
            )}
          </FileButton>
        </Group>
        {tooMany && (
          <Alert color="orange" variant="light" role="alert">
            {t('manual.tooManyFiles', { count: UPLOAD_RULES.maxFiles })}
          </Alert>
        )}
        {uploads.map((upload) => (
          <DocumentUploadRow key={upload.key} upload={upload} onRemove={() => onRemove(upload.key)} />
        ))}
      </Stack>
    </Input.Wrapper>
  );
}
