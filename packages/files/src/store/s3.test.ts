import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import type { S3Client } from '@aws-sdk/client-s3';
import { chunked, describeFileStore, patterned } from '../__tests__/file-store-suite';
import { useS3StandIn } from '../__tests__/s3-stand-in';
import type { ByteSource } from '../content/byte-source';
import { rangedSource, s3Client, S3FileStore } from './s3';

const standIn = useS3StandIn();
/** A store of its own under a fresh prefix, so each test sees only its own keys. */
const storeUnderTest = (client = standIn.client()) => {
  const prefix = `zjtx/${randomUUID()}`;
  return { store: new S3FileStore({ client, bucket: standIn.bucket, prefix }), entries: () => standIn.keys(prefix), prefix };
};

beforeEach(() => {
  standIn.conditionalWrites = 'honour';
  standIn.beforeConditionalWrite = null;
});

describeFileStore('S3FileStore on s3rver', () => storeUnderTest());

describe('S3FileStore', () => {
  it('keeps a file at <prefix>/<first two hex digits>/<id>, and the upload in progress under <prefix>/.staging/', async () => {
    const top = `tenant-${randomUUID()}`;
    const store = new S3FileStore({ client: standIn.client(), bucket: standIn.bucket, prefix: `${top}/files` });
    const id = randomUUID();
    let staging: string[] = [];
    await store.put(id, chunked('staged first'), {
      maxBytes: 100,
      verify: async () => {
        staging = await standIn.keys(top);
      },
    });
    expect(staging).toEqual([expect.stringMatching(new RegExp(`^files/\\.staging/${id}\\.[0-9a-f-]{36}$`))]);
    expect(await standIn.keys(top)).toEqual([`files/${id.slice(0, 2)}/${id}`]);
  });

  it('works at the root of a bucket, without a prefix', async () => {
    const store = new S3FileStore({ client: standIn.client(), bucket: standIn.bucket });
    const id = randomUUID();
    await store.put(id, chunked('at the root'), { maxBytes: 100 });
    expect(await standIn.keys(id.slice(0, 2))).toContain(id);
    expect(await text(await store.open(id))).toBe('at the root');
    await expect(store.delete(id)).resolves.toBe(true);
  });

  it('sends a large body as a multipart upload, and a small one in a single request', async () => {
    const client = standIn.client();
    const sent = countCommands(client);
    const { store } = storeUnderTest(client);
    await store.put(randomUUID(), chunked(patterned(12 * 1024 * 1024)), { maxBytes: 20 * 1024 * 1024 });
    expect(sent.get('UploadPartCommand')).toBe(3); // 5 MiB parts
    expect(sent.get('CompleteMultipartUploadCommand')).toBe(1);
    sent.clear();
    await store.put(randomUUID(), chunked('small'), { maxBytes: 100 });
    expect(sent.get('PutObjectCommand')).toBe(1);
    expect(sent.get('UploadPartCommand')).toBeUndefined();
  });

  it('stops a multipart upload at maxBytes after parts were sent, and keeps nothing', async () => {
    const { store, entries } = storeUnderTest();
    const id = randomUUID();
    const body = chunked(...Array.from({ length: 14 }, () => patterned(1024 * 1024)));
    // s3rver cannot abort a multipart upload (405); the upload still fails with TOO_LARGE, not with that.
    await expect(store.put(id, body, { maxBytes: 11 * 1024 * 1024 })).rejects.toMatchObject({ code: 'TOO_LARGE', details: { maxBytes: 11 * 1024 * 1024 } });
    expect(body.destroyed).toBe(false);
    expect(await entries()).toEqual([]);
    await expect(store.stat(id)).resolves.toBeNull();
  });

  it('refuses to replace a file another process published between its check and its copy (If-None-Match)', async () => {
    // Two stores on one prefix: two gateway instances. Both copies wait at the stand-in until both
    // have arrived, so both checked (HEAD) before either copied: only the conditional write decides.
    const first = storeUnderTest();
    const second = new S3FileStore({ client: standIn.client(), bucket: standIn.bucket, prefix: first.prefix });
    let arrived = 0;
    let bothArrived!: () => void;
    const together = new Promise<void>((resolve) => (bothArrived = resolve));
    standIn.beforeConditionalWrite = async () => {
      if (++arrived === 2) bothArrived();
      await together;
    };
    const id = randomUUID();
    const results = await Promise.allSettled([first.store.put(id, chunked('first'), { maxBytes: 100 }), second.put(id, chunked('second'), { maxBytes: 100 })]);
    expect(arrived).toBe(2);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'ALREADY_UPLOADED' } });
    const winner = results.findIndex((r) => r.status === 'fulfilled');
    expect(await text(await first.store.open(id))).toBe(['first', 'second'][winner]);
    expect(await first.entries()).toEqual([`${id.slice(0, 2)}/${id}`]);
  });

  it('writes an id once within a process also where the store ignores If-None-Match', async () => {
    standIn.conditionalWrites = 'ignore';
    const { store, entries } = storeUnderTest();
    const id = randomUUID();
    const results = await Promise.allSettled(['a', 'b', 'c'].map((body) => store.put(id, chunked(body), { maxBytes: 10 })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([
      expect.objectContaining({ reason: expect.objectContaining({ code: 'ALREADY_UPLOADED' }) }),
      expect.objectContaining({ reason: expect.objectContaining({ code: 'ALREADY_UPLOADED' }) }),
    ]);
    expect(await entries()).toEqual([`${id.slice(0, 2)}/${id}`]);
  });

  it('goes on without If-None-Match once the store answers it with 501 Not Implemented', async () => {
    standIn.conditionalWrites = 'reject';
    const client = standIn.client();
    const sent = countCommands(client);
    const { store } = storeUnderTest(client);
    const id = randomUUID();
    await expect(store.put(id, chunked('published'), { maxBytes: 100 })).resolves.toMatchObject({ size: 9 });
    expect(sent.get('CopyObjectCommand')).toBe(2); // refused with If-None-Match, then without
    await expect(store.put(id, chunked('again'), { maxBytes: 100 })).rejects.toMatchObject({ code: 'ALREADY_UPLOADED' });
    sent.clear();
    await store.put(randomUUID(), chunked('next'), { maxBytes: 100 });
    expect(sent.get('CopyObjectCommand')).toBe(1);
    expect(await text(await store.open(id))).toBe('published');
  });

  it('reports a service it cannot reach as an error, never as a missing file', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const client = s3Client({ endpoint: `http://127.0.0.1:${port}`, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    const store = new S3FileStore({ client, bucket: standIn.bucket });
    try {
      await expect(store.stat(randomUUID())).rejects.toThrow(/ECONNREFUSED/);
      await expect(store.open(randomUUID())).rejects.toThrow(/ECONNREFUSED/);
      await expect(store.delete(randomUUID())).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      client.destroy();
    }
  });

  it('refuses a malformed range rather than sending the whole file', async () => {
    const { store } = storeUnderTest();
    const id = randomUUID();
    await store.put(id, chunked('0123456789'), { maxBytes: 100 });
    await expect(store.open(id, { start: 5, end: 2 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(store.open(id, { start: -1, end: 2 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});

describe('rangedSource (what verify reads the staged object through)', () => {
  const bytes = patterned(10 * 1024);
  const source = (): { source: ByteSource; requests: Array<[number, number]> } => {
    const requests: Array<[number, number]> = [];
    const get = async (start: number, end: number) => {
      requests.push([start, end]);
      return bytes.subarray(start, end + 1);
    };
    return { source: rangedSource(bytes.length, get, 1024, 3), requests };
  };

  it('reads small pieces in order with a request per block, not per read', async () => {
    const { source: staged, requests } = source();
    for (let at = 0; at < 3000; at += 100) expect((await staged.read(at, 100)).equals(bytes.subarray(at, at + 100))).toBe(true);
    expect(requests).toEqual([
      [0, 1023],
      [1024, 2047],
      [2048, 3071],
    ]);
  });

  it('reads across blocks, up to the end only, and large pieces directly', async () => {
    const { source: staged, requests } = source();
    expect((await staged.read(1000, 100)).equals(bytes.subarray(1000, 1100))).toBe(true);
    expect((await staged.read(bytes.length - 10, 100)).equals(bytes.subarray(bytes.length - 10))).toBe(true);
    expect(await staged.read(bytes.length, 10)).toHaveLength(0);
    expect((await staged.read(0, 5000)).equals(bytes.subarray(0, 5000))).toBe(true);
    expect(requests).toEqual([
      [0, 1023],
      [1024, 2047],
      [9216, 10239],
      [0, 4999],
    ]);
  });

  it('does not keep a block whose request failed', async () => {
    let failNext = true;
    const requests: number[] = [];
    const staged = rangedSource(bytes.length, async (start, end) => {
      requests.push(start);
      if (failNext) {
        failNext = false;
        throw new TypeError('connection reset');
      }
      return bytes.subarray(start, end + 1);
    });
    await expect(staged.read(0, 10)).rejects.toThrow('connection reset');
    expect((await staged.read(0, 10)).equals(bytes.subarray(0, 10))).toBe(true);
    expect(requests).toEqual([0, 0]);
  });
});

/** The number of each command the client sends, by name, from now on. */
function countCommands(client: S3Client): Map<string, number> {
  const counts = new Map<string, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      counts.set(context.commandName!, (counts.get(context.commandName!) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize' },
  );
  return counts;
}
