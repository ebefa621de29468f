import type { ByteSource } from './byte-source';
import { acceptContent } from './accept';
import type { FileContentType } from './types';
import { checkZipArchive } from './zip-archive';

/**
 * Everything an uploaded file must pass before it is stored, whichever way it arrived (one PUT
 * or a resumable upload): its content is one of the accepted types, and an archive's entries
 * are safe paths of accepted types within the size limits (checkZipArchive).
 */
export async function verifyUpload(staged: ByteSource, accepted: readonly FileContentType[]): Promise<FileContentType> {
  const type = await acceptContent(staged, accepted);
  if (type === 'application/zip') await checkZipArchive(staged);
  return type;
}
