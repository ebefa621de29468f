import type { DetectedContentType, FileContentType } from './content/types';

/** Stable codes of the ways a file operation fails; the HTTP routes answer them as `{ code, message }`. */
export const FileErrorCode = {
  /** The link's signature, audience or claims do not check out (truncated, edited, or not ours). */
  LINK_INVALID: 'LINK_INVALID',
  LINK_EXPIRED: 'LINK_EXPIRED',
  TOO_LARGE: 'TOO_LARGE',
  EMPTY_FILE: 'EMPTY_FILE',
  TYPE_NOT_ALLOWED: 'TYPE_NOT_ALLOWED',
  /** Each file id is uploaded once: files are immutable once stored. */
  ALREADY_UPLOADED: 'ALREADY_UPLOADED',
  NOT_FOUND: 'NOT_FOUND',
  /** The client stopped sending before the body was complete. */
  UPLOAD_INCOMPLETE: 'UPLOAD_INCOMPLETE',
  /** The virus scanner could not be reached or gave no usable answer; the scan is retried. */
  SCAN_FAILED: 'SCAN_FAILED',
  /** A programming error in the caller (bad grant request, malformed file id). */
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
  // A ZIP archive of evidence, refused by content/zip-archive.ts; `details.entry` names the entry where there is one.
  /** Not a readable ZIP: truncated, corrupt, sizes or checksums that disagree, an unsupported compression method. */
  ZIP_DAMAGED: 'ZIP_DAMAGED',
  /** An entry whose path would escape the folder it is extracted to (`..`, `/x`, `C:\x`, NUL) or is a symbolic link. */
  ZIP_UNSAFE_PATH: 'ZIP_UNSAFE_PATH',
  /** A password-protected entry: its content cannot be checked. */
  ZIP_ENCRYPTED: 'ZIP_ENCRYPTED',
  /** More entries (files and folders) than `details.maxEntries`. */
  ZIP_TOO_MANY_ENTRIES: 'ZIP_TOO_MANY_ENTRIES',
  /** Would unpack to more than `details.maxBytes` in all, or an entry is compressed more than `details.maxRatio` to 1. */
  ZIP_BOMB: 'ZIP_BOMB',
  /** An entry of a type the platform does not accept, a nested archive among them. */
  ZIP_UNSUPPORTED_ENTRY: 'ZIP_UNSUPPORTED_ENTRY',
  /** An entry whose content is not what its extension says (an .exe renamed .pdf). */
  ZIP_ENTRY_TYPE_MISMATCH: 'ZIP_ENTRY_TYPE_MISMATCH',
  /** An archive with no files in it (folders only, or nothing). */
  ZIP_EMPTY: 'ZIP_EMPTY',
} as const;
export type FileErrorCode = (typeof FileErrorCode)[keyof typeof FileErrorCode];

/** What a user-facing message needs to say what to do next. */
export interface FileErrorDetails {
  link?: 'upload' | 'download';
  maxBytes?: number;
  accepted?: readonly FileContentType[];
  detected?: DetectedContentType;
  /** The archive entry a ZIP_* refusal is about, as its name reads in the archive. */
  entry?: string;
  maxEntries?: number;
  /** The largest compression ratio (uncompressed : compressed) a ZIP entry may have. */
  maxRatio?: number;
}

/**
 * A failed file operation. `message` is for logs and developers; the HTTP layer turns `code`
 * and `details` into a Chinese message for the person uploading (http/messages.ts).
 */
export class FileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    message: string,
    readonly details: FileErrorDetails = {},
  ) {
    super(message);
    this.name = 'FileError';
  }
}
