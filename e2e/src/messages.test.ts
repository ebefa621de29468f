import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestPlatform } from '@zjtx/platform/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, wcagViolations } from './browser';
import { badgeCount, DEMO_PASSWORD, enterpriseIdOf, sendNoticeThroughApi, untilLive } from './messages-fixtures';
import { answered, signInByLoginName, switchLanguage } from './page-helpers';

let browser: Browser;
let running: Awaited<ReturnType<typeof startTestPlatform>>;
const screenshots = join(__dirname, '..', 'screenshots');

beforeAll(async () => {
  running = await startTestPlatform();
  browser = await launchBrowser();
  mkdirSync(screenshots, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await running?.stop();
});

const at = (path: string) => new URL(path, running.platform.gatewayUrl).toString();

/** A new browser (its own cookies: its own session) signed in through 登录, on `next`. */
async function signedIn(loginName: string, next = '/'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(at(`/login?next=${encodeURIComponent(next)}`));
  await signInByLoginName(page, loginName, DEMO_PASSWORD);
  await page.waitForURL(at(next));
  return { context, page };
}

/** The header's 消息 link once its name is exactly `name` (e.g. 消息 3 条未读). */
const bellSaying = (page: Page, name: string) => page.getByRole('banner').getByRole('link', { name, exact: true });
/** A small valid PDF: the server reads the type from the bytes. */
const TINY_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const latest = (page: Page) => page.getByRole('region', { name: '最新消息' });
const LIVE = { timeout: 5_000 };

describe('messages reach an open portal live, and 我的消息 keeps them (issue 6)', () => {
  let enterprise: { context: BrowserContext; page: Page };
  const title = `关于开展2026年第二批创新型中小企业申报的提醒（${Date.now().toString(36)}）`;

  afterAll(async () => {
    await enterprise?.context.close();
  });

  it("a county office's 发送通知 shows at once in the demo enterprise's open home page: 最新消息 and the header badge, without reload", async () => {
    enterprise = await signedIn('demo');
    const { page } = enterprise;
    await latest(page).getByRole('link').first().waitFor();
    const enterpriseId = await enterpriseIdOf(running.url, 'demo');
    await untilLive(page, running.url, enterpriseId);
    // More than 5 messages, so that the block shows it keeps the latest 5.
    for (const n of [1, 2, 3]) await sendNoticeThroughApi(running.url, 'county330106', { title: `平台使用提示 ${n}`, body: '浏览器测试的背景消息。', enterpriseIds: [enterpriseId] });
    await latest(page).getByRole('link', { name: '平台使用提示 3', exact: true }).waitFor(LIVE);
    const before = await badgeCount(page);
    expect(before).toBeGreaterThan(0);
    // Nothing reloads the page from here on: a navigation would fail this.
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations += 1;
    });

    // The office, in its own browser, reaches 发送通知 from its account menu.
    const office = await signedIn('county330106');
    await office.page.getByRole('button', { name: '账号菜单：杭州市西湖区经济和信息化局' }).click();
    await office.page.getByRole('menuitem', { name: '发送通知' }).click();
    await office.page.getByRole('heading', { level: 1, name: '发送通知' }).waitFor();
    await office.page.getByRole('combobox', { name: '消息类别' }).selectOption({ label: '申报提醒' });
    await office.page.getByRole('textbox', { name: '标题' }).fill(title);
    await office.page.getByRole('textbox', { name: '正文' }).fill('2026年第二批创新型中小企业评价申报将于6月1日开放，请提前完善企业基本信息。');
    await office.page.getByRole('textbox', { name: '相关页面' }).fill('/declarations');
    expect(await office.page.getByRole('radio', { name: '本辖区全部企业' }).isChecked()).toBe(true);
    // 西湖区 has no region below it: the whole jurisdiction is the only choice.
    expect(await office.page.getByRole('radio', { name: '指定下级区划的企业' }).isDisabled()).toBe(true);
    expect(await wcagViolations(office.page)).toEqual([]);
    // A double click sends once.
    const sending = answered(office.page, 'SendEnterpriseNotice');
    await office.page.getByRole('button', { name: '发送', exact: true }).dblclick();
    await sending;
    const sent = office.page.getByRole('status').filter({ hasText: '通知已发送' });
    await sent.getByText(/^已发送给 \d+ 家企业。$/).waitFor();
    await office.page.screenshot({ path: join(screenshots, 'office-notice-sent.png'), fullPage: true });
    await office.context.close();

    // The enterprise's page, as it was: the message on top of 最新消息, the badge one up.
    await latest(page).getByRole('listitem').first().getByRole('link', { name: title, exact: true }).waitFor(LIVE);
    await bellSaying(page, `消息 ${before + 1} 条未读`).waitFor(LIVE);
    expect(await latest(page).getByRole('listitem').count()).toBe(5);
    expect(await latest(page).getByRole('listitem').first().getByText('申报提醒').count()).toBe(1);
    expect(await latest(page).getByText(`${before + 1} 条未读`).count()).toBe(1);
    expect(navigations).toBe(0);
    await page.screenshot({ path: join(screenshots, 'home-messages.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('我的消息 lists it under 申报提醒 (once); opening it marks it read and the badge drops; 全部标为已读 clears the rest; a new one arrives on top, live', async () => {
    const { page } = enterprise;
    const before = await badgeCount(page);
    await latest(page).getByRole('link', { name: '更多我的消息' }).click();
    await page.getByRole('heading', { level: 1, name: '我的消息' }).waitFor();
    const tabs = page.getByRole('tablist');
    expect(await tabs.getByRole('tab').allTextContents()).toEqual([
      expect.stringMatching(/^全部/),
      '认定到期',
      '信息更新',
      '认定通知',
      '取消认定',
      '申报提醒',
      '审核结果',
      '重大变更结果',
      '系统通知',
    ]);

    await tabs.getByRole('tab', { name: '申报提醒' }).click();
    expect(new URL(page.url()).search).toBe('?category=DECLARATION_REMINDER');
    const list = page.getByRole('list', { name: '申报提醒列表' });
    await list.getByRole('link', { name: title, exact: true }).waitFor();
    // Sent with a double click, received once; the demo's own reminder is in the tab too, nothing else.
    expect(await list.getByRole('link', { name: title, exact: true }).count()).toBe(1);
    expect(await list.getByText('系统通知').count()).toBe(0);
    await page.screenshot({ path: join(screenshots, 'messages.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);

    await list.getByRole('link', { name: title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const article = page.getByRole('article');
    await article.getByText('发送方：杭州市西湖区经济和信息化局').waitFor();
    await article.getByText('申报提醒', { exact: true }).waitFor();
    expect(await article.getByRole('link', { name: '前往相关页面' }).getAttribute('href')).toBe('/declarations');
    await bellSaying(page, `消息 ${before - 1} 条未读`).waitFor(LIVE);
    await page.screenshot({ path: join(screenshots, 'message.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);

    // Back in the tab, read; then everything else with 全部标为已读 on 全部.
    await page.getByRole('link', { name: '返回我的消息' }).click();
    await page.getByRole('list', { name: '申报提醒列表' }).waitFor();
    await tabs.getByRole('tab', { name: /^全部/ }).click();
    const all = page.getByRole('list', { name: '全部列表' });
    await all.getByRole('link', { name: title, exact: true }).waitFor();
    expect(await all.getByText('未读').count()).toBe(before - 1);
    const marking = answered(page, 'MarkMessagesRead');
    await page.getByRole('button', { name: '全部标为已读' }).click();
    await marking;
    await page.getByRole('status').filter({ hasText: '已全部标为已读' }).waitFor();
    await bellSaying(page, '消息').waitFor(LIVE);
    expect(await all.getByText('未读').count()).toBe(0);
    expect(await page.getByRole('button', { name: '全部标为已读' }).isDisabled()).toBe(true);

    // The open list takes a new message at the top, unread, and the badge says so.
    const next = '关于填报2026年度企业运行情况的通知';
    await sendNoticeThroughApi(running.url, 'county330106', { title: next, body: '请于本月底前填报。', enterpriseIds: [await enterpriseIdOf(running.url, 'demo')] });
    await all.getByRole('listitem').first().getByRole('link', { name: next, exact: true }).waitFor(LIVE);
    await bellSaying(page, '消息 1 条未读').waitFor(LIVE);
    expect(await all.getByRole('listitem').first().getByText('未读').count()).toBe(1);
    expect(await all.getByText('未读').count()).toBe(1);
  });

  it('消息接收设置 shows where copies go and saves a choice, which a reload keeps', async () => {
    const { page } = enterprise;
    await page.getByRole('navigation', { name: '企业信息管理' }).getByRole('link', { name: '我的消息' }).click();
    await page.getByRole('link', { name: '消息接收设置' }).click();
    await page.getByRole('heading', { level: 1, name: '消息接收设置' }).waitFor();
    await page.getByText('短信发送至：').waitFor();
    const inApp = page.getByRole('switch', { name: '信息更新：站内消息（始终开启）' });
    expect(await inApp.isChecked()).toBe(true);
    expect(await inApp.isDisabled()).toBe(true);
    const sms = page.getByRole('switch', { name: '信息更新：短信' });
    const wanted = !(await sms.isChecked());
    await sms.setChecked(wanted);
    await page.getByText('有未保存的修改').waitFor();
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByRole('status').filter({ hasText: /^已保存（\d{4}-\d\d-\d\d \d\d:\d\d）$/ }).waitFor();
    await page.screenshot({ path: join(screenshots, 'notification-settings.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: '消息接收设置' }).waitFor();
    expect(await page.getByRole('switch', { name: '信息更新：短信' }).isChecked()).toBe(wanted);
  });

  it('我的消息 in English', async () => {
    const { page } = enterprise;
    await page.goto(at('/enterprise/messages?category=DECLARATION_REMINDER'));
    await page.getByRole('list', { name: '申报提醒列表' }).waitFor();
    await switchLanguage(page, 'en');
    await page.getByRole('heading', { level: 1, name: 'My messages' }).waitFor();
    await page.getByRole('tab', { name: 'Declaration reminder', selected: true }).waitFor();
    await page.getByRole('list', { name: 'Declaration reminder list' }).getByRole('link', { name: title, exact: true }).waitFor();
    await page.getByRole('button', { name: 'Mark all as read in “Declaration reminder”' }).waitFor();
    await page.screenshot({ path: join(screenshots, 'messages-en.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
    await switchLanguage(page, 'zh-CN');
  });
});

describe('通知公告 (announcements)', () => {
  const results = (page: Page) => page.getByRole('tabpanel').getByRole('list');
  const titles = (page: Page) => results(page).getByRole('link').allTextContents();

  it('lists the demo announcements; keyword, level and province narrow the list; a title opens its page', async () => {
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    await page.goto(at('/'));
    // The home page's 更多 leads to the list of that level.
    await page.getByRole('link', { name: '更多部级公告' }).click();
    await page.getByRole('heading', { level: 1, name: '通知公告' }).waitFor();
    await page.getByRole('tab', { name: '部级公告', selected: true }).waitFor();
    await page.getByRole('status').filter({ hasText: '共 3 条，已显示 3 条' }).waitFor();

    await page.getByRole('tab', { name: '全部' }).click();
    await page.getByRole('status').filter({ hasText: '共 5 条，已显示 5 条' }).waitFor();
    expect(await titles(page)).toContain('关于开展2026年度专精特新中小企业复核工作的通知');

    const search = page.getByRole('search', { name: '公告查询' });
    await search.getByRole('textbox', { name: '关键词' }).fill('复核');
    await search.getByRole('button', { name: '查询' }).click();
    await page.getByRole('status').filter({ hasText: '共 2 条' }).waitFor();
    expect(await titles(page)).toEqual(['关于开展2026年度专精特新中小企业复核工作的通知', '关于做好2026年度优质中小企业信息更新工作的通知']);
    await page.getByRole('tab', { name: '省级公告' }).click();
    await page.getByRole('status').filter({ hasText: '共 1 条' }).waitFor();
    expect(await titles(page)).toEqual(['关于开展2026年度专精特新中小企业复核工作的通知']);
    // The search stays in the URL (and in the form) across tabs.
    expect(await search.getByRole('textbox', { name: '关键词' }).inputValue()).toBe('复核');

    await search.getByRole('button', { name: '重置' }).click();
    await search.getByRole('combobox', { name: '省份' }).selectOption({ label: '浙江省' });
    await search.getByRole('textbox', { name: '发布日期（起）' }).fill('2026-04-01');
    await search.getByRole('textbox', { name: '发布日期（止）' }).fill('2026-04-30');
    await search.getByRole('button', { name: '查询' }).click();
    await page.getByRole('status').filter({ hasText: '共 1 条' }).waitFor();
    expect(await titles(page)).toEqual(['关于组织开展2026年创新型中小企业评价和专精特新中小企业认定工作的通知']);
    expect(new URL(page.url()).searchParams.get('province')).toBe('330000');
    await page.screenshot({ path: join(screenshots, 'announcements.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);

    await results(page).getByRole('link', { name: '关于组织开展2026年创新型中小企业评价和专精特新中小企业认定工作的通知' }).click();
    await page.getByRole('heading', { level: 1, name: '关于组织开展2026年创新型中小企业评价和专精特新中小企业认定工作的通知' }).waitFor();
    await page.getByText('浙经信企业〔2026〕41号').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });

  it('浙江省 publishes through 发布公告, with an attachment, and the announcement is in the public list at once; a county office is told it cannot publish', async () => {
    const announcement = `关于做好2026年专精特新中小企业培育工作的通知（${Date.now().toString(36)}）`;
    const province = await signedIn('province33');
    const { page } = province;
    await page.getByRole('button', { name: '账号菜单：浙江省经济和信息化厅' }).click();
    await page.getByRole('menuitem', { name: '发布公告' }).click();
    await page.getByRole('heading', { level: 1, name: '发布公告' }).waitFor();
    await page.getByText('本单位发布的公告为“省级公告”。').waitFor();
    // Nothing typed: the required fields say so, nothing is sent.
    await page.getByRole('button', { name: '发布', exact: true }).click();
    expect(await page.getByText('此项为必填项，请填写。').count()).toBe(2);
    await page.getByRole('textbox', { name: '标题' }).fill(announcement);
    await page.getByRole('textbox', { name: '文号' }).fill('浙经信企业〔2026〕77号');
    await page.getByRole('textbox', { name: '正文' }).fill('各市经信局：\n\n请做好2026年专精特新中小企业培育工作。');
    // Any file name, Chinese and spaces included, is kept.
    await page.getByText('支持 PDF、Word、Excel、JPG、PNG 格式，单个文件不超过 20.0 MB，最多 10 个文件。').waitFor();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '选择附件' }).click()]);
    await chooser.setFiles({ name: '附件1 培育工作安排.pdf', mimeType: 'application/pdf', buffer: TINY_PDF });
    await page.getByText('已上传').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '公告已发布' }).waitFor();
    await page.screenshot({ path: join(screenshots, 'announcement-published.png'), fullPage: true });
    await page.getByRole('link', { name: '查看公告' }).click();
    await page.getByRole('heading', { level: 1, name: announcement }).waitFor();
    const attachments = page.getByRole('region', { name: '附件' });
    const file = attachments.getByRole('link', { name: '下载附件1 培育工作安排.pdf' });
    await file.waitFor();
    await attachments.getByText('（PDF，1 KB）').waitFor();
    const download = await page.request.get(new URL((await file.getAttribute('href')) ?? '', running.platform.gatewayUrl).toString());
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(TINY_PDF)).toBe(true);
    await page.screenshot({ path: join(screenshots, 'announcement.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
    await province.context.close();

    const visitor = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    await visitor.goto(at('/announcements?level=PROVINCE'));
    await visitor.getByRole('status').filter({ hasText: '共 3 条' }).waitFor();
    expect((await titles(visitor))[0]).toBe(announcement);
    await visitor.close();

    const county = await signedIn('county330106', '/office/announcements/new');
    await county.page.getByText('市、县级主管部门不能发布公告').waitFor();
    expect(await county.page.getByRole('textbox', { name: '标题' }).count()).toBe(0);
    expect(await wcagViolations(county.page)).toEqual([]);
    await county.context.close();
  });
});
