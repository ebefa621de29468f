import type { Readable } from 'node:stream';
import type { ByteSource } from '../content/byte-source';

export interface StoredBytes {
  size: number;
  /** Hex SHA-256 of the bytes, computed while they were written. */
  sha256: string;
}

export interface PutOptions {
  /** One byte more and the upload stops with TOO_LARGE; nothing is kept. */
  maxBytes: number;
  /**
   * Runs on the complete bytes before they become visible under the id; if it throws, the
   * bytes are discarded and its error is thrown. Content checks go here, so that a stored
   * file has always passed them.
   */
  verify?: (staged: ByteSource) => Promise<void>;
}

/** Inclusive byte range, as in an HTTP Range header. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where uploaded bytes live, addressed by file id only: original names (any script, spaces,
 * emoji) are metadata kept by the subgraph that attached the file, never paths or keys. Files
 * are immutable: an id is written once.
 *
 * LocalDiskFileStore is the default. S3FileStore (AWS S3, MinIO, OSS, COS, …) implements this
 * same interface: `put` uploads to a staging key (multipart for large bodies), runs `verify`
 * through ranged GETs, then copies to the final key with `If-None-Match: *` so an id cannot be
 * overwritten, and deletes the staging key; `open` is a (ranged) GET; `stat` a HEAD.
 * createFileStore() chooses between them from the configuration (FILE_STORAGE_URL).
 */
export interface FileStore {
  /**
   * Streams `body` into the store under `fileId`. Throws FileError: TOO_LARGE past
   * `maxBytes`, ALREADY_UPLOADED if the id is taken, or whatever `verify` throws. Either the
   * whole file appears under the id or nothing does. It stops reading `body` on failure but
   * does not destroy it: on an HTTP request that would reset the connection before the
   * error response could be sent.
   */
  put(fileId: string, body: Readable, options: PutOptions): Promise<StoredBytes>;
  /** Size of a stored file; null when there is none (also for ids that cannot exist). */
  stat(fileId: string): Promise<{ size: number } | null>;
  /** The bytes of a stored file (or of `range`); FileError NOT_FOUND when there is none. */
  open(fileId: string, range?: ByteRange): Promise<Readable>;
  /** Removes a stored file; false when there was none. */
  delete(fileId: string): Promise<boolean>;
}
