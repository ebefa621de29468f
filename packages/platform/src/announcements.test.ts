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
