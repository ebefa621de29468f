import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer, text } from 'node:stream/consumers';
import type { ByteSource } from '../content/byte-source';
import { FileError } from '../errors';
import type { FileStore } from '../store/file-store';

export interface StoreUnderTest {
  store: FileStore;
  /** Everything the store keeps, uploads in progress included, relative to its root: `ab/<id>`, `.staging/…`. */
  entries(): Promise<string[]>;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
/** A body that arrives in pieces, as an HTTP request does. */
export const chunked = (...chunks: Array<Buffer | string>) => Readable.from(chunks.map((chunk) => Buffer.from(chunk)));
/** `length` bytes that differ from place to place, so that a misplaced range shows. */
export function patterned(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 7 + (i >> 12)) & 0xff;
  return bytes;
}
/** `bytes` in pieces of 64 KiB. */
const inPieces = (bytes: Buffer, size = 64 * 1024) => Readable.from(Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size)));

/**
 * What every FileStore must do (the contract in store/file-store.ts), run against one store:
 * `make` returns a store of its own, empty, each time it is called.
 */
export function describeFileStore(name: string, make: () => StoreUnderTest): void {
  describe(`${name}: the FileStore contract`, () => {
    it('stores by id, reports size and SHA-256, and reads back whole or by range', async () => {
      const { store, entries } = make();
      const id = randomUUID();
      await expect(store.put(id, chunked('hello ', 'world'), { maxBytes: 100 })).resolves.toEqual({ size: 11, sha256: sha256('hello world') });
      await expect(store.stat(id)).resolves.toEqual({ size: 11 });
      expect(await text(await store.open(id))).toBe('hello world');
      expect(await text(await store.open(id, { start: 6, end: 10 }))).toBe('world');
      expect(await entries()).toEqual([`${id.slice(0, 2)}/${id}`]);
    });

    it('reads ranges as a file is read: one byte, up to the end only, nothing past the end', async () => {
      const { store } = make();
      const id = randomUUID();
      await store.put(id, chunked('hello world'), { maxBytes: 100 });
      expect(await text(await store.open(id, { start: 0, end: 0 }))).toBe('h');
      expect(await text(await store.open(id, { start: 6, end: 1000 }))).toBe('world');
      expect(await text(await store.open(id, { start: 11, end: 20 }))).toBe('');
    });

    it('keeps nothing, not even a staging file, when the body is larger than allowed', async () => {
      const { store, entries } = make();
      const id = randomUUID();
      const body = chunked('x'.repeat(60), 'y'.repeat(60), 'z'.repeat(60));
      await expect(store.put(id, body, { maxBytes: 100 })).rejects.toMatchObject({ code: 'TOO_LARGE', details: { maxBytes: 100 } });
      await expect(store.stat(id)).resolves.toBeNull();
      expect(await entries()).not.toContainEqual(expect.stringContaining(id));
      expect(body.destroyed).toBe(false); // the caller still owns the stream (an HTTP request must still be answered)
    });

    it('accepts exactly maxBytes, and an empty body', async () => {
      const { store } = make();
      await expect(store.put(randomUUID(), chunked('x'.repeat(100)), { maxBytes: 100 })).resolves.toMatchObject({ size: 100 });
      const empty = randomUUID();
      await expect(store.put(empty, chunked(), { maxBytes: 100 })).resolves.toEqual({ size: 0, sha256: sha256('') });
      await expect(store.stat(empty)).resolves.toEqual({ size: 0 });
      expect(await text(await store.open(empty))).toBe('');
    });

    it('publishes nothing when verification fails, and verification sees the complete bytes', async () => {
      const { store, entries } = make();
      const id = randomUUID();
      let seen = '';
      const refusal = new FileError('TYPE_NOT_ALLOWED', 'no');
      const verify = async (staged: ByteSource) => {
        seen = `${staged.size}:${(await staged.read(0, 3)).toString()}:${(await staged.read(staged.size - 2, 10)).toString()}`;
        throw refusal;
      };
      await expect(store.put(id, chunked('abc', 'def', 'gh'), { maxBytes: 100, verify })).rejects.toBe(refusal);
      expect(seen).toBe('8:abc:gh');
      await expect(store.stat(id)).resolves.toBeNull();
      expect(await entries()).toEqual([]);
    });

    it('writes an id once, also when two uploads race for it', async () => {
      const { store, entries } = make();
      const id = randomUUID();
      const results = await Promise.allSettled([store.put(id, chunked('first'), { maxBytes: 100 }), store.put(id, chunked('second'), { maxBytes: 100 })]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'ALREADY_UPLOADED' } });
      await expect(store.put(id, chunked('third'), { maxBytes: 100 })).rejects.toMatchObject({ code: 'ALREADY_UPLOADED' });
      expect(['first', 'second']).toContain(await text(await store.open(id)));
      expect(await entries()).toEqual([`${id.slice(0, 2)}/${id}`]); // no staging file left
    });

    it('never turns an id that is not a UUID into a path or key', async () => {
      const { store } = make();
      for (const id of ['../../etc/passwd', '', 'a/b', `${randomUUID()}/..`]) {
        await expect(store.put(id, chunked('x'), { maxBytes: 10 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
        await expect(store.stat(id)).resolves.toBeNull();
        await expect(store.open(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
        await expect(store.delete(id)).resolves.toBe(false);
      }
    });

    it('treats an id in upper case as the same file', async () => {
      const { store } = make();
      const id = randomUUID();
      await store.put(id.toUpperCase(), chunked('same'), { maxBytes: 10 });
      await expect(store.stat(id)).resolves.toEqual({ size: 4 });
    });

    it('deletes, and says whether there was anything to delete', async () => {
      const { store } = make();
      const id = randomUUID();
      await store.put(id, chunked('bye'), { maxBytes: 10 });
      await expect(store.delete(id)).resolves.toBe(true);
      await expect(store.delete(id)).resolves.toBe(false);
      await expect(store.open(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(store.stat(id)).resolves.toBeNull();
    });

    it('stores a 12 MB body (several parts of a multipart upload) intact, and verification reads any range of it', async () => {
      const { store, entries } = make();
      const id = randomUUID();
      const bytes = patterned(12 * 1024 * 1024 + 123);
      const ranges: Array<[number, number]> = [
        [0, 16],
        [5 * 1024 * 1024 - 10, 20], // across the first part boundary
        [1024 * 1024 - 3, 3 * 1024 * 1024], // across several read blocks
        [bytes.length - 22, 100], // the end
      ];
      let read: Buffer[] = [];
      const verify = async (staged: ByteSource) => {
        expect(staged.size).toBe(bytes.length);
        read = await Promise.all(ranges.map(([position, length]) => staged.read(position, length)));
      };
      await expect(store.put(id, inPieces(bytes), { maxBytes: 20 * 1024 * 1024, verify })).resolves.toEqual({ size: bytes.length, sha256: sha256(bytes) });
      // Compared as buffers: jest's deep equality is slow on megabytes.
      expect(read.map((part, i) => part.equals(bytes.subarray(ranges[i]![0], ranges[i]![0] + ranges[i]![1])))).toEqual([true, true, true, true]);
      await expect(store.stat(id)).resolves.toEqual({ size: bytes.length });
      expect((await buffer(await store.open(id))).equals(bytes)).toBe(true);
      expect((await buffer(await store.open(id, { start: 5 * 1024 * 1024 - 1, end: 5 * 1024 * 1024 }))).equals(bytes.subarray(5 * 1024 * 1024 - 1, 5 * 1024 * 1024 + 1))).toBe(true);
      expect(await entries()).toEqual([`${id.slice(0, 2)}/${id}`]);
    });
  });
}
