import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { filesUnder, useTempDir } from '../__tests__/temp-dir';
import { FileError } from '../errors';
import { LocalDiskFileStore } from './local-disk';

const dir = useTempDir();
// A store of its own per test, so each test sees only its own files.
const store = () => new LocalDiskFileStore(join(dir.path, randomUUID()));
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
/** A body that arrives in pieces, as an HTTP request does. */
const chunked = (...chunks: Array<Buffer | string>) => Readable.from(chunks.map((chunk) => Buffer.from(chunk)));

describe('LocalDiskFileStore', () => {
  it('stores by id, reports size and SHA-256, and reads back whole or by range', async () => {
    const files = store();
    const id = randomUUID();
    await expect(files.put(id, chunked('hello ', 'world'), { maxBytes: 100 })).resolves.toEqual({ size: 11, sha256: sha256('hello world') });
    await expect(files.stat(id)).resolves.toEqual({ size: 11 });
    expect(await text(await files.open(id))).toBe('hello world');
    expect(await text(await files.open(id, { start: 6, end: 10 }))).toBe('world');
    expect(await filesUnder(files.dir)).toEqual([join(id.slice(0, 2), id)]);
  });

  it('keeps nothing, not even a staging file, when the body is larger than allowed', async () => {
    const files = store();
    const id = randomUUID();
    const body = chunked('x'.repeat(60), 'y'.repeat(60), 'z'.repeat(60));
    await expect(files.put(id, body, { maxBytes: 100 })).rejects.toMatchObject({ code: 'TOO_LARGE', details: { maxBytes: 100 } });
    await expect(files.stat(id)).resolves.toBeNull();
    expect(await filesUnder(files.dir)).not.toContainEqual(expect.stringContaining(id));
    expect(body.destroyed).toBe(false); // the caller still owns the stream (an HTTP request must still be answered)
  });

  it('accepts exactly maxBytes', async () => {
    const files = store();
    await expect(files.put(randomUUID(), chunked('x'.repeat(100)), { maxBytes: 100 })).resolves.toMatchObject({ size: 100 });
  });

  it('publishes nothing when verification fails, and verification sees the complete bytes', async () => {
    const files = store();
    const id = randomUUID();
    let seen = '';
    const refusal = new FileError('TYPE_NOT_ALLOWED', 'no');
    const verify = async (staged: { size: number; read(p: number, l: number): Promise<Buffer> }) => {
      seen = `${staged.size}:${(await staged.read(0, 3)).toString()}:${(await staged.read(staged.size - 2, 10)).toString()}`;
      throw refusal;
    };
    await expect(files.put(id, chunked('abc', 'def', 'gh'), { maxBytes: 100, verify })).rejects.toBe(refusal);
    expect(seen).toBe('8:abc:gh');
    await expect(files.stat(id)).resolves.toBeNull();
    expect(await filesUnder(files.dir)).toEqual([]);
  });

  it('writes an id once, also when two uploads race for it', async () => {
    const files = store();
    const id = randomUUID();
    const results = await Promise.allSettled([files.put(id, chunked('first'), { maxBytes: 100 }), files.put(id, chunked('second'), { maxBytes: 100 })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'ALREADY_UPLOADED' } });
    await expect(files.put(id, chunked('third'), { maxBytes: 100 })).rejects.toMatchObject({ code: 'ALREADY_UPLOADED' });
    expect(['first', 'second']).toContain(await text(await files.open(id)));
    expect(await filesUnder(join(files.dir, '.staging'))).toEqual([]);
  });

  it('never turns an id that is not a UUID into a path', async () => {
    const files = store();
    for (const id of ['../../etc/passwd', '', 'a/b', `${randomUUID()}/..`]) {
      await expect(files.put(id, chunked('x'), { maxBytes: 10 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
      await expect(files.stat(id)).resolves.toBeNull();
      await expect(files.open(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(files.delete(id)).resolves.toBe(false);
    }
  });

  it('treats an id in upper case as the same file', async () => {
    const files = store();
    const id = randomUUID();
    await files.put(id.toUpperCase(), chunked('same'), { maxBytes: 10 });
    await expect(files.stat(id)).resolves.toEqual({ size: 4 });
  });

  it('deletes, and says whether there was anything to delete', async () => {
    const files = store();
    const id = randomUUID();
    await files.put(id, chunked('bye'), { maxBytes: 10 });
    await expect(files.delete(id)).resolves.toBe(true);
    await expect(files.delete(id)).resolves.toBe(false);
    await expect(files.open(id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
