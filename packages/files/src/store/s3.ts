import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { ByteSource } from '../content/byte-source';
import { FileError, FileErrorCode } from '../errors';
import { canonicalFileId, isFileId } from './file-id';
import type { ByteRange, FileStore, PutOptions, StoredBytes } from './file-store';

/** How to reach an S3-compatible service (FILE_STORAGE_URL names the bucket and prefix). */
export interface S3Settings {
  /** S3_ENDPOINT: MinIO, OSS, COS or a stand-in; absent for AWS S3, whose endpoint follows the region. */
  endpoint?: string;
  /** S3_REGION; us-east-1 when absent (MinIO ignores it; OSS and COS name their own, e.g. cn-hangzhou, ap-guangzhou). */
  region?: string;
  /** S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY; absent: the SDK's default chain (AWS_* variables, instance or task role, …). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** S3_FORCE_PATH_STYLE: `endpoint/bucket/key` instead of `bucket.endpoint/key`. Default: true when an endpoint is set. */
  forcePathStyle?: boolean;
}

export interface S3FileStoreOptions {
  client: S3Client;
  bucket: string;
  /** Every key starts with it; no leading or trailing slash, '' for the bucket's root. */
  prefix?: string;
  /**
   * Bytes per part of a multipart upload (at least 5 MiB, S3's minimum); bodies up to this size
   * go in one PutObject. An upload holds up to `partSize × (queueSize + 1)` bytes in memory.
   */
  partSize?: number;
  /** Parts of one upload sent at the same time. */
  queueSize?: number;
}

/** Uploads in progress, under the prefix, as `<id>.<random>`; a lifecycle rule expires those a crash left behind (docs/OPERATIONS.md). */
const STAGING = '.staging';
const DEFAULT_PART_SIZE = 5 * 1024 * 1024;
const DEFAULT_QUEUE_SIZE = 2;
/** The largest object one CopyObject can publish (larger would need UploadPartCopy); files are far smaller. */
const MAX_OBJECT_BYTES = 5 * 1024 * 1024 * 1024;
/** `verify` reads the staged object in aligned blocks of this size, keeping the last few. */
const READ_BLOCK = 1024 * 1024;
const KEPT_BLOCKS = 4;
/** Attempts at publishing when the store answers 409 ConditionalRequestConflict (a concurrent write of the same key). */
const PUBLISH_ATTEMPTS = 3;

/**
 * The client for an S3-compatible service.
 *
 * Checksums only where an operation requires them: AWS SDK v3 versions since early 2025 add CRC32
 * checksums to every upload by default (`x-amz-checksum-*` headers, `x-amz-checksum-algorithm` on
 * CreateMultipartUpload and part checksums in CompleteMultipartUpload, aws-chunked bodies with
 * trailers when a body is streamed), which S3-compatible services do not all accept: OSS documents
 * that its S3 API takes no chunked encoding, and services that predate these headers have refused
 * uploads carrying them. s3rver, the stand-in of the tests, tolerates them for the requests this
 * store makes (the parts are buffers); the real services are the reason. Integrity does not
 * depend on them: every request is signed with the SHA-256 of its payload (`x-amz-content-sha256`),
 * which the service checks.
 */
export function s3Client(settings: S3Settings = {}): S3Client {
  return new S3Client({
    region: settings.region ?? 'us-east-1',
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    forcePathStyle: settings.forcePathStyle ?? settings.endpoint !== undefined,
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/**
 * Files in an S3-compatible bucket (AWS S3, MinIO, Aliyun OSS, Tencent COS) at
 * `<prefix>/<first two hex digits>/<file id>`, with the semantics of FileStore:
 *
 * - `put` streams the body to a staging key (one PutObject, or a multipart upload past
 *   `partSize`) while counting and hashing it, and stops at `maxBytes`; `verify` reads the staged
 *   object through ranged GETs; then a server-side CopyObject publishes it under the id's key and
 *   the staging key is deleted. Nothing appears under the id unless every step succeeded.
 * - An id is written once. The copy carries `If-None-Match: *`, so a service with conditional
 *   writes (AWS S3 since 2024; others in some versions) refuses to replace an object a concurrent
 *   upload published (412), atomically. A plain S3-compatible service without conditional writes
 *   ignores the header (or answers 501, after which it is no longer sent): there the HEAD just
 *   before the copy is the only check, and two processes publishing the same id within the same
 *   few milliseconds could both succeed, the later copy winning. Uploads of one id within one
 *   process are serialised, so that race needs two gateway instances, and since file ids are
 *   random UUIDs issued one per upload link, it also needs the same link replayed concurrently.
 * - `stat` is a HEAD, `open` a (ranged) GET, `delete` a HEAD and a DeleteObject (S3 answers a
 *   delete the same whether or not the key existed).
 */
export class S3FileStore implements FileStore {
  readonly client: S3Client;
  readonly bucket: string;
  readonly prefix: string;
  private readonly partSize: number;
  private readonly queueSize: number;
  /** Until the service answers 501 to `If-None-Match` on a copy. */
  private conditionalWrites = true;
  /** The publishing step of each id being uploaded by this process, chained. */
  private readonly publishing = new Map<string, Promise<void>>();

  constructor(options: S3FileStoreOptions) {
    this.client = options.client;
    this.bucket = options.bucket;
    this.prefix = options.prefix ?? '';
    this.partSize = options.partSize ?? DEFAULT_PART_SIZE;
    this.queueSize = options.queueSize ?? DEFAULT_QUEUE_SIZE;
  }

  async put(fileId: string, body: Readable, { maxBytes, verify }: PutOptions): Promise<StoredBytes> {
    const id = canonicalFileId(fileId);
    const key = this.keyOf(id);
    // Checked again when publishing; this only spares reading a body we would refuse.
    if (await this.head(key)) throw alreadyUploaded(id);

    const limit = Math.min(maxBytes, MAX_OBJECT_BYTES);
    const hash = createHash('sha256');
    let size = 0;
    // What went wrong with the body itself (too large, or the client went away), as it was thrown:
    // the upload may fail with another error instead (e.g. when aborting the multipart upload fails).
    let bodyFailure: { error: unknown } | null = null;
    async function* counted(): AsyncGenerator<Buffer> {
      try {
        // Not destroyed when we stop early: see FileStore.put.
        for await (const chunk of body.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer | string>) {
          const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
          size += bytes.length;
          if (size > limit) throw new FileError(FileErrorCode.TOO_LARGE, `file ${id} is larger than ${limit} bytes`, { maxBytes: limit });
          hash.update(bytes);
          yield bytes;
        }
      } catch (error) {
        bodyFailure = { error };
        throw error;
      }
    }

    const staged = this.key(`${STAGING}/${id}.${randomUUID()}`);
    try {
      const upload = new Upload({
        client: this.client,
        params: { Bucket: this.bucket, Key: staged, Body: Readable.from(counted(), { objectMode: false }), ContentType: 'application/octet-stream' },
        partSize: this.partSize,
        queueSize: this.queueSize,
        // A failed multipart upload is aborted, so its parts are not kept (and billed).
        leavePartsOnError: false,
      });
      await upload.done().catch((error: unknown) => {
        throw bodyFailure ? bodyFailure.error : error;
      });
      if (verify) await verify(rangedSource(size, (start, end) => this.bytes(staged, start, end)));
      await this.publish(id, staged, key);
      return { size, sha256: hash.digest('hex') };
    } finally {
      // Nothing to delete when the body was refused before a byte was sent; S3 answers the same.
      // A failure here is not the upload's: the staging lifecycle rule removes what is left.
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: staged })).catch(() => undefined);
    }
  }

  async stat(fileId: string): Promise<{ size: number } | null> {
    if (!isFileId(fileId)) return null;
    return this.head(this.keyOf(canonicalFileId(fileId)));
  }

  async open(fileId: string, range?: ByteRange): Promise<Readable> {
    if (!isFileId(fileId)) throw notFound(fileId);
    if (range && !(Number.isSafeInteger(range.start) && Number.isSafeInteger(range.end) && range.start >= 0 && range.end >= range.start)) {
      // S3 would ignore a malformed Range header and send the whole object.
      throw new FileError(FileErrorCode.INVALID_ARGUMENT, `invalid byte range ${range.start}-${range.end}`);
    }
    try {
      const { Body } = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.keyOf(canonicalFileId(fileId)), ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}) }),
      );
      if (!(Body instanceof Readable)) throw new TypeError('the S3 client did not answer with a Node.js stream');
      return Body;
    } catch (error) {
      if (statusOf(error) === 404) throw notFound(fileId);
      // A range that starts at or past the end: no bytes, as a file read there gives.
      if (statusOf(error) === 416 && range) return Readable.from([], { objectMode: false });
      throw error;
    }
  }

  async delete(fileId: string): Promise<boolean> {
    if (!isFileId(fileId)) return false;
    const key = this.keyOf(canonicalFileId(fileId));
    if (!(await this.head(key))) return false;
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
    return true;
  }

  private keyOf(id: string): string {
    return this.key(`${id.slice(0, 2)}/${id}`);
  }

  private key(rest: string): string {
    return this.prefix ? `${this.prefix}/${rest}` : rest;
  }

  /** Size of the object at `key`; null when there is none. */
  private async head(key: string): Promise<{ size: number } | null> {
    try {
      const { ContentLength } = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: ContentLength ?? 0 };
    } catch (error) {
      // AWS S3 answers 403, not 404, for a missing key when the credentials may not list the bucket.
      if (statusOf(error) === 404) return null;
      throw error;
    }
  }

  /** Bytes `start`..`end` (inclusive) of the object at `key`. */
  private async bytes(key: string, start: number, end: number): Promise<Buffer> {
    const { Body } = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: `bytes=${start}-${end}` }));
    if (!Body) return Buffer.alloc(0);
    const array = await Body.transformToByteArray();
    return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  }

  /** Copies the staged object to `key` unless an object is there already (see the class comment). */
  private async publish(id: string, staged: string, key: string): Promise<void> {
    await this.oneAtATime(id, async () => {
      for (let attempt = 1; ; attempt++) {
        if (await this.head(key)) throw alreadyUploaded(id);
        const conditional = this.conditionalWrites;
        try {
          await this.client.send(
            new CopyObjectCommand({ Bucket: this.bucket, Key: key, CopySource: copySource(this.bucket, staged), ...(conditional ? { IfNoneMatch: '*' } : {}) }),
          );
          return;
        } catch (error) {
          const status = statusOf(error);
          if (status === 412 && conditional) throw alreadyUploaded(id);
          // A service without conditional writes that says so: publish as those that ignore the header.
          if (status === 501 && conditional) this.conditionalWrites = false;
          // ConditionalRequestConflict: another write of the key was under way; look again.
          else if (!(status === 409 && conditional && attempt < PUBLISH_ATTEMPTS)) throw error;
        }
      }
    });
  }

  /** Runs `task` after every earlier task of this process for the same id has finished. */
  private async oneAtATime(id: string, task: () => Promise<void>): Promise<void> {
    const earlier = this.publishing.get(id) ?? Promise.resolve();
    const mine = earlier.then(task);
    const settled = mine.then(
      () => undefined,
      () => undefined,
    );
    this.publishing.set(id, settled);
    try {
      await mine;
    } finally {
      if (this.publishing.get(id) === settled) this.publishing.delete(id);
    }
  }
}

/**
 * The staged bytes for `verify`, as ranged GETs in aligned blocks of which the last few are
 * kept: detection and the ZIP check make many small reads, mostly in order, which would
 * otherwise be a request each. A small file is one request.
 */
export function rangedSource(size: number, get: (start: number, end: number) => Promise<Buffer>, blockSize = READ_BLOCK, keep = KEPT_BLOCKS): ByteSource {
  const blocks = new Map<number, Promise<Buffer>>();
  const block = (index: number): Promise<Buffer> => {
    const kept = blocks.get(index);
    blocks.delete(index); // re-inserted below: the Map's order is least recently used first
    const bytes = kept ?? get(index * blockSize, Math.min(size, (index + 1) * blockSize) - 1);
    blocks.set(index, bytes);
    if (!kept) void bytes.catch(() => blocks.get(index) === bytes && blocks.delete(index)); // not kept when it failed
    while (blocks.size > keep) blocks.delete(blocks.keys().next().value!);
    return bytes;
  };
  return {
    size,
    read: async (position, length) => {
      const end = Math.min(size, position + length); // exclusive
      if (end <= position) return Buffer.alloc(0);
      const first = Math.floor(position / blockSize);
      const last = Math.floor((end - 1) / blockSize);
      if (last - first + 1 > keep) return get(position, end - 1); // more than the blocks kept: read it as it is
      const parts = await Promise.all(Array.from({ length: last - first + 1 }, (_, i) => block(first + i)));
      const joined = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      const offset = position - first * blockSize;
      return Buffer.from(joined.subarray(offset, offset + (end - position))); // a copy: the blocks stay as they were read
    },
  };
}

/** The x-amz-copy-source of a key: URL-encoded, as S3 requires. */
const copySource = (bucket: string, key: string) => `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
/** The HTTP status of an S3 service error. */
const statusOf = (error: unknown) => (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
const alreadyUploaded = (id: string) => new FileError(FileErrorCode.ALREADY_UPLOADED, `file ${id} has already been uploaded`);
const notFound = (id: string) => new FileError(FileErrorCode.NOT_FOUND, `no stored file ${id}`);
