import { FileError, FileErrorCode } from '../errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` can be a file id at all. Stores map ids to paths or keys, so only these may reach them. */
export const isFileId = (id: string): boolean => UUID.test(id);

/** The canonical (lower-case) form of a file id; FileError INVALID_ARGUMENT for anything else. */
export function canonicalFileId(id: string): string {
  if (!isFileId(id)) throw new FileError(FileErrorCode.INVALID_ARGUMENT, 'a file id is a UUID');
  return id.toLowerCase();
}
