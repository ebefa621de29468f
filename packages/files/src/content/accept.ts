import { FileError, FileErrorCode } from '../errors';
import type { ByteSource } from './byte-source';
import { detectContentType } from './detect';
import { UNKNOWN_CONTENT_TYPE, type FileContentType } from './types';

/**
 * The detected type of `source` when it is one of `accepted`; otherwise a FileError that says
 * which types would have been accepted (EMPTY_FILE for zero bytes, which would only confuse
 * as "wrong type"). Exact match: a Word document is not accepted where only ZIP is.
 */
export async function acceptContent(source: ByteSource, accepted: readonly FileContentType[]): Promise<FileContentType> {
  if (source.size === 0) throw new FileError(FileErrorCode.EMPTY_FILE, 'the file is empty');
  const detected = await detectContentType(source);
  if (detected === UNKNOWN_CONTENT_TYPE || !accepted.includes(detected)) {
    throw new FileError(FileErrorCode.TYPE_NOT_ALLOWED, `content is ${detected}, accepted: ${accepted.join(', ')}`, { accepted, detected });
  }
  return detected;
}
