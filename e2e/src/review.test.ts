import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestPlatform } from '@zjtx/platform/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, wcagViolations } from './browser';
import { captchaAnswer, followCaptchas } from './captcha';
import { DEMO, readyForSrdi, recordOperations, savedNow } from './declarations-fixtures';
import { signInByLoginName, switchLanguage } from './page-helpers';
import {
  beijingDate,
  LAST,
  DEMO_USCC,
  describedBy,
  officeOnQueue,
  PINNED_LABEL,
  queueRow,
  queueTab,
  runPublicityRecognitions,
  SRDI_WINDOW,
  submitThroughApi,
} from './review-fixtures';

// One platform for the file: one declaration goes the whole way, county → enterprise → county →
// city → province → 公示 → recognition, each step building on the last.
let browser: Browser;
let running: Awaited<ReturnType<typeof startTestPlatform>>;
let enterprise: BrowserContext;
let company: Page;
let declarationId = '';
const offices: BrowserContext[] = [];
const screenshots = join(__dirname, '..', 'screenshots');
const REASON = `${PINNED_LABEL}与审计报告不一致，请核实后修改。`;
/** The county's queue, left open after the return: it hears the resubmission live. */
let countyQueue: Page;
const PUBLICITY_END = beijingDate(5);

beforeAll(async () => {
  running = await startTestPlatform();
  browser = await launchBrowser();
  mkdirSync(screenshots, { recursive: true });
  await readyForSrdi(running.url, running.grantRecognition);
  // The form filling is declarations.test.ts's subject: here version 1 is submitted through the API.
  declarationId = await submitThroughApi(running.url);
  enterprise = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  company = await enterprise.newPage();
}, 120_000);

afterAll(async () => {
  for (const context of offices) await context.close();
  await enterprise?.close();
  await browser?.close();
  await running?.stop();
});

const at = (path: string) => new URL(path, running.platform.gatewayUrl).toString();

/** An office signed in on its review queue, in a browser context of its own. */
async function office(loginName: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  offices.push(context);
  const page = await context.newPage();
  await officeOnQueue(page, at, loginName);
  return page;
}

/** Opens the declaration from the queue's 待审核 tab by the enterprise's name. */
async function openFromQueue(page: Page): Promise<void> {
  await queueRow(page, DEMO.name).getByRole('link', { name: DEMO.name }).click();
  await page.waitForURL(at(`/office/reviews/${declarationId}`));
  await page.getByRole('heading', { level: 1, name: DEMO.name }).waitFor();
}

/** 通过 on the detail page; back on the queue, the decision is confirmed. */
async function approve(page: Page, publicityEnd?: string): Promise<void> {
  await page.getByRole('button', { name: '通过', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '审核通过' });
  await dialog.getByRole('textbox', { name: '审核意见（选填）' }).fill('材料齐全，同意。');
  if (publicityEnd) {
    const end = dialog.getByRole('textbox', { name: '公示截止日期' });
    expect(await end.inputValue()).toBe(beijingDate(5));
    await end.fill(publicityEnd);
  }
  await dialog.getByRole('button', { name: '确认通过' }).dblclick();
  await page.waitForURL(at('/office/reviews'));
}

describe('审核 by the offices (issue 8): returned with a pinned field, resubmitted, approved up the chain, recognised', () => {
  it('the enterprise has its submitted declaration open (version 1, with the county)', async () => {
    await company.goto(at(`/login?next=${encodeURIComponent(`/declarations/${declarationId}`)}`));
    await signInByLoginName(company, DEMO.loginName, DEMO.password);
    await company.getByRole('heading', { level: 1, name: '专精特新中小企业申报表' }).waitFor();
    await company.getByText('当前由县级主管部门审核。').waitFor();
  });

  it('the county finds it in 待审核 by name, and opens every part of it: content, evidence (in the browser), versions, history', async () => {
    const county = await office('county330106');
    await queueTab(county, '待审核').getByText('1', { exact: true }).waitFor();
    await county.getByRole('textbox', { name: '企业名称或统一社会信用代码' }).fill('西湖智造');
    await county.getByRole('button', { name: '查询', exact: true }).click();
    await county.waitForURL(/q=/);
    const row = queueRow(county, DEMO.name);
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      '',
      `${DEMO.name}${DEMO_USCC}`,
      '专精特新中小企业',
      SRDI_WINDOW,
      '西湖区',
      '待审核',
      '0 天',
      expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      expect.any(String),
    ]);
    expect(await wcagViolations(county)).toEqual([]);
    await county.screenshot({ path: join(screenshots, 'review-queue.png'), fullPage: true });

    await openFromQueue(county);
    const summary = county.getByRole('table', { name: '审核概况' });
    expect(await summary.getByRole('row', { name: /^当前审核层级/ }).textContent()).toBe('当前审核层级县级');
    await county.getByRole('region', { name: '财务数据' }).getByRole('row', { name: `${PINNED_LABEL} 300 万元`, exact: true }).waitFor();
    await county.getByRole('region', { name: '申报条件判定' }).getByText('全部满足').waitFor();
    expect(await wcagViolations(county)).toEqual([]);
    await county.screenshot({ path: join(screenshots, 'review-detail.png'), fullPage: true });

    await county.getByRole('tab', { name: '佐证材料' }).click();
    const file = county.getByRole('listitem', { name: '知识产权证书.pdf' });
    const opening = county.context().waitForEvent('page');
    await file.getByRole('link', { name: '在新窗口打开：知识产权证书.pdf' }).click();
    // A new tab on the file's link, which serves the PDF itself (inline, for the browser to show).
    const opened = await opening;
    await opened.waitForURL(/\/files\/download\//);
    const served = await county.request.get(opened.url());
    expect(served.headers()['content-type']).toBe('application/pdf');
    expect((await served.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await opened.close();
    await file.getByRole('button', { name: '预览：知识产权证书.pdf' }).click();
    const preview = county.getByRole('dialog', { name: '知识产权证书.pdf' });
    expect(await preview.locator('iframe[title="知识产权证书.pdf"]').getAttribute('src')).toMatch(/\/files\/download\//);
    await preview.getByRole('button', { name: '关闭' }).click();
    await county.getByRole('tab', { name: '版本对比' }).click();
    await county.getByText('仅有一个提交版本，暂无可对比的版本。').waitFor();
    await county.getByRole('tab', { name: '审核记录' }).click();
    expect((await county.getByRole('list', { name: '办理记录' }).getByRole('listitem').allTextContents()).map((text) => text.slice(0, 2))).toEqual(['创建', '提交']);
    await county.getByRole('tab', { name: '数字化水平' }).click();
    await county.getByText('数字化水平：二级').waitFor();
    expect(await wcagViolations(county)).toEqual([]);
    // Back to the queue as it was left: the search is kept.
    await county.getByRole('link', { name: '返回审核队列' }).click();
    await county.waitForURL(/\/office\/reviews\?q=/);
    expect(await county.getByRole('textbox', { name: '企业名称或统一社会信用代码' }).inputValue()).toBe('西湖智造');
  });

  it('the county returns it with a reason pinned to the field; the enterprise’s open page shows the return at once, without reloading', async () => {
    const county = await office('county330106');
    await openFromQueue(county);
    await county.getByRole('button', { name: '退回', exact: true }).click();
    const dialog = county.getByRole('dialog', { name: '退回修改' });
    await dialog.getByRole('button', { name: '确认退回' }).click();
    await dialog.getByText('请填写理由。').waitFor();
    await dialog.getByRole('textbox', { name: '退回原因' }).fill(REASON);
    await dialog.getByRole('group', { name: '财务数据' }).getByRole('checkbox', { name: PINNED_LABEL, exact: true }).check();
    await dialog.getByText('已选 1 项').waitFor();
    expect(await wcagViolations(county)).toEqual([]);
    await county.screenshot({ path: join(screenshots, 'review-return.png'), animations: 'disabled' });
    const operations = recordOperations(county);
    await dialog.getByRole('button', { name: '确认退回' }).dblclick();
    await county.waitForURL(at('/office/reviews'));
    // A double click decides once.
    expect(operations.filter((name) => name === 'ReturnDeclaration')).toHaveLength(1);
    await county.getByRole('status').filter({ hasText: '已退回' }).getByText(DEMO.name).waitFor();
    await queueTab(county, '已退回').getByText('1', { exact: true }).waitFor();
    await queueTab(county, '待审核').getByText('0', { exact: true }).waitFor();
    countyQueue = county;

    // The enterprise's detail page, open since the first step, follows at once.
    const returned = company.getByRole('alert').filter({ hasText: '申报已被退回' });
    await returned.getByText(REASON).waitFor();
    await returned.getByText(/^杭州市西湖区经济和信息化局（县级）于 .+ 退回/).waitFor();
    expect(await returned.getByRole('listitem').allTextContents()).toEqual([PINNED_LABEL]);
  });

  it('the enterprise’s form marks the pinned field 需修改 (said with the input); changed, it is resubmitted as version 2', async () => {
    await company.getByRole('link', { name: '修改并重新提交' }).click();
    await company.waitForURL(at(`/declarations/${declarationId}/edit`));
    const field = company.getByRole('textbox', { name: `${PINNED_LABEL}（万元）`, exact: true });
    expect(await describedBy(field)).toContain('需修改主管部门要求修改此项');
    expect(await company.locator('[data-pinned]').count()).toBe(1);
    expect(await describedBy(company.getByRole('textbox', { name: `${LAST} 年营业收入（万元）`, exact: true }))).not.toContain('需修改');
    await company.getByRole('alert').filter({ hasText: '申报已被退回' }).getByRole('button', { name: PINNED_LABEL }).click();
    expect(await field.evaluate((input) => input === document.activeElement)).toBe(true);
    await company.screenshot({ path: join(screenshots, 'review-returned-form.png') });
    await field.fill('320');
    await savedNow(company);
    await company.getByRole('button', { name: '重新提交', exact: true }).click();
    const confirm = company.getByRole('dialog', { name: '确认提交' });
    await confirm.getByRole('checkbox').check();
    await confirm.getByRole('button', { name: '确认提交' }).click();
    await company.getByRole('status').filter({ hasText: '提交成功' }).getByText(/已提交第 2 版/).waitFor();
    // The county's queue, open since the return, shows it waiting again without a reload (reviewQueueChanged).
    await queueTab(countyQueue, '待审核').getByText('1', { exact: true }).waitFor();
    await countyQueue.getByRole('row').filter({ hasText: DEMO.name }).waitFor();
  });

  it('the county sees the changed field in 版本对比 and approves version 2 up to the city', async () => {
    const county = await office('county330106');
    await openFromQueue(county);
    await county.getByRole('tab', { name: '版本对比' }).click();
    await county.getByRole('alert').filter({ hasText: '第 1 版曾被退回' }).getByText(`要求修改：${PINNED_LABEL}`).waitFor();
    const diff = county.getByRole('table', { name: '第 1 版与第 2 版的差异' });
    await diff.getByRole('row').nth(1).waitFor();
    expect(await diff.getByRole('row').allTextContents()).toEqual(['栏目项目第 1 版第 2 版', `财务数据${PINNED_LABEL}300 万元320 万元`]);
    expect(await wcagViolations(county)).toEqual([]);
    await county.screenshot({ path: join(screenshots, 'review-diff.png'), fullPage: true });
    await approve(county);
    await county.getByRole('status').filter({ hasText: '已报送市级主管部门审核' }).getByText(DEMO.name).waitFor();
    await queueTab(county, '已上报').getByText('1', { exact: true }).waitFor();
  });

  it('the city approves it with 批量通过, seeing each result; the province approves it into a 公示 ending on the day it sets', async () => {
    const city = await office('city3301');
    await queueRow(city, DEMO.name).getByRole('checkbox', { name: `选择：${DEMO.name}` }).check();
    await city.getByRole('button', { name: '批量通过（已选 1 项）' }).click();
    const dialog = city.getByRole('dialog', { name: '批量通过' });
    await dialog.getByRole('button', { name: '确认通过 1 项' }).dblclick();
    await dialog.getByText('共 1 项，已通过 1 项。').waitFor();
    expect(await dialog.getByRole('table', { name: '批量通过结果' }).getByRole('row').allTextContents()).toEqual(['企业结果', `${DEMO.name}已通过`]);
    await dialog.getByRole('button', { name: '完成' }).click();
    await queueTab(city, '已上报').getByText('1', { exact: true }).waitFor();

    const province = await office('province33');
    await openFromQueue(province);
    await province.getByText('审核对象：第 2 版（省级审核）').waitFor();
    await approve(province, PUBLICITY_END);
    await province.getByRole('status').filter({ hasText: '已通过，进入公示' }).getByText(`公示期至 ${PUBLICITY_END}`).waitFor();
    await queueTab(province, '公示中').click();
    await queueRow(province, DEMO.name).getByText('公示中').waitFor();
    // Named from below the office's own region: the province sees the city too.
    await queueRow(province, DEMO.name).getByRole('cell', { name: '杭州市 西湖区', exact: true }).waitFor();
  });

  it('the day after the 公示 it is recognised: 企业信息 lists it with its batch, and the public lookup shows it', async () => {
    const recognisedOn = beijingDate(6);
    expect(await runPublicityRecognitions(running.url, PUBLICITY_END)).toBe(0);
    expect(await runPublicityRecognitions(running.url, recognisedOn)).toBe(1);

    await company.goto(at('/enterprise'));
    const recognitions = company.getByRole('table', { name: '认定信息' });
    const row = recognitions.getByRole('row').filter({ hasText: '专精特新中小企业' });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      '专精特新中小企业',
      `${SRDI_WINDOW}2026 年标准（工信部企业〔2026〕2号）`,
      `${recognisedOn} 至 ${Number(recognisedOn.slice(0, 4)) + 3}${recognisedOn.slice(4)}`,
      '有效',
    ]);
    expect(await wcagViolations(company)).toEqual([]);
    await company.screenshot({ path: join(screenshots, 'review-recognised-profile.png'), fullPage: true });

    const visitor = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    offices.push(visitor.context());
    const captchas = followCaptchas(visitor);
    await visitor.goto(at('/lookup'));
    const image = visitor.getByRole('img', { name: /验证码图片/ });
    await image.waitFor();
    await visitor.getByRole('textbox', { name: '企业名称', exact: true }).fill(DEMO.name);
    await visitor.getByRole('textbox', { name: '统一社会信用代码', exact: true }).fill(DEMO_USCC);
    await visitor.getByRole('textbox', { name: '验证码', exact: true }).fill(await captchaAnswer(running.url, await captchas.shown(image)));
    await visitor.getByRole('button', { name: '查询', exact: true }).click();
    const held = visitor.getByRole('list').filter({ hasText: '有效期：' }).getByRole('listitem').filter({ hasText: '专精特新中小企业' });
    await held.getByText(/^有效期：/).waitFor();
    expect(await held.getByText(/^有效期：/).textContent()).toBe(`有效期：${recognisedOn} 至 ${Number(recognisedOn.slice(0, 4)) + 3}${recognisedOn.slice(4)}`);
  });

  it('宁波 (another city) never sees it: every tab of its queue is empty, and its address says not found', async () => {
    const ningbo = await office('city3302');
    const tabs = ningbo.getByRole('tablist', { name: '审核状态' }).getByRole('tab');
    await queueTab(ningbo, '待审核').getByText('0', { exact: true }).waitFor();
    expect(await tabs.allTextContents()).toEqual(['待审核0', '已上报0', '已退回0', '不予通过0', '公示中0', '已认定0']);
    for (let index = 0; index < (await tabs.count()); index += 1) {
      await tabs.nth(index).click();
      await ningbo.getByRole('tabpanel').getByText('没有符合条件的申报。').waitFor();
      expect(await ningbo.getByText(DEMO.name).count()).toBe(0);
    }
    await ningbo.goto(at(`/office/reviews/${declarationId}`));
    await ningbo.getByRole('heading', { level: 1, name: '未找到该申报' }).waitFor();
    expect(await ningbo.getByText(DEMO.name).count()).toBe(0);

    // The province's queue, in English (one check of the second language).
    const province = await office('province33');
    await switchLanguage(province, 'en');
    await province.getByRole('heading', { level: 1, name: 'Declaration review' }).waitFor();
    await province.getByRole('tab', { name: /^Recognised/ }).click();
    const row = province.getByRole('table', { name: 'Review queue' }).getByRole('row').filter({ hasText: DEMO.name });
    await row.getByText('Recognised', { exact: true }).waitFor();
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('Specialised and sophisticated SMEs');
    expect(await wcagViolations(province)).toEqual([]);
    await province.screenshot({ path: join(screenshots, 'review-queue-en.png'), fullPage: true });
  });

  it('each step came to 我的消息: submitted, returned, passed the county and the city, into the 公示, recognised', async () => {
    await company.goto(at('/enterprise/messages'));
    const titles = ['申报已提交', '申报被退回，请修改后重新提交', '申报已通过县（区）级审核', '申报已通过市级审核', '申报审核通过，进入公示'].map((title) => `专精特新中小企业${title}`);
    for (const title of [...titles, '贵企业已被认定为专精特新中小企业']) await company.getByRole('main').getByRole('link', { name: title, exact: true }).first().waitFor();
    await company.screenshot({ path: join(screenshots, 'review-messages.png'), fullPage: true });
  });
});
