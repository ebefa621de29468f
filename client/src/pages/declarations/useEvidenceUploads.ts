import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAttachEvidenceMutation, useCreateEvidenceUploadMutation } from '../../__generated__/graphql';
import { formatSize } from '../../uploads/formatSize';
import { UploadRefused } from '../../uploads/putWithProgress';
import { forgetLink, keepLink, readLink } from './evidenceLinks';
import { evidenceContentType, EVIDENCE_RULES } from './evidenceRules';
import type { ResumableLink } from './resumableUpload';
import { sendResumable } from './resumableUpload';

export interface EvidenceUpload {
  key: string;
  item: string;
  fileName: string;
  size: number;
  progress: number;
  status: 'uploading' | 'attaching' | 'failed';
  error?: string;
}

/**
 * Uploads evidence files: a signed link (createEvidenceUpload, or the one kept for the same file
 * when resuming), the bytes by tus with progress, then attachEvidence. Once attached a file
 * leaves this list and shows among the declaration's evidence.
 */
export function useEvidenceUploads(declarationId: string) {
  const { t } = useTranslation();
  const [uploads, setUploads] = useState<EvidenceUpload[]>([]);
  const [createUpload] = useCreateEvidenceUploadMutation();
  const [attach] = useAttachEvidenceMutation();

  const update = (key: string, change: Partial<EvidenceUpload>) => setUploads((current) => current.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)));
  const fail = (key: string, error: string) => update(key, { status: 'failed', error });

  const linkFor = async (item: string, file: File, contentType: string): Promise<ResumableLink | string> => {
    const kept = readLink(declarationId, item, file);
    if (kept) return kept;
    const { data } = await createUpload({ variables: { input: { declarationId, item, fileName: file.name, contentType, size: file.size } } });
    const upload = data?.createEvidenceUpload.upload;
    if (!upload) return data?.createEvidenceUpload.userErrors.map((e) => e.message).join(' ') || t('declaration.evidence.failed');
    keepLink(declarationId, item, file, upload);
    return upload;
  };

  const uploadOne = async (key: string, item: string, file: File, contentType: string) => {
    try {
      const link = await linkFor(item, file, contentType);
      if (typeof link === 'string') {
        fail(key, link);
        return;
      }
      try {
        await sendResumable(file, link, contentType, (progress) => update(key, { progress }));
      } catch (error) {
        // Refused for good (type, size, link): the next try starts with a new link.
        if (error instanceof UploadRefused && error.serverMessage) forgetLink(declarationId, item, file);
        throw error;
      }
      update(key, { status: 'attaching', progress: 100 });
      const { data } = await attach({ variables: { input: { declarationId, item, fileId: link.fileId } } });
      const errors = data?.attachEvidence.userErrors ?? [];
      if (!data?.attachEvidence.declaration || errors.length > 0) {
        forgetLink(declarationId, item, file);
        fail(key, errors.map((e) => e.message).join(' ') || t('declaration.evidence.failed'));
        return;
      }
      forgetLink(declarationId, item, file);
      setUploads((current) => current.filter((upload) => upload.key !== key));
    } catch (error) {
      fail(key, (error instanceof UploadRefused ? error.serverMessage : null) ?? t('declaration.evidence.networkFailed'));
    }
  };

  const add = (item: string, files: readonly File[]) => {
    const added = files.map((file, index) => {
      const key = `${Date.now()}-${index}-${item}-${file.name}`;
      const contentType = evidenceContentType(file);
      const error = !contentType
        ? t('declaration.evidence.wrongType', { name: file.name })
        : file.size > EVIDENCE_RULES.maxBytes
          ? t('declaration.evidence.tooLarge', { name: file.name, max: formatSize(EVIDENCE_RULES.maxBytes) })
          : file.size === 0
            ? t('declaration.evidence.empty', { name: file.name })
            : null;
      const entry: EvidenceUpload = { key, item, fileName: file.name, size: file.size, progress: 0, status: error ? 'failed' : 'uploading', ...(error ? { error } : {}) };
      return { file, contentType, entry };
    });
    setUploads((current) => [...current, ...added.map(({ entry }) => entry)]);
    for (const { file, contentType, entry } of added) if (entry.status === 'uploading' && contentType) void uploadOne(entry.key, item, file, contentType);
  };

  const dismiss = (key: string) => setUploads((current) => current.filter((upload) => upload.key !== key));

  return { uploads, add, dismiss };
}
