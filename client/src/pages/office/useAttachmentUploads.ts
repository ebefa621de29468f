import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateAnnouncementUploadMutation } from '../../__generated__/graphql';
import { formatSize } from '../../uploads/formatSize';
import { putWithProgress, UploadRefused } from '../../uploads/putWithProgress';
import type { DocumentUpload } from '../change-phone/useDocumentUploads';
import { ATTACHMENT_RULES, isAttachmentType } from './attachmentRules';

/** Uploads chosen attachments one by one: createAnnouncementUpload, then PUT the bytes, with each file's progress. */
export function useAttachmentUploads() {
  const { t } = useTranslation();
  const [uploads, setUploads] = useState<DocumentUpload[]>([]);
  const [createUpload] = useCreateAnnouncementUploadMutation();

  const update = (key: string, change: Partial<DocumentUpload>) =>
    setUploads((current) => current.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)));

  const refusal = (file: File): string | null => {
    if (!isAttachmentType(file.type)) return t('publish.attachmentType', { name: file.name, types: ATTACHMENT_RULES.types });
    if (file.size > ATTACHMENT_RULES.maxBytes) return t('manual.fileSize', { name: file.name, max: formatSize(ATTACHMENT_RULES.maxBytes) });
    return null;
  };

  const uploadOne = async (key: string, file: File) => {
    try {
      const { data } = await createUpload({ variables: { input: { fileName: file.name, contentType: file.type, size: file.size } } });
      const upload = data?.createAnnouncementUpload.upload;
      if (!upload) {
        update(key, { status: 'failed', error: data?.createAnnouncementUpload.userErrors[0]?.message ?? t('manual.uploadFailed') });
        return;
      }
      if (file.size > upload.maxBytes) {
        update(key, { status: 'failed', error: t('manual.fileSize', { name: file.name, max: formatSize(upload.maxBytes) }) });
        return;
      }
      await putWithProgress(upload.uploadUrl, upload.method, file, (progress) => update(key, { progress }));
      update(key, { status: 'done', progress: 100, fileId: upload.fileId });
    } catch (error) {
      const message = error instanceof UploadRefused ? error.serverMessage : null;
      update(key, { status: 'failed', error: message ?? t('manual.uploadFailed') });
    }
  };

  /** Adds files (as many as there is room for); true when some did not fit. */
  const add = (files: readonly File[]) => {
    const room = ATTACHMENT_RULES.maxFiles - uploads.length;
    const added = files.slice(0, Math.max(0, room)).map((file, index) => {
      const key = `${Date.now()}-${index}-${file.name}`;
      const error = refusal(file);
      return { file, entry: { key, fileName: file.name, size: file.size, progress: 0, status: error ? 'failed' : 'uploading', ...(error ? { error } : {}) } satisfies DocumentUpload };
    });
    setUploads((current) => [...current, ...added.map(({ entry }) => entry)]);
    for (const { file, entry } of added) if (entry.status === 'uploading') void uploadOne(entry.key, file);
    return files.length > room;
  };

  const remove = (key: string) => setUploads((current) => current.filter((upload) => upload.key !== key));
  const clear = () => setUploads([]);

  return { uploads, add, remove, clear };
}
