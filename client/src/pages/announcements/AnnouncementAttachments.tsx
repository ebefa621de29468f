import { Anchor, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnnouncementAttachments_FileFragment } from '../../__generated__/graphql';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatSize } from '../../uploads/formatSize';

// What people call the types the API allows.
const KIND: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
};

/** 附件: each file under its own name, a real download (the server names it; links are short-lived). */
export function AnnouncementAttachments({ files }: { files: readonly AnnouncementAttachments_FileFragment[] }) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <section aria-labelledby="announcement-attachments">
      <Title order={2} size="h4" id="announcement-attachments" mb="xs">
        {t('announcements.attachments')}
      </Title>
      <List spacing="xs">
        {files.map((file) => (
          <List.Item key={file.id}>
            <Anchor href={file.downloadUrl} download={file.fileName} aria-label={t('announcements.download', { name: file.fileName })}>
              <span lang={CONTENT_LANGUAGE}>{file.fileName}</span>
            </Anchor>{' '}
            <Text span size="sm" c="dimmed">
              {t('announcements.fileMeta', { kind: KIND[file.contentType] ?? file.contentType, size: formatSize(file.size) })}
            </Text>
          </List.Item>
        ))}
      </List>
    </section>
  );
}
