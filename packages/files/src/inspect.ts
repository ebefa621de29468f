import { createHash } from 'node:crypto';
import type { ByteSource } from './content/byte-source';
import { detectContentType } from './content/detect';
import type { DetectedContentType } from './content/types';
import { FileError, FileErrorCode } from './errors';
import type { FileStore } from './store/file-store';

export interface StoredFileInfo {
  size: number;
  /** Hex SHA-256 of the stored bytes. */
  sha256: string;
  /** Detected from the content; compare it with the types the purpose accepts before attaching. */
  contentType: DetectedContentType;
}

/**
 * What is really stored under `fileId`, for a subgraph about to attach it: size, hash and
 * type, all computed from the bytes now rather than taken from the upload's answer, which
 * the client relays and could have changed. Null when nothing is stored under the id.
 * The subgraph must also check that it issued this id to this caller for this purpose.
 */
export async function inspectStoredFile(store: FileStore, fileId: string): Promise<StoredFileInfo | null> {
  try {
    const stat = await store.stat(fileId);
    if (!stat) return null;
    const contentType = await detectContentType(storedSource(store, fileId, stat.size));
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of await store.open(fileId)) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
    return { size, sha256: hash.digest('hex'), contentType };
  } catch (error) {
    // Deleted between the steps: as if it had never been there.
    if (error instanceof FileError && error.code === FileErrorCode.NOT_FOUND) return null;
    throw error;
  }
}

/** Ranged reads from the store, so detection reads only the parts of the file it needs. */
export function storedSource(store: FileStore, fileId: string, size: number): ByteSource {
  return {
    size,
    read: async (position, length) => {
      const end = Math.min(size, position + length) - 1;
      if (end < position) return Buffer.alloc(0);
      const chunks: Buffer[] = [];
      for await (const chunk of await store.open(fileId, { start: position, end })) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}
