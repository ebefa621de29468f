/**
 * Random access to bytes whose size is known: a staged upload, a stored file, a buffer.
 * Detection reads only the few ranges it needs (a header, a ZIP's central directory at the
 * end, an OLE2 directory), so it never loads a whole file into memory.
 */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes from `position`; fewer only where the bytes end. */
  read(position: number, length: number): Promise<Buffer>;
}

export function bufferSource(buffer: Buffer): ByteSource {
  return {
    size: buffer.length,
    read: async (position, length) => buffer.subarray(position, Math.min(buffer.length, position + length)),
  };
}
