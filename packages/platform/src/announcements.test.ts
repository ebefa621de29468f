import { graphql, login } from '@zjtx/test-kit';
import { DEMO_PASSWORD } from './demo/demo-data';
import { startTestPlatform, type TestPlatform } from './testing/test-platform';

/** 部级 / 省级公告: offices publish at their level; the public lists and searches. */
let t: TestPlatform;

beforeAll(async () => {
  t = await startTestPlatform();
}, 90_000);

afterAll(() => t?.stop());

const PUBLISH = 'mutation ($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id level provinceName title } userErrors { code field } } }';
const SEARCH = /* GraphQL */ `
  query ($level: AnnouncementLevel, $provinceCode: String, $keyword: String, $publishedFrom: DateTimeISO) {
    announcements(level: $level, provinceCode: $provinceCode, keyword: $keyword, publishedFrom: $publishedFrom, first: 50) { totalCount nodes { title level } }
  }
`;

it('a provincial office publishes 省级 for its province; the public finds it by keyword and province', async () => {
  const token = await login(t.url, 'province33', DEMO_PASSWORD);
  const published = await graphql(t.url, PUBLISH, {
    token,
    variables: { input: { title: '关于开展2026年度浙江省专精特新中小企业复核工作的通知', documentNumber: '浙经信企业〔2026〕99号', body: '各市经信局：\n\n现将复核工作安排通知如下。' } },
  });
  expect(published.data?.publishAnnouncement).toMatchObject({ userErrors: [], announcement: { level: 'PROVINCE', provinceName: '浙江省' } });
  const found = await graphql(t.url, SEARCH, { variables: { keyword: '复核 浙江省', provinceCode: '330000' } });
  expect(found.data?.announcements.nodes.map((n: { title: string }) => n.title)).toContain('关于开展2026年度浙江省专精特新中小企业复核工作的通知');
  // 广东省 has a 复核 notice of its own in the demo data; ours is not among its results.
  const elsewhere = await graphql(t.url, SEARCH, { variables: { keyword: '复核工作的通知', provinceCode: '440000' } });
  const titles = elsewhere.data?.announcements.nodes.map((n: { title: string }) => n.title);
  expect(titles).toEqual(['关于开展2026年度专精特新中小企业复核工作的通知']);
});

it('the ministry publishes 部级; a scheduled announcement stays hidden until its time', async () => {
  const token = await login(t.url, 'ministry', DEMO_PASSWORD);
  const later = new Date(Date.now() + 24 * 3600_000).toISOString();
  const scheduled = await graphql(t.url, PUBLISH, { token, variables: { input: { title: '明日发布的部级公告', body: '正文', publishAt: later } } });
  expect(scheduled.data?.publishAnnouncement).toMatchObject({ userErrors: [], announcement: { level: 'MINISTRY', provinceName: null } });
  const visible = await graphql(t.url, SEARCH, { variables: { keyword: '明日发布' } });
  expect(visible.data?.announcements.totalCount).toBe(0);
});

it('city and county offices cannot publish, and bad input says which field', async () => {
  const city = await login(t.url, 'city3301', DEMO_PASSWORD);
  const refused = await graphql(t.url, PUBLISH, { token: city, variables: { input: { title: 'x', body: 'y' } } });
  expect(refused.data?.publishAnnouncement.userErrors).toEqual([{ code: 'LEVEL_NOT_ALLOWED', field: null }]);
  const province = await login(t.url, 'province33', DEMO_PASSWORD);
  const empty = await graphql(t.url, PUBLISH, { token: province, variables: { input: { title: ' ', body: '' } } });
  expect(empty.data?.publishAnnouncement.userErrors).toEqual([
    { code: 'INVALID_TITLE', field: ['input', 'title'] },
    { code: 'INVALID_BODY', field: ['input', 'body'] },
  ]);
});

it('treats % and _ in a search as plain characters', async () => {
  const found = await graphql(t.url, SEARCH, { variables: { keyword: '%' } });
  expect(found.data?.announcements.totalCount).toBe(0);
});

describe('attachments', () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  const UPLOAD = 'mutation ($input: CreateAnnouncementUploadInput!) { createAnnouncementUpload(input: $input) { upload { fileId uploadUrl method maxBytes } userErrors { code field message } } }';
  const upload = async (token: string, fileName: string, bytes = PDF, contentType = 'application/pdf') => {
    const created = await graphql(t.url, UPLOAD, { token, variables: { input: { fileName, contentType, size: bytes.length } } });
    const grant = created.data?.createAnnouncementUpload;
    if (!grant.upload) return grant;
    const put = await fetch(new URL(grant.upload.uploadUrl, t.url), { method: 'PUT', body: bytes, headers: { 'content-type': contentType } });
    expect(put.status).toBe(201);
    return grant;
  };

  it('a provincial office publishes with a file that anyone can download under its own name', async () => {
    const province = await login(t.url, 'province33', DEMO_PASSWORD);
    const fileName = '附件1：2026年专精特新中小企业申报材料清单（修订版）.pdf';
    const { upload: grant } = await upload(province, fileName);
    expect(grant).toMatchObject({ method: 'PUT', maxBytes: 20 * 1024 * 1024 });
    const published = await graphql(t.url, PUBLISH, { token: province, variables: { input: { title: '关于印发申报材料清单的通知', body: '见附件。', attachmentFileIds: [grant.fileId] } } });
    expect(published.data?.publishAnnouncement.userErrors).toEqual([]);
    const id = published.data?.publishAnnouncement.announcement.id;

    const shown = await graphql(t.url, 'query ($id: ID!) { announcement(id: $id) { attachments { id fileName contentType size downloadUrl } } }', { variables: { id } });
    const [attachment] = shown.data!.announcement.attachments;
    expect(attachment).toMatchObject({ id: grant.fileId, fileName, contentType: 'application/pdf', size: PDF.length });
    const download = await fetch(new URL(attachment.downloadUrl, t.url));
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);
    expect(download.headers.get('content-disposition')).toContain(encodeURIComponent(fileName));

    // A file is attached once.
    const again = await graphql(t.url, PUBLISH, { token: province, variables: { input: { title: '重复使用附件', body: '不应发布。', attachmentFileIds: [grant.fileId] } } });
    expect(again.data?.publishAnnouncement).toEqual({ announcement: null, userErrors: [{ code: 'FILE_NOT_UPLOADED', field: ['input', 'attachmentFileIds', '0'] }] });
  });

  it('refuses uploads from offices that do not publish, and files of other types, before any bytes move', async () => {
    const city = await login(t.url, 'city3301', DEMO_PASSWORD);
    expect((await graphql(t.url, UPLOAD, { token: city, variables: { input: { fileName: 'a.pdf', contentType: 'application/pdf', size: 10 } } })).data?.createAnnouncementUpload.userErrors[0].code).toBe('LEVEL_NOT_ALLOWED');
    const province = await login(t.url, 'province33', DEMO_PASSWORD);
    const refused = await graphql(t.url, UPLOAD, { token: province, variables: { input: { fileName: 'a.exe', contentType: 'application/x-msdownload', size: 10 } } });
    expect(refused.data?.createAnnouncementUpload.userErrors.map((e: { code: string }) => e.code)).toEqual(['UNSUPPORTED_FILE_TYPE']);
    const large = await graphql(t.url, UPLOAD, { token: province, variables: { input: { fileName: 'a.pdf', contentType: 'application/pdf', size: 21 * 1024 * 1024 } } });
    expect(large.data?.createAnnouncementUpload.userErrors[0].message).toBe('单个文件不能超过 20 MB，请压缩或拆分后再上传。');
  });
});

it('does not backdate an announcement', async () => {
  const province = await login(t.url, 'province33', DEMO_PASSWORD);
  const backdated = await graphql(t.url, PUBLISH, { token: province, variables: { input: { title: '倒签测试', body: '不应发布。', publishAt: new Date(Date.now() - 24 * 3600_000).toISOString() } } });
  expect(backdated.data?.publishAnnouncement.userErrors).toEqual([{ code: 'PUBLISH_TIME_IN_PAST', field: ['input', 'publishAt'] }]);
});
