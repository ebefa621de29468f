/**
 * The file types the platform accepts anywhere, with the name people know them by. A purpose
 * (evidence, licence scan, …) accepts a subset; the subset travels in the upload link.
 */
export const FILE_CONTENT_TYPES = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
  'application/zip': 'ZIP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word（.docx）',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel（.xlsx）',
  'application/msword': 'Word 97-2003（.doc）',
  'application/vnd.ms-excel': 'Excel 97-2003（.xls）',
} as const;

export type FileContentType = keyof typeof FILE_CONTENT_TYPES;

/** What detection answers for bytes that are none of the accepted types. */
export const UNKNOWN_CONTENT_TYPE = 'application/octet-stream';
export type DetectedContentType = FileContentType | typeof UNKNOWN_CONTENT_TYPE;

export const isFileContentType = (value: string): value is FileContentType => Object.hasOwn(FILE_CONTENT_TYPES, value);

/** "PDF、PNG、JPEG" — for messages that tell people what to upload instead. */
export const describeContentTypes = (types: readonly FileContentType[]): string => types.map((type) => FILE_CONTENT_TYPES[type]).join('、');
