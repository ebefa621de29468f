/**
 * What evidence may be, said before choosing a file: the declarations subgraph's rules (PDF,
 * Word, Excel, images and zip, 50 MB each). The server checks the bytes again and its message
 * wins; this only spares a doomed upload.
 */
export const EVIDENCE_RULES = {
  maxBytes: 50 * 1024 * 1024,
  accept: '.pdf,.doc,.docx,.xls,.xlsx,.png,.jpg,.jpeg,.gif,.webp,.zip',
  /** By extension, for browsers that give no type or another name for it (application/x-zip-compressed). */
  typesByExtension: {
    pdf: 'application/pdf',
    doc: 'application/msword',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    xls: 'application/vnd.ms-excel',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    webp: 'image/webp',
    zip: 'application/zip',
  } as Record<string, string>,
} as const;

/** The accepted type of a chosen file, from its extension; null when it is not one the platform takes. */
export function evidenceContentType(file: File): string | null {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return EVIDENCE_RULES.typesByExtension[extension] ?? null;
}
