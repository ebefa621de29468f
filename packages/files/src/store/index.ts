import type { FileStore } from './file-store';
import { LocalDiskFileStore } from './local-disk';
import { S3FileStore, s3Client, type S3Settings } from './s3';
import { parseStorageUrl } from './storage-url';

/** What createFileStore needs; fileStoreConfig() (config.ts) makes it from the environment. */
export interface FileStoreConfig {
  /** FILE_STORAGE_DIR: LocalDiskFileStore's directory (and, on the gateway, where resumable uploads wait). */
  storageDir: string;
  /** FILE_STORAGE_URL, `s3://bucket/prefix`: the files go to that S3-compatible bucket instead of the local disk. */
  storageUrl?: string;
  /** How to reach the S3-compatible service; only read with a `storageUrl`. */
  s3?: S3Settings;
}

/**
 * The store the configuration names: S3FileStore for an `s3://` FILE_STORAGE_URL, otherwise
 * (the default) LocalDiskFileStore in FILE_STORAGE_DIR. Every service that stores, serves or
 * inspects files must be given the same configuration.
 */
export function createFileStore(config: FileStoreConfig): FileStore {
  if (!config.storageUrl) return new LocalDiskFileStore(config.storageDir);
  const { bucket, prefix } = parseStorageUrl(config.storageUrl);
  return new S3FileStore({ client: s3Client(config.s3), bucket, prefix });
}
