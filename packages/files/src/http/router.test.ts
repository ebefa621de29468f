import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import * as fixture from '../__tests__/fixtures';
import { chunkedPut, useFilesServer } from '../__tests__/files-server';
import { filesUnder, useTempDir } from '../__tests__/temp-dir';
import type { FileContentType } from '../content/types';
import { fileLinks, type UploadRequest } from '../links';

const secret = 'router-test-secret-0123456789-abcdefghij';
const links = fileLinks({ secret });
const dir = useTempDir();
const files = useFilesServer(links, () => dir.path);

const MiB = 1024 * 1024;
const evidence: UploadRequest = { purpose: 'declaration-evidence', fileName: '营业执照 副本 😀.pdf', maxBytes: MiB, contentTypes: ['application/pdf', 'image/png'] };
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const put = (url: string, body: Buffer) => fetch(`${files.base}${url}`, { method: 'PUT', body });
/** The JSON fields the routes answer with: 201 `{ fileId, size, sha256, contentType }`, 4xx `{ code, message }`. */
type Answer = { fileId: string; size: number; sha256: string; contentType: FileContentType; code: string; message: string };
const answer = async (response: Response) => (await response.json()) as Answer;
const stored = async (fileId: string) => (await filesUnder(files.store.dir)).filter((path) => path.includes(fileId));

describe('PUT /files/upload/:token, GET /files/download/:token', () => {
  it('stores an upload and serves it back under its original name', async () => {
    const grant = await links.createUploadGrant(evidence);
    const bytes = fixture.pdf();
    const upload = await put(grant.uploadUrl, bytes);
    expect(upload.status).toBe(201);
    const body = await answer(upload);
    expect(body).toEqual({ fileId: grant.fileId, size: bytes.length, sha256: sha256(bytes), contentType: 'application/pdf' });

    const url = await links.downloadUrl({ fileId: body.fileId, fileName: grant.fileName, contentType: body.contentType });
    const download = await fetch(`${files.base}${url}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-length')).toBe(String(bytes.length));
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('cache-control')).toBe('private, no-store');
    const disposition = download.headers.get('content-disposition')!;
    expect(disposition).toBe(`inline; filename="file.pdf"; filename*=UTF-8''${encodeURIComponent('营业执照 副本 😀.pdf')}`);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!)).toBe('营业执照 副本 😀.pdf');

    const head = await fetch(`${files.base}${url}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(bytes.length));
  });

  it('detects the type from the content, not from the name (a Word document named .pdf)', async () => {
    const grant = await links.createUploadGrant({ ...evidence, fileName: '说明.pdf', contentTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'] });
    const upload = await put(grant.uploadUrl, fixture.docx());
    expect(upload.status).toBe(201);
    expect(await answer(upload)).toMatchObject({ contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
  });

  it('refuses content of another type, says which types are accepted, and keeps nothing', async () => {
    const grant = await links.createUploadGrant(evidence);
    const upload = await put(grant.uploadUrl, fixture.text());
    expect(upload.status).toBe(415);
    const body = await answer(upload);
    expect(body.code).toBe('TYPE_NOT_ALLOWED');
    expect(body.message).toContain('只接受 PDF、PNG');
    expect(await stored(grant.fileId)).toEqual([]);
    // The link stays usable for the right file.
    expect((await put(grant.uploadUrl, fixture.png())).status).toBe(201);
  });

  it('refuses an expired upload link and says to request a new one', async () => {
    const grant = await fileLinks({ secret, now: () => new Date(Date.now() - 16 * 60 * 1000) }).createUploadGrant(evidence);
    const upload = await put(grant.uploadUrl, fixture.pdf());
    expect(upload.status).toBe(410);
    const body = await answer(upload);
    expect(body.code).toBe('LINK_EXPIRED');
    expect(body.message).toMatch(/上传链接已过期.*重新/);
    expect(await stored(grant.fileId)).toEqual([]);
  });

  it('refuses a tampered upload link', async () => {
    const grant = await links.createUploadGrant(evidence);
    const [header, payload, signature] = grant.uploadUrl.split('/').pop()!.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const widened = Buffer.from(JSON.stringify({ ...claims, max: 100 * MiB, types: ['application/zip'] })).toString('base64url');
    const upload = await put(`/files/upload/${header}.${widened}.${signature}`, fixture.plainZip());
    expect(upload.status).toBe(403);
    expect(await answer(upload)).toMatchObject({ code: 'LINK_INVALID' });
    expect(await stored(grant.fileId)).toEqual([]);
  });

  it('refuses a declared length over the limit before reading the body, and states the limit in MB', async () => {
    const grant = await links.createUploadGrant(evidence);
    // Declares 10 MiB but sends 1 KiB and waits: only an answer that does not wait for the body arrives.
    const response = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${files.base}${grant.uploadUrl}`, { method: 'PUT', headers: { 'content-length': String(10 * MiB) } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(parts).toString() }));
      });
      req.on('error', reject);
      req.write(fixture.pdf());
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toEqual({ code: 'TOO_LARGE', message: '文件超过 1 MB 的大小上限。请压缩或拆分后重新上传。' });
    expect(await stored(grant.fileId)).toEqual([]);
  });

  it('stops a body without a length at the limit and keeps nothing, not even a partial file', async () => {
    const grant = await links.createUploadGrant(evidence);
    const response = await chunkedPut(`${files.base}${grant.uploadUrl}`, [fixture.pdf(), ...Array.from({ length: 24 }, () => Buffer.alloc(64 * 1024, 0x20))]);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'TOO_LARGE' });
    expect(await stored(grant.fileId)).toEqual([]);
    expect(await filesUnder(join(files.store.dir, '.staging'))).toEqual([]);
    // The server goes on serving.
    expect((await put((await links.createUploadGrant(evidence)).uploadUrl, fixture.pdf())).status).toBe(201);
  });

  it('accepts a body without a length up to the limit', async () => {
    const grant = await links.createUploadGrant({ ...evidence, maxBytes: 3 * 64 * 1024 + fixture.pdf().length });
    const response = await chunkedPut(`${files.base}${grant.uploadUrl}`, [fixture.pdf(), ...Array.from({ length: 3 }, () => Buffer.alloc(64 * 1024, 0x20))]);
    expect(response.status).toBe(201);
    expect(JSON.parse(response.body)).toMatchObject({ size: 3 * 64 * 1024 + fixture.pdf().length, contentType: 'application/pdf' });
  });

  it('uploads a file id once', async () => {
    const grant = await links.createUploadGrant(evidence);
    expect((await put(grant.uploadUrl, fixture.pdf())).status).toBe(201);
    const again = await put(grant.uploadUrl, fixture.png());
    expect(again.status).toBe(409);
    expect(await answer(again)).toMatchObject({ code: 'ALREADY_UPLOADED' });
    const url = await links.downloadUrl({ fileId: grant.fileId, fileName: 'a.pdf', contentType: 'application/pdf' });
    expect(Buffer.from(await (await fetch(`${files.base}${url}`)).arrayBuffer())).toEqual(fixture.pdf());
  });

  it('refuses an empty body', async () => {
    const grant = await links.createUploadGrant(evidence);
    const upload = await put(grant.uploadUrl, Buffer.alloc(0));
    expect(upload.status).toBe(400);
    expect(await answer(upload)).toMatchObject({ code: 'EMPTY_FILE' });
  });

  it('refuses expired, tampered and upload links for downloads, and answers 404 for a file that is not there', async () => {
    const grant = await links.createUploadGrant(evidence);
    await put(grant.uploadUrl, fixture.pdf());
    const file = { fileId: grant.fileId, fileName: grant.fileName, contentType: 'application/pdf' as FileContentType };

    const expired = await fileLinks({ secret, now: () => new Date(Date.now() - 11 * 60 * 1000) }).downloadUrl(file);
    const expiredResponse = await fetch(`${files.base}${expired}`);
    expect(expiredResponse.status).toBe(410);
    expect(await answer(expiredResponse)).toMatchObject({ code: 'LINK_EXPIRED', message: expect.stringContaining('下载链接已过期') });

    const valid = await links.downloadUrl(file);
    expect((await fetch(`${files.base}${valid.slice(0, -4)}`)).status).toBe(403);
    expect((await fetch(`${files.base}${grant.uploadUrl.replace('/upload/', '/download/')}`)).status).toBe(403);

    const missing = await links.downloadUrl({ ...file, fileId: '2c1f6a9e-0000-4000-8000-000000000000' });
    const missingResponse = await fetch(`${files.base}${missing}`);
    expect(missingResponse.status).toBe(404);
    expect(await answer(missingResponse)).toMatchObject({ code: 'NOT_FOUND' });
  });
});
