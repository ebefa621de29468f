export { filesEnv, fileStoreConfig, DEFAULT_FILE_STORAGE_DIR, type FilesEnv } from './config';
export { FileError, FileErrorCode, type FileErrorDetails } from './errors';
export {
  FILE_CONTENT_TYPES,
  UNKNOWN_CONTENT_TYPE,
  describeContentTypes,
  isFileContentType,
  type FileContentType,
  type DetectedContentType,
} from './content/types';
export { detectContentType } from './content/detect';
export { acceptContent } from './content/accept';
export { bufferSource, type ByteSource } from './content/byte-source';
export {
  fileLinks,
  RESUMABLE_UPLOAD_PATH,
  FILES_PATH,
  DEFAULT_UPLOAD_TTL_SECONDS,
  DEFAULT_DOWNLOAD_TTL_SECONDS,
  type FileLinks,
  type UploadRequest,
  type UploadGrant,
  type UploadClaims,
  type DownloadableFile,
  type DownloadClaims,
} from './links';
export { normalizeFileName } from './file-name';
export type { FileStore, PutOptions, StoredBytes, ByteRange } from './store/file-store';
export { LocalDiskFileStore } from './store/local-disk';
export { createFileStore, type FileStoreConfig } from './store';
export { S3FileStore, s3Client, type S3FileStoreOptions, type S3Settings } from './store/s3';
export { isFileId } from './store/file-id';
export { inspectStoredFile, type StoredFileInfo } from './inspect';
export { filesRouter, type FilesRouterOptions } from './http/router';
export { UPLOAD_TOKEN_HEADER } from './http/resumable-route';
export type { FilesLog } from './http/respond';
export { contentDisposition } from './http/content-disposition';
export type { FileScanner, ScanVerdict } from './scan/scanner';
export { clamdScanner, type ClamdOptions } from './scan/clamd';
export { checkZipArchive, DEFAULT_ZIP_LIMITS, type ZipEntryInfo, type ZipLimits } from './content/zip-archive';
export { storedSource } from './inspect';
