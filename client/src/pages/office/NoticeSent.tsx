import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGE } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import type { SentNotice } from './SendNoticeForm';

/** After 发送: how many enterprises received it (or that this form had sent it already). */
export function NoticeSent({ sent, onAnother }: { sent: SentNotice; onAnother: () => void }) {
  const { t } = useTranslation();
  const notice = sent.notice;
  if (!notice) return null;
  return (
    <Stack gap="md">
      <Alert color="green" variant="light" role="status" title={sent.repeated ? t('notice.repeatedTitle') : t('notice.sentTitle')}>
        {t(sent.repeated ? 'notice.repeatedBody' : 'notice.sentBody', { count: notice.recipientCount })}
      </Alert>
      <Text size="sm">
        {t('notice.sentTitleLine')}
        <span lang={CONTENT_LANGUAGE}>{notice.title}</span>
      </Text>
      {notice.senderName && (
        <Text size="sm" c="dimmed">
          {t('notice.sender')}
          <span lang={CONTENT_LANGUAGE}>{notice.senderName}</span>
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {t('notice.sentAt', { time: formatDateTime(notice.createdAt) })}
      </Text>
      <Group>
        <Button variant="default" onClick={onAnother}>
          {t('notice.another')}
        </Button>
      </Group>
    </Stack>
  );
}
