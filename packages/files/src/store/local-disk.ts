import { createHash, randomUUID } from 'node:crypto';
import { link, mkdir, open, readdir, rm, stat, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { ByteSource } from '../content/byte-source';
import { FileError, FileErrorCode } from '../errors';
import { canonicalFileId, isFileId } from './file-id';
import type { ByteRange, FileStore, PutOptions, StoredBytes } from './file-store';

/** Uploads in progress, inside the store's directory so that publishing them is a link on one file system. */
const STAGING = '.staging';
/** A staged file this old was left by a process that stopped mid-upload. */
const STALE_STAGING_MS = 24 * 60 * 60 * 1000;

/**
 * Files on a local (or mounted) disk at `<dir>/<first two hex digits>/<file id>`; the prefix
 * directories keep any one directory small. Every process that serves or inspects files
 * must see the same directory.
 */
export class LocalDiskFileStore implements FileStore {
  private prepared: Promise<void> | null = null;

  constructor(readonly dir: string) {}

  async put(fileId: string, body: Readable, { maxBytes, verify }: PutOptions): Promise<StoredBytes> {
    const id = canonicalFileId(fileId);
    const target = this.pathOf(id);
    await (this.prepared ??= this.prepare());
    // Checked again, atomically, when publishing; this only spares reading a body we would refuse.
    if (await exists(target)) throw alreadyUploaded(id);

    // Written to a staging file, then published with link(): a half-written file never has the
    // id's name, and link (unlike rename) refuses to replace a file a concurrent upload published.
    const staged = join(this.dir, STAGING, `${id}.${randomUUID()}`);
    const handle = await open(staged, 'wx+'); // read back by verify
    let handleOpen = true;
    try {
      const hash = createHash('sha256');
      let size = 0;
      // Not destroyed when we stop early: see FileStore.put.
      for await (const chunk of body.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer | string>) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += bytes.length;
        if (size > maxBytes) throw new FileError(FileErrorCode.TOO_LARGE, `file ${id} is larger than ${maxBytes} bytes`, { maxBytes });
        hash.update(bytes);
        await writeAll(handle, bytes);
      }
      if (verify) await verify(handleSource(handle, size));
      await handle.sync();
      await handle.close();
      handleOpen = false;
      await mkdir(dirname(target), { recursive: true });
      await link(staged, target).catch((error: unknown) => {
        throw errorCode(error) === 'EEXIST' ? alreadyUploaded(id) : error;
      });
      return { size, sha256: hash.digest('hex') };
    } finally {
      if (handleOpen) await handle.close().catch(() => undefined);
      await rm(staged, { force: true });
    }
  }

  async stat(fileId: string): Promise<{ size: number } | null> {
    if (!isFileId(fileId)) return null;
    try {
      const stats = await stat(this.pathOf(canonicalFileId(fileId)));
      return stats.isFile() ? { size: stats.size } : null;
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  }

  async open(fileId: string, range?: ByteRange): Promise<Readable> {
    if (!isFileId(fileId)) throw notFound(fileId);
    try {
      // Opened here rather than by the stream, so a missing file is an error now, not an event later.
      const handle = await open(this.pathOf(canonicalFileId(fileId)), 'r');
      return handle.createReadStream(range ? { start: range.start, end: range.end } : {});
    } catch (error) {
      throw errorCode(error) === 'ENOENT' ? notFound(fileId) : error;
    }
  }

  async delete(fileId: string): Promise<boolean> {
    if (!isFileId(fileId)) return false;
    try {
      await unlink(this.pathOf(canonicalFileId(fileId)));
      return true;
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return false;
      throw error;
    }
  }

  private pathOf(id: string): string {
    return join(this.dir, id.slice(0, 2), id);
  }

  /** Creates the directories and clears what uploads interrupted by a crash left behind. */
  private async prepare(): Promise<void> {
    const staging = join(this.dir, STAGING);
    await mkdir(staging, { recursive: true });
    const cutoff = Date.now() - STALE_STAGING_MS;
    for (const name of await readdir(staging)) {
      const path = join(staging, name);
      const stats = await stat(path).catch(() => null);
      if (stats && stats.mtimeMs < cutoff) await rm(path, { force: true });
    }
  }
}

async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  for (let offset = 0; offset < bytes.length; ) offset += (await handle.write(bytes, offset)).bytesWritten;
}

/** The staged bytes, for `verify`, read through the handle they were written with. */
function handleSource(handle: FileHandle, size: number): ByteSource {
  return {
    size,
    read: async (position, length) => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      let filled = 0;
      while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, position + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return buffer.subarray(0, filled);
    },
  };
}

const exists = (path: string) => stat(path).then(() => true, () => false);
const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code;
const alreadyUploaded = (id: string) => new FileError(FileErrorCode.ALREADY_UPLOADED, `file ${id} has already been uploaded`);
const notFound = (id: string) => new FileError(FileErrorCode.NOT_FOUND, `no stored file ${id}`);
