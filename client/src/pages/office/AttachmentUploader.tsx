import { Alert, Button, FileButton, Group, Input, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSize } from '../../uploads/formatSize';
import { DocumentUploadRow } from '../change-phone/DocumentUploadRow';
import type { DocumentUpload } from '../change-phone/useDocumentUploads';
import { ATTACHMENT_RULES } from './attachmentRules';

interface AttachmentUploaderProps {
  uploads: readonly DocumentUpload[];
  onAdd: (files: readonly File[]) => boolean;
  onRemove: (key: string) => void;
  error: string | undefined;
}

/** 附件 of a 公告 (optional): the limits first, then each file with its progress, in the order chosen. */
export function AttachmentUploader({ uploads, onAdd, onRemove, error }: AttachmentUploaderProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const [tooMany, setTooMany] = useState(false);
  return (
    <Input.Wrapper label={t('publish.attachments')} error={error}>
      <Stack gap="xs" mt={6}>
        <Text id={hintId} size="sm" c="dimmed">
          {t('manual.documentRules', { types: ATTACHMENT_RULES.types, max: formatSize(ATTACHMENT_RULES.maxBytes), count: ATTACHMENT_RULES.maxFiles })}
        </Text>
        <Group>
          <FileButton multiple accept={ATTACHMENT_RULES.accept} onChange={(files) => setTooMany(onAdd(files))}>
            {(props) => (
              <Button variant="default" aria-describedby={hintId} disabled={uploads.length >= ATTACHMENT_RULES.maxFiles} {...props}>
                {t('publish.chooseAttachments')}
              </Button>
            )}
          </FileButton>
        </Group>
        {tooMany && (
          <Alert color="orange" variant="light" role="alert">
            {t('manual.tooManyFiles', { count: ATTACHMENT_RULES.maxFiles })}
          </Alert>
        )}
        {uploads.map((upload) => (
          <DocumentUploadRow key={upload.key} upload={upload} onRemove={() => onRemove(upload.key)} />
        ))}
      </Stack>
    </Input.Wrapper>
  );
}
