import type { FileStore } from './file-store';
import { LocalDiskFileStore } from './local-disk';

/**
 * The store the configuration names. Today that is always the local disk; an S3-compatible
 * store (see FileStore) would be chosen here, e.g. by a FILE_STORAGE_URL of `s3://bucket/prefix`.
 */
export function createFileStore(config: { storageDir: string }): FileStore {
  return new LocalDiskFileStore(config.storageDir);
}
