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
  /** A programming error in the caller (bad grant request, malformed file id). */
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
} as const;
export type FileErrorCode = (typeof FileErrorCode)[keyof typeof FileErrorCode];

/** What a user-facing message needs to say what to do next. */
export interface FileErrorDetails {
  link?: 'upload' | 'download';
  maxBytes?: number;
  accepted?: readonly FileContentType[];
  detected?: DetectedContentType;
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
