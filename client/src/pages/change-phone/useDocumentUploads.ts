import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateUploadMutation } from '../../__generated__/graphql';
import { formatSize } from '../../uploads/formatSize';
import { putWithProgress, UploadRefused } from '../../uploads/putWithProgress';
import { isAcceptedType, UPLOAD_RULES } from './uploadRules';

export interface DocumentUpload {
  key: string;
  fileName: string;
  size: number;
  progress: number;
  status: 'uploading' | 'done' | 'failed';
  fileId?: string;
  error?: string;
}

/** Uploads chosen files one by one: createUpload, then PUT the bytes, tracking each file's progress. */
export function useDocumentUploads() {
  const { t } = useTranslation();
  const [uploads, setUploads] = useState<DocumentUpload[]>([]);
  const [createUpload] = useCreateUploadMutation();

  const update = (key: string, change: Partial<DocumentUpload>) =>
    setUploads((current) => current.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)));

  const refusal = (file: File): string | null => {
    if (!isAcceptedType(file.type)) return t('manual.fileType', { name: file.name });
    if (file.size > UPLOAD_RULES.maxBytes) return t('manual.fileSize', { name: file.name, max: formatSize(UPLOAD_RULES.maxBytes) });
    return null;
  };

  const uploadOne = async (key: string, file: File) => {
    try {
      const { data } = await createUpload({
        variables: { input: { purpose: 'MANUAL_VERIFICATION', fileName: file.name, contentType: file.type, size: file.size } },
      });
      const upload = data?.createUpload.upload;
      if (!upload) {
        update(key, { status: 'failed', error: data?.createUpload.userErrors[0]?.message ?? t('manual.uploadFailed') });
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

  const add = (files: readonly File[]) => {
    const room = UPLOAD_RULES.maxFiles - uploads.length;
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

  return { uploads, add, remove };
}
