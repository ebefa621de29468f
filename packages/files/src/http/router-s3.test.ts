import { createHash, randomUUID } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import * as fixture from '../__tests__/fixtures';
import { chunkedPut, useFilesServer } from '../__tests__/files-server';
import { useS3StandIn } from '../__tests__/s3-stand-in';
import { useTempDir } from '../__tests__/temp-dir';
import { fileLinks, RESUMABLE_UPLOAD_PATH, type UploadRequest } from '../links';
import { S3FileStore } from '../store/s3';

// The same routes as router.test.ts, unchanged, over an S3FileStore on s3rver.
const links = fileLinks({ secret: 'router-s3-test-secret-0123456789-abcdef' });
const dir = useTempDir();
const standIn = useS3StandIn();
const prefix = `routes-${randomUUID()}`;
const requests = new Map<string, number>();
const files = useFilesServer(links, () => dir.path, () => new S3FileStore({ client: counted(standIn.client()), bucket: standIn.bucket, prefix }));

const MiB = 1024 * 1024;
const evidence: UploadRequest = { purpose: 'declaration-evidence', fileName: '营业执照 副本.pdf', maxBytes: MiB, contentTypes: ['application/pdf', 'application/zip'] };
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const put = (url: string, body: Buffer) => fetch(`${files.base}${url}`, { method: 'PUT', body });
const keysOf = async (fileId: string) => (await standIn.keys(prefix)).filter((key) => key.includes(fileId));

describe('PUT /files/upload/:token, GET /files/download/:token over S3FileStore', () => {
  it('stores an upload in the bucket and serves it back under its original name', async () => {
    const grant = await links.createUploadGrant(evidence);
    const bytes = fixture.pdf();
    const upload = await put(grant.uploadUrl, bytes);
    expect(upload.status).toBe(201);
    expect(await upload.json()).toEqual({ fileId: grant.fileId, size: bytes.length, sha256: sha256(bytes), contentType: 'application/pdf' });
    expect(await keysOf(grant.fileId)).toEqual([`${grant.fileId.slice(0, 2)}/${grant.fileId}`]);

    const url = await links.downloadUrl({ fileId: grant.fileId, fileName: grant.fileName, contentType: 'application/pdf' });
    const download = await fetch(`${files.base}${url}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
    expect(download.headers.get('content-length')).toBe(String(bytes.length));
    expect(download.headers.get('content-disposition')).toContain(encodeURIComponent('营业执照 副本.pdf'));
    const head = await fetch(`${files.base}${url}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(bytes.length));
  });

  it('checks a ZIP archive through ranged reads of the staged object, a few blocks rather than a request per read', async () => {
    const grant = await links.createUploadGrant({ ...evidence, maxBytes: 8 * MiB });
    const archive = fixture.zip([
      { name: '审计报告/2024.pdf', data: Buffer.concat([fixture.pdf(), fixture.randomish(3 * MiB)]) },
      { name: '审计报告/附件.png', data: fixture.png() },
    ]);
    requests.clear();
    const upload = await put(grant.uploadUrl, archive);
    expect(upload.status).toBe(201);
    expect(await upload.json()).toMatchObject({ size: archive.length, contentType: 'application/zip' });
    // The check reads the 3 MiB entry in 64 KiB pieces: about 50 reads, in 1 MiB blocks.
    expect(requests.get('GetObjectCommand')).toBeLessThanOrEqual(6);
  });

  it('refuses content of another type and keeps nothing in the bucket', async () => {
    const grant = await links.createUploadGrant(evidence);
    const upload = await put(grant.uploadUrl, fixture.text());
    expect(upload.status).toBe(415);
    expect(await upload.json()).toMatchObject({ code: 'TYPE_NOT_ALLOWED' });
    expect(await keysOf(grant.fileId)).toEqual([]);
    expect((await put(grant.uploadUrl, fixture.pdf())).status).toBe(201);
  });

  it('stops a body without a length at the limit and keeps nothing, not even the staged part', async () => {
    const grant = await links.createUploadGrant(evidence);
    const response = await chunkedPut(`${files.base}${grant.uploadUrl}`, [fixture.pdf(), ...Array.from({ length: 24 }, () => Buffer.alloc(64 * 1024, 0x20))]);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'TOO_LARGE' });
    expect(await keysOf(grant.fileId)).toEqual([]);
    expect((await put((await links.createUploadGrant(evidence)).uploadUrl, fixture.pdf())).status).toBe(201);
  });

  it('uploads a file id once, and answers 404 for a file that is not there', async () => {
    const grant = await links.createUploadGrant(evidence);
    expect((await put(grant.uploadUrl, fixture.pdf())).status).toBe(201);
    const again = await put(grant.uploadUrl, fixture.pdf());
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'ALREADY_UPLOADED' });
    const missing = await links.downloadUrl({ fileId: randomUUID(), fileName: 'a.pdf', contentType: 'application/pdf' });
    const response = await fetch(`${files.base}${missing}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('hands a finished resumable upload (staged on local disk) to the S3 store', async () => {
    const grant = await links.createUploadGrant(evidence);
    const bytes = Buffer.concat([fixture.pdf(), Buffer.alloc(30_000, 7)]);
    const tus = { 'Tus-Resumable': '1.0.0', 'Upload-Token': grant.token };
    const created = await fetch(`${files.base}${RESUMABLE_UPLOAD_PATH}`, { method: 'POST', headers: { ...tus, 'Upload-Length': String(bytes.length) } });
    expect(created.status).toBe(201);
    const patch = (offset: number, part: Buffer) =>
      fetch(`${files.base}${created.headers.get('location')}`, { method: 'PATCH', headers: { ...tus, 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' }, body: part });
    expect((await patch(0, bytes.subarray(0, 10_000))).status).toBe(204);
    expect((await patch(10_000, bytes.subarray(10_000))).status).toBe(204);
    expect(await files.store.stat(grant.fileId)).toEqual({ size: bytes.length });
    expect(await keysOf(grant.fileId)).toEqual([`${grant.fileId.slice(0, 2)}/${grant.fileId}`]);
  });
});

/** Counts the commands the client sends in `requests`. */
function counted(client: S3Client): S3Client {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      requests.set(context.commandName!, (requests.get(context.commandName!) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize' },
  );
  return client;
}
