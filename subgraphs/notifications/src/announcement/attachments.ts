import type { FileContentType } from '@zjtx/files';
import type { UploadRules } from '@zjtx/subgraph-kit';

export const ANNOUNCEMENT_ATTACHMENT_PURPOSE = 'ANNOUNCEMENT_ATTACHMENT';

/** What a 公告 may carry: the documents notices come with (forms, lists, scans; no archives, whose entries nobody checks here), at most 20 MB each and 10 in all. */
export const ANNOUNCEMENT_ATTACHMENT_RULES: UploadRules = {
  maxBytes: 20 * 1024 * 1024,
  contentTypes: [
    'application/pdf',
    'application/msword',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.ms-excel',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'image/jpeg',
    'image/png',
  ] as FileContentType[],
};
export const MAX_ANNOUNCEMENT_ATTACHMENTS = 10;
