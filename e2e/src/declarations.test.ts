import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startTestPlatform } from '@zjtx/platform/testing';
import { pdfText } from '@zjtx/test-kit';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, wcagViolations } from './browser';
import {
  AUDIT_REPORT,
  computed,
  condition,
  DEMO,
  evidenceItem,
  failTwoSaves,
  figure,
  FINANCIALS,
  holdSaves,
  holdSecondPart,
  IP_CERTIFICATES,
  largePdf,
  MARKET_STATED,
  OTHER_INPUTS,
  partOffsets,
  preview,
  readyForSrdi,
  recordOperations,
  returnByCounty,
  savedNow,
  saveElsewhere,
  saveState,
  textbox,
  tinyPdf,
  UNSAVED,
  upload,
  YEAR,
} from './declarations-fixtures';
import { answered, signInByLoginName, switchLanguage } from './page-helpers';

// One platform for the file: the steps build on each other (one declaration, from the first
// keystroke to the submitted PDF).
let browser: Browser;
let running: Awaited<ReturnType<typeof startTestPlatform>>;
let context: BrowserContext;
let page: Page;
let formUrl = '';
const screenshots = join(__dirname, '..', 'screenshots');

beforeAll(async () => {
  running = await startTestPlatform();
  browser = await launchBrowser();
  mkdirSync(screenshots, { recursive: true });
  await readyForSrdi(running.url, running.grantRecognition);
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await running?.stop();
});

const at = (path: string) => new URL(path, running.platform.gatewayUrl).toString();
const SRDI_WINDOW = `浙江省${YEAR}年专精特新中小企业认定`;

/** Opens the form in a fresh page of the same browser (same session, same local storage). */
async function openForm(): Promise<Page> {
  const fresh = await context.newPage();
  await fresh.goto(formUrl);
  await preview(fresh).waitFor();
  return fresh;
}

describe('企业申报: the demo enterprise declares 专精特新 (issue 7)', () => {
  it('finds the open 专精特新 window on 企业申报 from the home page, signs in there and opens the form from 申报', async () => {
    // A visitor sees where windows are open, and is asked to sign in.
    await page.goto(at('/'));
    await page.getByRole('link', { name: '申报专精特新中小企业' }).click();
    await page.waitForURL(at('/declarations?tier=SRDI'));
    const srdi = page.getByRole('region', { name: '专精特新中小企业' });
    await srdi.getByText('当前可申报的地区').waitFor();
    await srdi.getByRole('listitem', { name: SRDI_WINDOW }).waitFor();
    expect(await srdi.getByRole('button').count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('main').getByRole('link', { name: '登录', exact: true }).click();
    await signInByLoginName(page, DEMO.loginName, DEMO.password);
    await page.waitForURL(at('/declarations?tier=SRDI'));
    await srdi.getByText('面向贵企业注册地（浙江省杭州市西湖区）开放的批次').waitFor();
    // The national 小巨人 batch is not open yet: its next opening is said instead.
    await page.getByRole('region', { name: '专精特新“小巨人”企业' }).getByText(/^下一批次：/).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'declarations-entry.png'), fullPage: true });

    await srdi.getByRole('button', { name: `申报：${SRDI_WINDOW}` }).click();
    await page.waitForURL(/\/declarations\/[0-9a-f-]+\/edit$/);
    formUrl = page.url();
    await page.getByRole('heading', { level: 1, name: '专精特新中小企业申报表' }).waitFor();
    await page.getByText(SRDI_WINDOW, { exact: true }).waitFor();
    await page.getByText('专精特新中小企业认定标准（2026）（工信部企业〔2026〕2号 附件1）').waitFor();
    const basic = page.getByRole('table', { name: '企业基本信息' });
    expect(await basic.getByRole('row', { name: /^企业名称/ }).textContent()).toContain(DEMO.name);
    expect(await basic.getByRole('row', { name: /^数字化水平/ }).textContent()).toContain('二级');
    // What the platform knows itself is judged before anything is typed.
    await condition(page, '属于中小企业').getByText('满足', { exact: true }).waitFor();
    await condition(page, '为有效期内的科技和创新型中小企业').getByText('满足', { exact: true }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('shows computed fields and conditions change in the preview as it types, before anything is saved', async () => {
    // Saves are held back: whatever the preview shows now was judged from unsaved input.
    const release = await holdSaves(page);
    await textbox(page, figure(YEAR - 1, '资产总额（年末）')).fill('8000');
    await textbox(page, figure(YEAR - 1, '负债总额（年末）')).fill('3600');
    await computed(page, '上年末资产负债率').getByText('45 %', { exact: true }).waitFor();
    await condition(page, '上年末资产负债率不高于 80%').getByText('满足', { exact: true }).waitFor();
    await textbox(page, figure(YEAR - 1, '负债总额（年末）')).fill('7000');
    await computed(page, '上年末资产负债率').getByText('87.5 %', { exact: true }).waitFor();
    await condition(page, '上年末资产负债率不高于 80%').getByText('不满足', { exact: true }).waitFor();
    expect(await saveState(page).textContent()).toMatch(/^(未保存|保存中…)$/);
    await release();

    for (const [label, value] of [...FINANCIALS, ...OTHER_INPUTS]) await textbox(page, label).fill(value);
    await page.getByRole('radiogroup', { name: MARKET_STATED }).getByRole('radio', { name: '是' }).check();
    await computed(page, '上年末资产负债率').getByText('45 %', { exact: true }).waitFor();
    await computed(page, '上年度研发费用占营业收入比重').getByText('6 %', { exact: true }).waitFor();
    for (const text of ['上年度营业收入不低于 1500 万元', '上年度主营业务收入占营业收入比重不低于 80%', '截至上年末从事特定细分市场时间达到 3 年以上', '拥有 1 项以上与主导产品相关']) {
      await condition(page, text).getByText('满足', { exact: true }).waitFor();
    }
    // Autosave, a moment after typing stops.
    await savedNow(page);
    await page.screenshot({ path: join(screenshots, 'declaration-form.png'), fullPage: true });
  });

  it('keeps saving through an expired session (refreshed silently, the save sent again) and a broken connection (tried again by itself)', async () => {
    const sent = recordOperations(page);
    const saves = await failTwoSaves(page);
    await textbox(page, '上年末研发人员数').fill('31');
    await saveState(page).filter({ hasText: /^保存失败：内容已保存在本机/ }).waitFor();
    await savedNow(page);
    await page.unroute('**/graphql');
    expect(saves()).toBe(3);
    expect(sent.filter((name) => name === 'RefreshSession')).toHaveLength(1);
    expect(await textbox(page, '上年末研发人员数').inputValue()).toBe('31');
    await textbox(page, '上年末研发人员数').fill('30');
    await savedNow(page);
  });

  it('uploads 2025年度审计报告（最终版）#1.pdf by its 上传文件 button and lists it under that name, 未查毒', async () => {
    const statements = evidenceItem(page, '财务审计报告或财务报表');
    // A file whose content is not what its name says is refused with the server's reason.
    await upload(page, '财务审计报告或财务报表', [{ name: '审计报告（改了扩展名）.pdf', buffer: Buffer.from('这不是 PDF') }]);
    await statements.getByRole('alert').getByText(/^文件的实际内容不是可接受的类型/).waitFor();
    await statements.getByRole('button', { name: '移除：审计报告（改了扩展名）.pdf' }).click();
    await upload(page, '财务审计报告或财务报表', [{ name: AUDIT_REPORT, buffer: tinyPdf('audit') }]);
    const listed = statements.getByRole('listitem', { name: AUDIT_REPORT });
    await listed.getByText('未查毒', { exact: true }).waitFor();
    expect(await listed.getByText(AUDIT_REPORT, { exact: true }).count()).toBe(1);
    // IP was declared and saved: its certificates are now required.
    await evidenceItem(page, '知识产权证书').getByText('（必传）').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('continues a large upload cut off mid-way from where it stopped when the same file is chosen again in a new page', async () => {
    const file = largePdf();
    const secondPart = await holdSecondPart(page);
    await upload(page, '其他佐证材料', file);
    await secondPart.underWay;
    await page.close();

    page = await openForm();
    const offsets = partOffsets(page);
    await upload(page, '其他佐证材料', file);
    await evidenceItem(page, '其他佐证材料').getByRole('listitem', { name: '营业执照及资质证书（扫描件）.pdf' }).getByText('未查毒').waitFor();
    // It went on from what the server had (at least the first part), not from the start.
    expect(offsets[0]).toBeGreaterThanOrEqual(5 * 1024 * 1024);
  });

  it('restores everything after the tab is closed mid-way: the unsaved value from the local backup, the rest from the server', async () => {
    const [label, value] = UNSAVED;
    await textbox(page, label).fill(value);
    expect(await saveState(page).textContent()).toBe('未保存');
    await page.close();

    page = await openForm();
    await page.getByText('已恢复未保存的内容', { exact: true }).waitFor();
    expect(await textbox(page, label).inputValue()).toBe(value);
    expect(await textbox(page, figure(YEAR - 1, '营业收入')).inputValue()).toBe('5000');
    expect(await textbox(page, '进入特定细分市场的年月').inputValue()).toBe('2019-06');
    await evidenceItem(page, '财务审计报告或财务报表').getByRole('listitem', { name: AUDIT_REPORT }).waitFor();
    await condition(page, '近 2 年每年研发费用均不低于 100 万元').getByText('满足', { exact: true }).waitFor();
    // The restored input goes to the server as any edit: a reload finds it there, nothing to restore.
    await savedNow(page);
    await page.reload();
    await preview(page).waitFor();
    expect(await textbox(page, label).inputValue()).toBe(value);
    expect(await page.getByText('已恢复未保存的内容', { exact: true }).count()).toBe(0);
  });

  it("refuses a second tab's stale save with 本申报已在其他页面修改; 载入最新内容 and 用本页内容覆盖 both resolve it", async () => {
    const other = await openForm();
    await textbox(other, '上年末从业人员数').fill('125');
    await other.getByRole('button', { name: '暂存' }).click();
    await savedNow(other);

    // This page still builds on the version before: its save is refused, nothing is lost.
    await textbox(page, '上年末研发人员数').fill('32');
    const dialog = page.getByRole('dialog', { name: '本申报已在其他页面修改' });
    await dialog.waitFor();
    expect(await saveState(page).textContent()).toBe('未保存：本申报已在其他页面修改');
    const differences = dialog.getByRole('table', { name: '两份内容的差异' });
    expect(await differences.getByRole('row', { name: /^上年末从业人员数/ }).textContent()).toBe('上年末从业人员数125120');
    expect(await differences.getByRole('row', { name: /^上年末研发人员数/ }).textContent()).toBe('上年末研发人员数3032');
    await page.screenshot({ path: join(screenshots, 'declaration-conflict.png'), animations: 'disabled' });
    expect(await wcagViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: '载入最新内容' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await textbox(page, '上年末从业人员数').inputValue()).toBe('125');
    expect(await textbox(page, '上年末研发人员数').inputValue()).toBe('30');

    // Now the other page is the stale one; it keeps its own input knowingly.
    await textbox(page, '上年末研发人员数').fill('31');
    await savedNow(page);
    await textbox(other, '上年末从业人员数').fill('126');
    const otherDialog = other.getByRole('dialog', { name: '本申报已在其他页面修改' });
    await otherDialog.getByRole('button', { name: '用本页内容覆盖' }).click();
    await otherDialog.waitFor({ state: 'hidden' });
    await savedNow(other);
    await other.close();
    await page.reload();
    await preview(page).waitFor();
    expect(await textbox(page, '上年末从业人员数').inputValue()).toBe('126');
    expect(await textbox(page, '上年末研发人员数').inputValue()).toBe('30');
  });

  it('does not apply input left on this device over what another device saved since: the next page asks which to keep', async () => {
    await textbox(page, '上年末研发人员数').fill('33');
    await page.close();
    await saveElsewhere(running.url, formUrl.split('/').at(-2)!, { rdStaff: 34 });

    page = await openForm();
    const dialog = page.getByRole('dialog', { name: '本申报已在其他页面修改' });
    const differences = dialog.getByRole('table', { name: '两份内容的差异' });
    expect(await differences.getByRole('row', { name: /^上年末研发人员数/ }).textContent()).toBe('上年末研发人员数3433');
    await dialog.getByRole('button', { name: '用本页内容覆盖' }).click();
    await savedNow(page);
    expect(await textbox(page, '上年末研发人员数').inputValue()).toBe('33');
    await textbox(page, '上年末研发人员数').fill('30');
    await savedNow(page);
  });

  it('lists what is missing when submitting too early, each leading to its place; then submits once, however often 确认提交 is clicked', async () => {
    const sent = recordOperations(page);
    await page.getByRole('button', { name: '提交', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '确认提交' });
    await confirm.getByRole('list', { name: '审核流程' }).waitFor();
    expect(await confirm.getByRole('list', { name: '审核流程' }).getByRole('listitem').allTextContents()).toEqual(['县级主管部门', '→市级主管部门', '→省级主管部门']);
    await confirm.getByText('浙江省杭州市西湖区', { exact: false }).waitFor();
    expect(await confirm.getByRole('button', { name: '确认提交' }).isDisabled()).toBe(true);
    await confirm.getByRole('checkbox', { name: '我已阅读并同意上述真实性声明及合规经营承诺' }).check();
    await confirm.getByRole('button', { name: '确认提交' }).click();
    const problems = page.getByRole('alert').filter({ hasText: '还不能提交' });
    await problems.getByRole('button', { name: '请上传佐证材料：知识产权证书' }).click();
    // The item's own 上传文件 takes the focus.
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === '上传文件：知识产权证书');
    expect(await problems.getByRole('listitem').count()).toBe(1);

    await upload(page, '知识产权证书', [{ name: IP_CERTIFICATES, buffer: tinyPdf('ip') }]);
    await evidenceItem(page, '知识产权证书').getByRole('listitem', { name: IP_CERTIFICATES }).getByText('未查毒').waitFor();
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await confirm.getByRole('checkbox').check();
    await page.screenshot({ path: join(screenshots, 'declaration-submit.png'), animations: 'disabled' });
    const submitted = answered(page, 'SubmitDeclaration');
    await confirm.getByRole('button', { name: '确认提交' }).dblclick();
    await submitted;
    await page.waitForURL(formUrl.replace(/\/edit$/, ''));
    await page.getByRole('status').filter({ hasText: '提交成功' }).getByText(/已提交第 1 版，现由县级主管部门审核/).waitFor();
    // The early attempt, then one for the double click.
    expect(sent.filter((name) => name === 'SubmitDeclaration')).toHaveLength(2);
  });

  it('shows the submitted declaration with its status timeline and downloads the form as a PDF with Chinese text', async () => {
    const timeline = page.getByRole('list', { name: '办理记录' });
    await timeline.getByRole('listitem').filter({ hasText: '提交' }).getByText('县级').waitFor();
    expect((await timeline.getByRole('listitem').allTextContents()).map((text) => text.slice(0, 2))).toEqual(['创建', '提交']);
    await page.getByText('当前由县级主管部门审核。').waitFor();
    expect(await page.getByRole('table', { name: '提交版本' }).getByRole('row').count()).toBe(1);
    await page.getByRole('region', { name: '财务数据' }).getByRole('row', { name: `${YEAR - 1} 年营业收入 5000 万元`, exact: true }).waitFor();
    await evidenceItem(page, '财务审计报告或财务报表').getByRole('listitem', { name: AUDIT_REPORT }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'declaration-detail.png'), fullPage: true });

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 PDF' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(new Uint8Array(bytes));
    expect(text).toContain(DEMO.name);
    expect(text).toContain('专精特新');
  });

  it('follows the county office returning it, live; 修改并重新提交 shows the reason and what to change, and submits version 2', async () => {
    const reason = `${YEAR - 2} 年研发费用与审计报告不一致，请核实后修改。`;
    const rd = figure(YEAR - 2, '研发费用');
    const rdLabel = `${YEAR - 2} 年研发费用`;
    await returnByCounty(running.url, formUrl.split('/').at(-2)!, { versionNumber: 1, reason, fields: [`financials.${YEAR - 2}.rdExpense`], evidenceItems: ['FINANCIAL_STATEMENTS'] });
    // No reload: the open detail page hears of it.
    await page.getByRole('alert').filter({ hasText: '申报已被退回' }).getByText(reason).waitFor();
    await page.getByRole('list', { name: '办理记录' }).getByRole('listitem').filter({ hasText: reason }).getByText('退回').waitFor();
    await page.getByRole('link', { name: '修改并重新提交' }).click();
    await page.waitForURL(formUrl);
    await preview(page).waitFor();
    const returned = page.getByRole('alert').filter({ hasText: '申报已被退回' });
    await returned.getByText(reason).waitFor();
    expect(await returned.getByRole('listitem').allTextContents()).toEqual([rdLabel, '财务审计报告或财务报表']);
    await returned.getByRole('button', { name: rdLabel }).click();
    expect(await textbox(page, rd).evaluate((input) => input === document.activeElement)).toBe(true);
    await textbox(page, rd).fill('220');
    await savedNow(page);
    await page.getByRole('button', { name: '重新提交', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '确认提交' });
    await confirm.getByRole('checkbox').check();
    await confirm.getByRole('button', { name: '确认提交' }).click();
    await page.getByRole('status').filter({ hasText: '提交成功' }).getByText(/已提交第 2 版/).waitFor();
    const timeline = page.getByRole('list', { name: '办理记录' });
    await timeline.getByRole('listitem').filter({ hasText: '第 2 版' }).getByText('重新提交').waitFor();
    expect((await timeline.getByRole('listitem').allTextContents()).map((text) => text.slice(0, 2))).toEqual(['创建', '提交', '退回', '重新']);
    expect(await page.getByRole('table', { name: '提交版本' }).getByRole('row').count()).toBe(2);
  });

  it('申报记录 lists it as submitted at the county level; in English too', async () => {
    await page.goto(at('/enterprise/declarations'));
    const row = page.getByRole('row').filter({ hasText: SRDI_WINDOW });
    await row.getByText('已提交', { exact: true }).waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual(['专精特新中小企业', SRDI_WINDOW, '已提交', '县级', expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/), expect.stringContaining('详情')]);
    expect(await row.getByRole('link', { name: /^编辑/ }).count()).toBe(0);
    expect(await wcagViolations(page)).toEqual([]);

    await switchLanguage(page, 'en');
    await row.getByText('Submitted', { exact: true }).waitFor();
    await row.getByRole('link', { name: `Details: ${SRDI_WINDOW}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Specialised and sophisticated SME declaration form' }).waitFor();
    await page.getByRole('list', { name: 'Timeline' }).getByText('Resubmitted · County', { exact: true }).waitFor();
    await page.getByText('With the County office now.').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'declaration-detail-en.png'), fullPage: true });
    await switchLanguage(page, 'zh-CN');
  });
});

describe('创新型中小企业自评表: the same form engine, another tier', () => {
  it('宁波’s enterprise opens the 创新型 self-assessment: its own standard and score table, judged as it answers', async () => {
    const ningbo = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    try {
      const other = await ningbo.newPage();
      await other.goto(at('/login'));
      await signInByLoginName(other, 'demo3302', DEMO.password);
      await other.getByRole('heading', { level: 1, name: '用户中心' }).waitFor();
      await other.goto(at('/declarations?tier=INNOVATIVE'));
      const window = `浙江省${YEAR}年创新型中小企业评价`;
      await other.getByRole('region', { name: '创新型中小企业' }).getByRole('button', { name: `申报：${window}` }).click();
      await other.waitForURL(/\/declarations\/[0-9a-f-]+\/edit$/);
      await other.getByRole('heading', { level: 1, name: '创新型中小企业自评表' }).waitFor();
      await other.getByText('创新型中小企业评价标准（工信部企业〔2022〕63号 附件1）').waitFor();

      // An indicator scores once answered; a direct-pass condition is met once answered.
      const field = computedIndicator(other, '主导产品所属领域情况');
      await field.getByText('待填写', { exact: true }).waitFor();
      await other.getByRole('radiogroup', { name: '主导产品属于《战略性新兴产业分类》' }).getByRole('radio', { name: '是' }).check();
      await field.getByText('10 / 10', { exact: true }).waitFor();
      const honour = preview(other).getByRole('listitem').filter({ hasText: '获得高新技术企业' });
      await honour.getByText('待填写', { exact: true }).waitFor();
      await other.getByRole('radiogroup', { name: /^拥有有效期内的高新技术企业/ }).getByRole('radio', { name: '是' }).check();
      await honour.getByText('满足', { exact: true }).waitFor();
      await savedNow(other);
      expect(await wcagViolations(other)).toEqual([]);
      await other.screenshot({ path: join(screenshots, 'declaration-form-innovative.png'), fullPage: true });
    } finally {
      await ningbo.close();
    }
  });
});

/** A row of the live preview's score table, by its indicator's name. */
const computedIndicator = (on: Page, name: string) => preview(on).getByRole('row').filter({ hasText: name });
