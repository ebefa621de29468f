/**
 * What a 公告 may carry, stated before choosing files: the notifications subgraph's own rules
 * (PDF, Word, Excel, JPEG, PNG; 20 MB each, 10 at most), so a file is refused here first. The
 * server checks again, and its limit per upload (`Upload.maxBytes`) wins.
 */
export const ATTACHMENT_RULES = {
  contentTypes: [
    'application/pdf',
    'application/msword',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.ms-excel',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'image/jpeg',
    'image/png',
  ],
  accept: '.pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png',
  types: 'PDF、Word、Excel、JPG、PNG',
  maxBytes: 20 * 1024 * 1024,
  maxFiles: 10,
} as const;

export const isAttachmentType = (type: string): boolean => ATTACHMENT_RULES.contentTypes.some((accepted) => accepted === type);
