import { fileLinks, FILES_PATH } from './links';

const secret = 'test-secret-that-is-long-enough-0123456789';
const links = fileLinks({ secret });
const tokenOf = (url: string) => url.split('/').pop()!;
const request = { purpose: 'declaration-evidence', fileName: '申报 材料 😀.pdf', maxBytes: 5 * 1024 * 1024, contentTypes: ['application/pdf', 'image/png'] as const };

describe('fileLinks', () => {
  it('issues an upload grant whose token carries what the upload may be', async () => {
    const before = Date.now();
    const grant = await links.createUploadGrant(request);
    expect(grant).toMatchObject({ fileName: '申报 材料 😀.pdf', method: 'PUT', maxBytes: 5 * 1024 * 1024 });
    expect(grant.fileId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(grant.uploadUrl).toMatch(new RegExp(`^${FILES_PATH}/upload/[\\w-]+\\.[\\w-]+\\.[\\w-]+$`));
    // 15 minutes, to the second (JWT expiry has whole seconds)
    expect(grant.expiresAt.getTime() - before).toBeGreaterThan(15 * 60 * 1000 - 1000);
    expect(grant.expiresAt.getTime() - before).toBeLessThanOrEqual(15 * 60 * 1000 + 1000);

    const claims = await links.readUploadToken(tokenOf(grant.uploadUrl));
    expect(claims).toEqual({
      fileId: grant.fileId,
      purpose: 'declaration-evidence',
      fileName: '申报 材料 😀.pdf',
      maxBytes: 5 * 1024 * 1024,
      contentTypes: ['application/pdf', 'image/png'],
      expiresAt: new Date(Math.floor(grant.expiresAt.getTime() / 1000) * 1000),
    });
  });

  it('gives each grant a new file id', async () => {
    const [a, b] = await Promise.all([links.createUploadGrant(request), links.createUploadGrant(request)]);
    expect(a.fileId).not.toBe(b.fileId);
  });

  it('signs download links valid for 10 minutes', async () => {
    const fileId = '0b5c1f9e-8a54-4a8e-9a57-2d3f7c1e0a11';
    const now = new Date('2026-03-01T08:00:00Z');
    const url = await fileLinks({ secret, now: () => now }).downloadUrl({ fileId, fileName: '营业执照.png', contentType: 'image/png' });
    expect(url.startsWith(`${FILES_PATH}/download/`)).toBe(true);
    const at = (ms: number) => fileLinks({ secret, now: () => new Date(now.getTime() + ms) }).readDownloadToken(tokenOf(url));
    await expect(at(9 * 60 * 1000)).resolves.toEqual({ fileId, fileName: '营业执照.png', contentType: 'image/png', expiresAt: new Date('2026-03-01T08:10:00Z') });
    await expect(at(10 * 60 * 1000 + 1000)).rejects.toMatchObject({ code: 'LINK_EXPIRED', details: { link: 'download' } });
  });

  it('calls an expired upload link expired', async () => {
    const past = fileLinks({ secret, now: () => new Date(Date.now() - 16 * 60 * 1000) });
    const grant = await past.createUploadGrant(request);
    await expect(links.readUploadToken(tokenOf(grant.uploadUrl))).rejects.toMatchObject({ code: 'LINK_EXPIRED', details: { link: 'upload' } });
  });

  it('refuses tampered tokens, other secrets, and one kind of link used as the other', async () => {
    const grant = await links.createUploadGrant(request);
    const token = tokenOf(grant.uploadUrl);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const raised = Buffer.from(JSON.stringify({ ...claims, max: 10 * 1024 * 1024 * 1024 })).toString('base64url');
    const flipped = `${signature.slice(0, -2)}${signature.at(-2) === 'A' ? 'B' : 'A'}${signature.at(-1)}`;
    for (const bad of [`${header}.${raised}.${signature}`, `${header}.${payload}.${flipped}`, token.slice(0, -10), 'not-a-token']) {
      await expect(links.readUploadToken(bad)).rejects.toMatchObject({ code: 'LINK_INVALID' });
    }
    await expect(fileLinks({ secret: `${secret}-other` }).readUploadToken(token)).rejects.toMatchObject({ code: 'LINK_INVALID' });
    await expect(links.readDownloadToken(token)).rejects.toMatchObject({ code: 'LINK_INVALID', details: { link: 'download' } });
    const download = await links.downloadUrl({ fileId: grant.fileId, fileName: 'a.pdf', contentType: 'application/pdf' });
    await expect(links.readUploadToken(tokenOf(download))).rejects.toMatchObject({ code: 'LINK_INVALID' });
  });

  it('refuses an unsigned ("alg": "none") token', async () => {
    const grant = await links.createUploadGrant(request);
    const [, payload] = tokenOf(grant.uploadUrl).split('.');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    await expect(links.readUploadToken(none)).rejects.toMatchObject({ code: 'LINK_INVALID' });
  });

  it('refuses requests a subgraph should never make', async () => {
    await expect(links.createUploadGrant({ ...request, maxBytes: 0 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(links.createUploadGrant({ ...request, contentTypes: [] })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(links.createUploadGrant({ ...request, contentTypes: ['text/html' as never] })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(links.createUploadGrant({ ...request, ttlSeconds: -1 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(links.downloadUrl({ fileId: '../etc/passwd', fileName: 'a.pdf', contentType: 'application/pdf' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(links.downloadUrl({ fileId: '0b5c1f9e-8a54-4a8e-9a57-2d3f7c1e0a11', fileName: 'a.html', contentType: 'text/html' as never })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    expect(() => fileLinks({ secret: 'short' })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
