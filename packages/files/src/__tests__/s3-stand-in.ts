import { createReadStream, ReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { s3Client } from '../store/s3';

/**
 * What the stand-in does with `If-None-Match: *` on a PUT (PutObject, CopyObject):
 * - `honour`: refuses with 412 when the key exists, atomically, as AWS S3 and MinIO do;
 * - `ignore`: writes anyway, as s3rver itself and S3-compatible services without conditional writes do;
 * - `reject`: answers 501 NotImplemented, as a service may that does not support the header.
 */
export type ConditionalWrites = 'honour' | 'ignore' | 'reject';

export interface S3StandIn {
  readonly endpoint: string;
  readonly bucket: string;
  conditionalWrites: ConditionalWrites;
  /** Awaited when a conditional write arrives (while honouring), before it is decided: lines up concurrent writes in a test. */
  beforeConditionalWrite: (() => Promise<void>) | null;
  /** A client for it, built as production builds one (s3Client); destroyed after the test file. */
  client(): S3Client;
  /** Every key in the bucket under `prefix/`, without it. */
  keys(prefix: string): Promise<string[]>;
}

const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }; // s3rver's own, checked against each request's signature

/**
 * s3rver (a fake S3 server for Node) on 127.0.0.1 for one test file, keeping its bucket in a
 * temporary directory. s3rver ignores conditional writes; a middleware in front of it adds them
 * (see ConditionalWrites), `honour` by default.
 */
export function useS3StandIn(): S3StandIn {
  let directory = '';
  let server: S3rver | null = null;
  const clients: S3Client[] = [];
  const writing = new Map<string, Promise<void>>();
  const standIn: S3StandIn = {
    endpoint: '',
    bucket: 'files',
    conditionalWrites: 'honour',
    beforeConditionalWrite: null,
    client() {
      const client = s3Client({ endpoint: standIn.endpoint, region: 'us-east-1', credentials: CREDENTIALS });
      clients.push(client);
      return client;
    },
    async keys(prefix) {
      const client = standIn.client();
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: standIn.bucket, Prefix: `${prefix}/`, ...(token ? { ContinuationToken: token } : {}) }));
        keys.push(...(page.Contents ?? []).map((object) => object.Key!.slice(prefix.length + 1)));
        token = page.NextContinuationToken;
      } while (token);
      return keys.sort();
    },
  };

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'zjtx-s3rver-'));
    server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: standIn.bucket }] });
    server.middleware.unshift(async (context, next) => {
      if (context.method !== 'PUT' || context.get('if-none-match') !== '*' || standIn.conditionalWrites === 'ignore') return next();
      if (standIn.conditionalWrites === 'reject') return answerError(context, 501, 'NotImplemented', 'A header you provided implies functionality that is not implemented');
      // Path-style requests: /bucket/key. One conditional write per key at a time, so that the check and the write are one step.
      const [bucket, ...key] = context.path.slice(1).split('/').map(decodeURIComponent);
      const target = `${bucket}/${key.join('/')}`;
      await standIn.beforeConditionalWrite?.();
      const earlier = writing.get(target) ?? Promise.resolve();
      const mine = earlier.then(async () => {
        if (await server!.store.existsObject(bucket!, key.join('/'))) return answerError(context, 412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold');
        return next();
      });
      const settled = mine.catch(() => undefined);
      writing.set(target, settled);
      await mine.finally(() => writing.get(target) === settled && writing.delete(target));
    });
    // s3rver answers `Range: bytes=0-0` with the whole object (it takes an end of 0 for none); S3 sends the first byte.
    server.middleware.unshift(async (context, next) => {
      await next();
      const body = context.body as ReadStream | null;
      if (context.method !== 'GET' || context.get('range') !== 'bytes=0-0' || context.status !== 206 || !(body instanceof ReadStream)) return;
      body.destroy();
      context.body = createReadStream(body.path, { start: 0, end: 0 });
      context.set('Content-Range', context.response.get('Content-Range').replace(/^bytes 0-\d+\//, 'bytes 0-0/'));
      context.length = 1;
    });
    const { port } = await server.run();
    (standIn as { endpoint: string }).endpoint = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.close();
    await rm(directory, { recursive: true, force: true });
  });

  return standIn;
}

function answerError(context: { status: number; type: string; body: unknown }, status: number, code: string, message: string): void {
  context.status = status;
  context.type = 'application/xml';
  context.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
}
