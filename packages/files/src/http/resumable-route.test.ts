import { join } from 'node:path';
import * as fixture from '../__tests__/fixtures';
import { useFilesServer } from '../__tests__/files-server';
import { filesUnder, useTempDir } from '../__tests__/temp-dir';
import { fileLinks, RESUMABLE_UPLOAD_PATH, type UploadGrant, type UploadRequest } from '../links';

const links = fileLinks({ secret: 'resumable-test-secret-0123456789-abcdefgh' });
const dir = useTempDir();
const files = useFilesServer(links, () => dir.path);

const evidence: UploadRequest = { purpose: 'declaration-evidence', fileName: '2025年度审计报告（最终版）#1.pdf', maxBytes: 1024 * 1024, contentTypes: ['application/pdf'] };
const TUS = { 'Tus-Resumable': '1.0.0' };

/** The tus requests of a client, by hand: create, send a part from an offset, ask how much arrived. */
const create = (grant: UploadGrant, length: number, token = grant.token) =>
  fetch(`${files.base}${RESUMABLE_UPLOAD_PATH}`, { method: 'POST', headers: { ...TUS, 'Upload-Length': String(length), 'Upload-Token': token } });
const send = (location: string, grant: UploadGrant, offset: number, part: Buffer, token = grant.token) =>
  fetch(`${files.base}${location}`, { method: 'PATCH', headers: { ...TUS, 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream', 'Upload-Token': token }, body: part });
const offsetOf = async (location: string, grant: UploadGrant) => Number((await fetch(`${files.base}${location}`, { method: 'HEAD', headers: { ...TUS, 'Upload-Token': grant.token } })).headers.get('upload-offset'));

describe(`resumable uploads at ${RESUMABLE_UPLOAD_PATH} (tus 1.0)`, () => {
  it('takes a file in parts, says how much arrived after an interruption, and stores it under the link\'s file id once complete', async () => {
    const grant = await links.createUploadGrant(evidence);
    const bytes = Buffer.concat([fixture.pdf(), Buffer.alloc(50_000, 7)]);
    const created = await create(grant, bytes.length);
    expect(created.status).toBe(201);
    const location = created.headers.get('location')!;
    expect(location).toBe(`${RESUMABLE_UPLOAD_PATH}/${grant.fileId}`);

    expect((await send(location, grant, 0, bytes.subarray(0, 20_000))).status).toBe(204);
    // The connection dropped here: the client asks where to go on.
    expect(await offsetOf(location, grant)).toBe(20_000);
    expect(await files.store.stat(grant.fileId)).toBeNull();
    const last = await send(location, grant, 20_000, bytes.subarray(20_000));
    expect(last.status).toBe(204);

    expect(await files.store.stat(grant.fileId)).toEqual({ size: bytes.length });
    const download = await fetch(`${files.base}${await links.downloadUrl({ fileId: grant.fileId, fileName: grant.fileName, contentType: 'application/pdf' })}`);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
    // The parts are gone once the file is stored.
    expect((await filesUnder(join(dir.path, 'resumable'))).filter((path) => path.includes(grant.fileId))).toEqual([]);
  });

  it('checks the complete file as a single upload is checked, and answers what is wrong', async () => {
    const grant = await links.createUploadGrant(evidence);
    const bytes = fixture.text();
    const location = (await create(grant, bytes.length)).headers.get('location')!;
    const refused = await send(location, grant, 0, bytes);
    expect(refused.status).toBe(415);
    expect(await refused.json()).toMatchObject({ code: 'TYPE_NOT_ALLOWED', message: expect.stringContaining('只接受 PDF') });
    expect(await files.store.stat(grant.fileId)).toBeNull();
  });

  it('refuses without the link\'s token, with another upload\'s token, over the size limit, and a second time', async () => {
    const grant = await links.createUploadGrant(evidence);
    expect((await fetch(`${files.base}${RESUMABLE_UPLOAD_PATH}`, { method: 'POST', headers: { ...TUS, 'Upload-Length': '10' } })).status).toBe(403);
    expect(await (await create(grant, evidence.maxBytes + 1)).status).toBe(413);

    const bytes = fixture.pdf();
    const location = (await create(grant, bytes.length)).headers.get('location')!;
    const other = await links.createUploadGrant(evidence);
    const hijack = await send(location, grant, 0, bytes, other.token);
    expect(hijack.status).toBe(403);
    expect(await hijack.json()).toMatchObject({ code: 'LINK_INVALID' });

    expect((await send(location, grant, 0, bytes)).status).toBe(204);
    const again = await create(grant, bytes.length);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'ALREADY_UPLOADED' });
  });
});
