import { collect, EICAR, graphql, login, pdfText, startFakeClamd, wsClient, type FakeClamd } from '@zjtx/test-kit';
import { DEMO_ENTERPRISES, DEMO_PASSWORD } from './demo/demo-data';
import { attachEvidenceFile, createEvidenceUpload, SMALL_PDF } from './testing/evidence';
import { eventually, startTestPlatform, type TestPlatform } from './testing/test-platform';

/** 佐证材料 and the PDF: signed uploads (single and resumable), virus scanning, what submit needs, the generated form. */
let t: TestPlatform;
let clamd: FakeClamd;
const [demo, ningbo] = DEMO_ENTERPRISES;
const tokens: Record<string, string> = {};
let declarationId: string;
const FILE_NAME = '2025年度审计报告（最终版）#1.pdf';

beforeAll(async () => {
  // ClamAV is outside the platform: a stand-in speaks clamd's protocol, and the subgraphs are told where it is.
  clamd = await startFakeClamd();
  process.env.CLAMD_HOST = '127.0.0.1';
  process.env.CLAMD_PORT = String(clamd.port);
  t = await startTestPlatform();
  for (const name of [demo.loginName, ningbo.loginName]) tokens[name] = await login(t.url, name, DEMO_PASSWORD);
  const windowId = (await graphql(t.url, '{ declarationWindows(tier: SRDI, provinceCode: "330000") { nodes { id } } }')).data?.declarationWindows.nodes[0].id;
  declarationId = (await graphql(t.url, 'mutation ($input: CreateDeclarationInput!) { createDeclaration(input: $input) { declaration { id } } }', { token: tokens.demo, variables: { input: { enterpriseId: demo.id, windowId } } })).data?.createDeclaration.declaration.id;
}, 90_000);

afterAll(async () => {
  delete process.env.CLAMD_HOST;
  delete process.env.CLAMD_PORT;
  await t?.stop();
  await clamd?.close();
});

const EVIDENCE = `query ($id: ID!) { declaration(id: $id) { evidenceItems { key required } evidence { id item fileName scanStatus file { downloadUrl } } } }`;
const evidenceOf = async (token = tokens.demo) => (await graphql(t.url, EVIDENCE, { token, variables: { id: declarationId } })).data?.declaration;
const download = async (path: string) => Buffer.from(await (await fetch(new URL(path, t.url))).arrayBuffer());

it('says up front what it takes, and refuses other items, types and sizes with a reason', async () => {
  const link = (input: Partial<{ item: string; contentType: string; size: number }>) =>
    createEvidenceUpload(t.url, tokens.demo!, { declarationId, item: 'FINANCIAL_STATEMENTS', fileName: FILE_NAME, contentType: 'application/pdf', size: 1000, ...input });
  expect((await link({})).upload).toMatchObject({ maxBytes: 50 * 1024 * 1024, resumableEndpoint: '/files/resumable' });
  expect((await link({ item: 'PASSPORT' })).userErrors).toMatchObject([{ code: 'UNKNOWN_EVIDENCE_ITEM' }]);
  expect((await link({ contentType: 'application/x-msdownload' })).userErrors).toMatchObject([{ code: 'UNSUPPORTED_FILE_TYPE', message: expect.stringContaining('PDF') }]);
  expect((await link({ size: 50 * 1024 * 1024 + 1 })).userErrors).toMatchObject([{ code: 'FILE_TOO_LARGE', message: expect.stringContaining('50 MB') }]);
});

it('keeps any file name, scans the file before it can be used, tells the open form the verdict, and serves it back unchanged', async () => {
  // The enterprise's open form hears the verdict; another enterprise's does not.
  const own = wsClient(t.url, tokens.demo!);
  const other = wsClient(t.url, tokens[ningbo.loginName]!);
  const ownLive = collect<{ evidenceScanned: { id: string; fileName: string; scanStatus: string; file: { downloadUrl: string } | null } }>(own, 'subscription { evidenceScanned { id fileName scanStatus file { downloadUrl } } }');
  const otherLive = collect(other, 'subscription { evidenceScanned { id } }');
  try {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const attached = await attachEvidenceFile(t.url, tokens.demo!, declarationId, 'FINANCIAL_STATEMENTS', { fileName: FILE_NAME, bytes: SMALL_PDF });
    expect(attached.userErrors).toEqual([]);
    expect(attached.evidence).toMatchObject({ item: 'FINANCIAL_STATEMENTS', fileName: FILE_NAME, scanStatus: 'PENDING', file: null });
    const heard = (await ownLive.next(10_000)).data?.evidenceScanned;
    expect(heard).toMatchObject({ id: attached.evidence.id, fileName: FILE_NAME, scanStatus: 'CLEAN', file: { downloadUrl: expect.any(String) } });
    await expect(otherLive.next(1_000)).rejects.toThrow(/no subscription event/);
  } finally {
    ownLive.dispose();
    otherLive.dispose();
    await Promise.all([own.dispose(), other.dispose()]);
  }
  const scanned = await eventually(async () => (await evidenceOf()).evidence.find((e: { scanStatus: string }) => e.scanStatus === 'CLEAN'));
  expect(scanned.fileName).toBe(FILE_NAME);
  expect(await download(scanned.file.downloadUrl)).toEqual(SMALL_PDF);
  expect(clamd.received.some((stream) => stream.equals(SMALL_PDF))).toBe(true);
});

it('takes large files resumably through the gateway (tus), under the same link', async () => {
  const bytes = Buffer.concat([SMALL_PDF, Buffer.alloc(300_000, 32)]);
  const { upload } = await createEvidenceUpload(t.url, tokens.demo!, { declarationId, item: 'OTHER', fileName: '附件 😀 大文件.pdf', contentType: 'application/pdf', size: bytes.length });
  const headers = { 'Tus-Resumable': '1.0.0', 'Upload-Token': upload.uploadToken };
  const created = await fetch(new URL(upload.resumableEndpoint, t.url), { method: 'POST', headers: { ...headers, 'Upload-Length': String(bytes.length) } });
  expect(created.status).toBe(201);
  const location = new URL(created.headers.get('location')!, t.url);
  const patch = (offset: number, part: Buffer) => fetch(location, { method: 'PATCH', headers: { ...headers, 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' }, body: part });
  expect((await patch(0, bytes.subarray(0, 100_000))).status).toBe(204);
  const offset = Number((await fetch(location, { method: 'HEAD', headers })).headers.get('upload-offset'));
  expect(offset).toBe(100_000);
  expect((await patch(offset, bytes.subarray(offset))).status).toBe(204);
  const attached = (await graphql(t.url, 'mutation ($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { fileName size } userErrors { code } } }', { token: tokens.demo, variables: { input: { declarationId, item: 'OTHER', fileId: upload.fileId } } })).data?.attachEvidence;
  expect(attached).toEqual({ evidence: { fileName: '附件 😀 大文件.pdf', size: bytes.length }, userErrors: [] });
});

it('blocks submitting while a file is infected, and names it; removing it clears the way', async () => {
  const infected = await attachEvidenceFile(t.url, tokens.demo!, declarationId, 'OTHER', { fileName: '病毒样本.pdf', bytes: Buffer.from(`%PDF-1.4\n${EICAR}\n%%EOF\n`) });
  await eventually(async () => (await evidenceOf()).evidence.find((e: { id: string; scanStatus: string }) => e.id === infected.evidence.id && e.scanStatus === 'INFECTED'));
  const submitted = await graphql(t.url, 'mutation ($input: SubmitDeclarationInput!) { submitDeclaration(input: $input) { userErrors { field code message } } }', {
    token: tokens.demo,
    variables: { input: { declarationId, expectedVersion: 1, truthfulnessDeclarationAccepted: true } },
  });
  expect(submitted.data?.submitDeclaration.userErrors).toContainEqual({ field: ['evidence', 'OTHER'], code: 'EVIDENCE_INFECTED', message: '“病毒样本.pdf”未通过病毒扫描，请删除后上传干净的文件。' });
  const removed = await graphql(t.url, 'mutation ($input: RemoveEvidenceInput!) { removeEvidence(input: $input) { userErrors { code } } }', { token: tokens.demo, variables: { input: { declarationId, evidenceId: infected.evidence.id } } });
  expect(removed.data?.removeEvidence.userErrors).toEqual([]);
  expect((await evidenceOf()).evidence.map((e: { fileName: string }) => e.fileName)).not.toContain('病毒样本.pdf');
});

it('is the enterprise\'s own: another cannot see, attach to, or take over its files', async () => {
  expect((await evidenceOf(tokens.demo3302)) ?? null).toBeNull();
  const other = await createEvidenceUpload(t.url, tokens.demo3302!, { declarationId, item: 'OTHER', fileName: 'x.pdf', contentType: 'application/pdf', size: 10 });
  expect(other.userErrors).toMatchObject([{ code: 'NOT_FOUND' }]);
  const fileId = (await evidenceOf()).evidence[0].id;
  const reused = await graphql(t.url, 'mutation ($input: AttachEvidenceInput!) { attachEvidence(input: $input) { userErrors { code } } }', { token: tokens.demo, variables: { input: { declarationId, item: 'OTHER', fileId } } });
  expect(reused.data?.attachEvidence.userErrors).toMatchObject([{ code: 'FILE_NOT_UPLOADED' }]);
  // A file id that was never issued (not even a UUID) is answered the same way, not failed on.
  const made = await graphql(t.url, 'mutation ($input: AttachEvidenceInput!) { attachEvidence(input: $input) { userErrors { code } } }', { token: tokens.demo, variables: { input: { declarationId, item: 'OTHER', fileId: 'not-a-file' } } });
  expect(made.errors).toBeUndefined();
  expect(made.data?.attachEvidence.userErrors).toMatchObject([{ code: 'FILE_NOT_UPLOADED' }]);
});

it('generates the form as a PDF with its Chinese text, the same file while nothing changes', async () => {
  const PDF = `query ($id: ID!) { declaration(id: $id) { pdf { id fileName contentType downloadUrl } } }`;
  const first = (await graphql(t.url, PDF, { token: tokens.demo, variables: { id: declarationId } })).data?.declaration.pdf;
  expect(first).toMatchObject({ contentType: 'application/pdf', fileName: `${demo.name}-专精特新中小企业申报-暂存稿.pdf` });
  const text = await pdfText(await download(first.downloadUrl));
  for (const expected of ['专精特新中小企业申报表', demo.name, demo.uscc, FILE_NAME, '真实性声明及合规经营承诺', '法定代表人（签字）']) expect(text).toContain(expected);
  const again = (await graphql(t.url, PDF, { token: tokens.demo, variables: { id: declarationId } })).data?.declaration.pdf;
  expect(again.id).toBe(first.id);
});
