import { Alert, Anchor, Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublishAnnouncementMutation } from '../../__generated__/graphql';
import { usePublishAnnouncementMutation } from '../../__generated__/graphql';
import { FormAlert } from '../../accounts/FormAlert';
import { useForm } from '../../accounts/useForm';
import { splitUserErrors } from '../../accounts/userErrors';
import { useProblemMessage } from '../../accounts/useProblemMessage';
import { optionalText, text } from '../../accounts/validation';
import { formatDateTime } from '../../i18n/format';
import { paths } from '../../paths';
import { AttachmentUploader } from './AttachmentUploader';
import { useAttachmentUploads } from './useAttachmentUploads';

const FIELDS = ['title', 'documentNumber', 'body', 'publishAt', 'attachmentFileIds'] as const;
type Field = (typeof FIELDS)[number];
const EMPTY: Record<Field, string> = { title: '', documentNumber: '', body: '', publishAt: '', attachmentFileIds: '' };

type Published = NonNullable<PublishAnnouncementMutation['publishAnnouncement']['announcement']> & {
  /** Public later, not now: no link to it yet (its page answers only once it is public). */
  scheduled: boolean;
};

/** `datetime-local` gives a wall-clock time; announcements are scheduled in Beijing time. */
const beijingIso = (local: string) => (local ? `${local}:00+08:00` : undefined);

/** 标题, 文号, 正文, an optional 发布时间 (later = scheduled) and 附件; the level is the office's own. */
export function PublishAnnouncementForm({ level }: { level: 'MINISTRY' | 'PROVINCE' }) {
  const { t } = useTranslation();
  const problemMessage = useProblemMessage();
  const form = useForm<Field>(EMPTY);
  const attachments = useAttachmentUploads();
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [published, setPublished] = useState<Published | null>(null);
  const [publish, { loading }] = usePublishAnnouncementMutation({ refetchQueries: ['AnnouncementsPage', 'HomePage'] });
  // The API has no idempotency key for announcements: a second click while the first is on its way is ignored.
  const inFlight = useRef(false);

  const submit = async () => {
    if (inFlight.current) return;
    setFormErrors([]);
    const at = beijingIso(form.values.publishAt);
    const past = at !== undefined && new Date(at).getTime() <= Date.now();
    const uploading = attachments.uploads.some((upload) => upload.status === 'uploading');
    const failed = attachments.uploads.some((upload) => upload.status === 'failed');
    const valid = form.validate({ title: text(300), documentNumber: optionalText(100), body: text(50_000) }, problemMessage, {
      ...(past ? { publishAt: t('publish.publishAtPast') } : {}),
      ...(uploading ? { attachmentFileIds: t('manual.stillUploading') } : failed ? { attachmentFileIds: t('publish.attachmentFailed') } : {}),
    });
    if (!valid) return;
    inFlight.current = true;
    try {
      const { data } = await publish({
        variables: {
          input: {
            title: form.values.title.trim(),
            documentNumber: form.values.documentNumber.trim() || null,
            body: form.values.body.trim(),
            publishAt: at,
            attachmentFileIds: attachments.uploads.flatMap((upload) => (upload.fileId ? [upload.fileId] : [])),
          },
        },
      });
      const payload = data?.publishAnnouncement;
      if (payload?.announcement) {
        setPublished({ ...payload.announcement, scheduled: new Date(payload.announcement.publishedAt).getTime() > Date.now() });
        return;
      }
      const { fieldErrors, formErrors: others } = splitUserErrors(payload?.userErrors ?? [], FIELDS);
      form.setErrors(fieldErrors);
      setFormErrors(others.length || Object.keys(fieldErrors).length ? others : [t('form.networkError')]);
    } catch {
      setFormErrors([t('form.networkError')]);
    } finally {
      inFlight.current = false;
    }
  };

  if (published) {
    const { scheduled } = published;
    return (
      <Stack gap="md">
        <Alert color="green" variant="light" role="status" title={scheduled ? t('publish.scheduledTitle') : t('publish.doneTitle')}>
          {scheduled ? t('publish.scheduledBody', { time: formatDateTime(published.publishedAt) }) : t('publish.doneBody')}
        </Alert>
        <Group>
          {!scheduled && (
            <Button component={Link} to={paths.announcement(published.id)}>
              {t('publish.view')}
            </Button>
          )}
          <Button
            variant="default"
            onClick={() => {
              form.replaceValues(EMPTY);
              attachments.clear();
              setPublished(null);
            }}
          >
            {t('publish.another')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <Alert color="blue" variant="light">
          {t('publish.levelNote', { level: t(`announcements.level.${level}`) })}{' '}
          <Anchor component={Link} to={`${paths.announcements}?level=${level}`} size="sm" underline="always">
            {t('publish.seeList')}
          </Anchor>
        </Alert>
        <TextInput label={t('publish.title')} required maxLength={300} {...form.field('title')} />
        <TextInput label={t('publish.documentNumber')} description={t('publish.documentNumberHint')} maxLength={100} {...form.field('documentNumber')} />
        <Textarea label={t('publish.body')} description={t('publish.bodyHint')} required autosize minRows={8} maxRows={24} {...form.field('body')} />
        <TextInput type="datetime-local" label={t('publish.publishAt')} description={t('publish.publishAtHint')} {...form.field('publishAt')} />
        <AttachmentUploader uploads={attachments.uploads} onAdd={attachments.add} onRemove={attachments.remove} error={form.errors.attachmentFileIds} />
        <FormAlert messages={formErrors} />
        <Group>
          <Button type="submit" loading={loading}>
            {t('publish.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
