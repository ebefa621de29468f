import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestPlatform } from '@zjtx/platform/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, wcagViolations } from './browser';
import { captchaAnswer, followCaptchas } from './captcha';
import { switchLanguage } from './page-helpers';
import { COMPLETE_PROFILE, saveProfile } from './profile-fixtures';

let browser: Browser;
let running: Awaited<ReturnType<typeof startTestPlatform>>;
const screenshots = join(__dirname, '..', 'screenshots');

const DEMO = { loginName: 'demo', password: 'Zjtx@2026', name: '杭州西湖智造科技有限公司', uscc: '91330106MA2H3X7Q1P' };

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

/** Names of the GraphQL operations the page sends, in order. */
function recordOperations(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { operationName?: string } | null;
    if (body?.operationName) names.push(body.operationName);
  });
  return names;
}

/**
 * A fresh context signed in as the demo legal person, on 企业信息 — reached as a visitor does:
 * /enterprise asks to sign in first and comes back afterwards.
 */
async function signedInAsDemo(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(at('/enterprise'));
  await page.getByRole('heading', { level: 1, name: '请先登录' }).waitFor();
  await page.getByRole('main').getByRole('link', { name: '登录', exact: true }).click();
  await page.getByRole('tab', { name: '登录名登录' }).click();
  const panel = page.getByRole('tabpanel', { name: '登录名登录' });
  await panel.getByRole('textbox', { name: '登录名' }).fill(DEMO.loginName);
  await panel.getByRole('textbox', { name: '密码', exact: true }).fill(DEMO.password);
  await panel.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: '企业信息' }).waitFor();
  return { context, page };
}

const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
/** The value cell after a label cell of the 企业基本情况 table. */
const cell = (page: Page, label: string) => page.getByRole('table', { name: '企业基本情况' }).getByRole('rowheader', { name: label, exact: true }).locator('xpath=following-sibling::td[1]');
const currentSizeClass = (page: Page) => page.getByRole('list', { name: /^(企业规模|Enterprise size)$/ }).locator('li[aria-current="true"]');

async function openEditForm(page: Page): Promise<void> {
  await page.getByRole('link', { name: '编辑' }).click();
  await page.getByRole('heading', { level: 1, name: '编辑企业信息' }).waitFor();
}

describe('企业信息 (enterprise information)', () => {
  it('the demo enterprise fills in its profile with the industry picker and region cascader, saves, reloads and sees the same data and size class', async () => {
    const { context, page } = await signedInAsDemo();
    // Not recognised: 未认定, and 【编辑】 is offered.
    await page.getByRole('group', { name: '认定状态' }).getByText('未认定').waitFor();
    await cell(page, '企业名称').getByText(DEMO.name).waitFor();
    await cell(page, '统一社会信用代码').getByText(DEMO.uscc).waitFor();
    await page.getByText('尚未判定企业规模').waitFor();
    await page.screenshot({ path: join(screenshots, 'enterprise-info-empty.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);

    await openEditForm(page);
    // Name and USCC are shown, not edited; the name leads to 实名信息同步 in the user centre.
    expect(await textbox(page, '企业名称').getAttribute('readonly')).not.toBeNull();
    expect(await textbox(page, '统一社会信用代码').inputValue()).toBe(DEMO.uscc);
    await page.getByRole('link', { name: '前往用户中心进行实名信息同步' }).waitFor();

    // The cascader starts from the registered region (330106) and is changed to 滨江区 (330108).
    const province = page.getByRole('combobox', { name: '省（自治区、直辖市）' });
    const city = page.getByRole('combobox', { name: '市（地区、州、盟）' });
    const county = page.getByRole('combobox', { name: '区（县）' });
    await page.waitForFunction(() => [...document.querySelectorAll('select')].some((select) => select.value === '330106'));
    expect([await province.inputValue(), await city.inputValue(), await county.inputValue()]).toEqual(['330000', '330100', '330106']);
    await county.selectOption({ label: '滨江区' });

    // Industry by the tree: C 制造业 > 34 通用设备制造业 > 349 其他通用设备制造业 > 3492.
    await page.getByRole('button', { name: '重新选择' }).click();
    const picker = page.getByRole('dialog', { name: '选择所属行业' });
    await picker.getByRole('button', { name: '展开 C 制造业' }).click();
    await picker.getByRole('button', { name: '展开 34 通用设备制造业' }).click();
    await picker.getByRole('button', { name: '展开 349 其他通用设备制造业' }).click();
    // Only a 小类 can be chosen: the levels above have "+" and no 选择.
    expect(await picker.getByRole('button', { name: '选择 349 其他通用设备制造业' }).count()).toBe(0);
    await picker.getByRole('button', { name: '选择 3492 特殊作业机器人制造' }).click();
    await picker.waitFor({ state: 'hidden' });
    expect(await textbox(page, '具体细分领域名称').inputValue()).toBe('特殊作业机器人制造');
    await page.getByText('保存后按所选小类“特殊作业机器人制造”填写').first().waitFor();

    // And by the search box: 工业机器人 → 3491 工业机器人制造.
    await page.getByRole('button', { name: '重新选择' }).click();
    await picker.getByRole('searchbox', { name: '搜索行业' }).fill('工业机器人');
    await picker.getByRole('button', { name: '选择 3491 工业机器人制造' }).click();
    await picker.waitFor({ state: 'hidden' });

    await textbox(page, '通讯地址').fill('浙江省杭州市滨江区江南大道 100 号');
    await textbox(page, '邮编').fill('310051');
    await textbox(page, '法人代表').fill('王建国');
    await textbox(page, '法定代表人电话').fill('0571-88886666');
    await textbox(page, '法定代表人手机').fill('13800000001');
    await textbox(page, '联系人').fill('张丽');
    await textbox(page, '联系人电话').fill('');
    await textbox(page, '联系人手机').fill('13900000002');
    await textbox(page, '电子邮箱').fill('contact@xihu-zhizao.example.cn');
    await textbox(page, '传真').fill('0571-88886667');
    await page.getByLabel('注册时间').fill('2018-03-15');
    await textbox(page, '注册资本（万元）').fill('1000');
    await textbox(page, '从业人员（人）').fill('120');
    await textbox(page, '上年营业收入（万元）').fill('5000');
    await textbox(page, '上年资产总额（万元）').fill('8000');
    await page.screenshot({ path: join(screenshots, 'enterprise-edit.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '保存', exact: true }).click();

    // Back on the view with the new values and the size class the server computed.
    await page.getByText('企业信息已保存，以下为最新信息。').waitFor();
    expect(new URL(page.url()).pathname).toBe('/enterprise');
    const expectSaved = async () => {
      await cell(page, '企业注册地').getByText('浙江省 杭州市 滨江区').waitFor();
      await cell(page, '所属行业').getByText('3491 工业机器人制造').waitFor();
      await cell(page, '具体细分领域名称').getByText('工业机器人制造').waitFor();
      expect(await cell(page, '通讯地址').textContent()).toBe('浙江省杭州市滨江区江南大道 100 号');
      expect(await cell(page, '邮编').textContent()).toBe('310051');
      expect(await cell(page, '法定代表人电话').textContent()).toBe('0571-88886666');
      expect(await cell(page, '联系人手机').textContent()).toBe('13900000002');
      expect(await cell(page, '联系人电话').textContent()).toBe('未填写');
      expect(await cell(page, '电子邮箱').textContent()).toBe('contact@xihu-zhizao.example.cn');
      expect(await cell(page, '注册时间').textContent()).toBe('2018-03-15');
      expect(await cell(page, '注册资本（万元）').textContent()).toBe('1000');
      expect(await cell(page, '从业人员（人）').textContent()).toBe('120');
      expect(await cell(page, '上年营业收入（万元）').textContent()).toBe('5000');
      expect(await cell(page, '上年资产总额（万元）').textContent()).toBe('8000');
      // 工业: 120 persons is below 中型's 300, 5000 万元 reaches it: all lower limits must hold → 小型.
      expect(await currentSizeClass(page).textContent()).toBe('小型（本企业）');
    };
    await expectSaved();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: '企业信息' }).waitFor();
    await expectSaved();
    // Said once: a reload shows the data, not the "saved" notice again.
    expect(await page.getByText('企业信息已保存，以下为最新信息。').count()).toBe(0);
    await page.getByText('如何判定').click();
    await page.getByText('从业人员 120 人 ≥ 20 人（小型下限），< 300 人（中型下限）：小型').waitFor();
    await page.getByText('营业收入 5000 万元 ≥ 2000 万元（中型下限），< 40000 万元（大型下限）：中型').waitFor();
    await page.getByText(/^结论：.*划为小型$/).waitFor();
    await page.screenshot({ path: join(screenshots, 'enterprise-info.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);

    await switchLanguage(page, 'en');
    await page.getByRole('heading', { level: 1, name: 'Enterprise information' }).waitFor();
    expect(await currentSizeClass(page).textContent()).toBe('Small (this enterprise)');
    await page.getByText('Employees: 120 persons —').waitFor();
    await page.screenshot({ path: join(screenshots, 'enterprise-info-en.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit enterprise information' }).waitFor();
    await page.getByRole('button', { name: 'Choose again' }).click();
    await page.getByRole('dialog', { name: 'Choose the industry' }).getByRole('button', { name: 'Expand C 制造业' }).click();
    await page.getByRole('button', { name: 'Expand 13 农副食品加工业' }).waitFor();
    await page.screenshot({ path: join(screenshots, 'enterprise-industry-picker-en.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
    await context.close();
  });

  it('offers the manual’s menu: the items not built yet say so and lead back to 企业信息', async () => {
    const { context, page } = await signedInAsDemo();
    const menu = page.getByRole('navigation', { name: '企业信息管理' });
    expect(await menu.getByRole('link').allTextContents()).toEqual(['企业信息', '我的消息', '企业申报信息', '企业重大变更', '认证到期管理']);
    expect(await menu.getByRole('link', { name: '企业信息' }).getAttribute('aria-current')).toBe('page');
    await menu.getByRole('link', { name: '企业重大变更' }).click();
    await page.getByRole('heading', { level: 1, name: '“企业重大变更”建设中' }).waitFor();
    expect(await menu.getByRole('link', { name: '企业重大变更' }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('main').getByRole('link', { name: '查看企业信息' }).click();
    await page.getByRole('heading', { level: 1, name: '企业信息' }).waitFor();
    await context.close();
  });

  it('names each invalid field — client checks and the server’s userErrors — and keeps everything typed', async () => {
    // Everything else in the form is valid, so the server's answer is about the three fields only.
    await saveProfile(running.url, DEMO.loginName, DEMO.password);
    const { context, page } = await signedInAsDemo();
    const operations = recordOperations(page);
    await openEditForm(page);
    await page.getByRole('button', { name: '重新选择' }).waitFor();
    await textbox(page, '通讯地址').fill('保留测试：杭州市滨江区网商路 1 号');
    await textbox(page, '邮编').fill('3100');
    await textbox(page, '电子邮箱').fill('not-an-email');
    await textbox(page, '注册资本（万元）').fill('-50');
    await textbox(page, '联系人').fill('保留联系人');
    await page.getByRole('button', { name: '保存', exact: true }).click();

    await page.getByText('邮编应为6位数字，请核对后填写。').waitFor();
    await page.getByText('电子邮箱格式不正确，应类似 name@example.com，请核对。').waitFor();
    await page.getByText('不能为负数，请填写 0 或正数。').waitFor();
    expect(await textbox(page, '邮编').getAttribute('aria-invalid')).toBe('true');
    expect(await textbox(page, '电子邮箱').getAttribute('aria-invalid')).toBe('true');
    expect(await textbox(page, '注册资本（万元）').getAttribute('aria-invalid')).toBe('true');
    // The first field in trouble has the focus.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    // Nothing was sent, and nothing typed was lost.
    expect(operations).not.toContain('UpdateEnterpriseProfile');
    expect(await textbox(page, '通讯地址').inputValue()).toBe('保留测试：杭州市滨江区网商路 1 号');
    expect(await textbox(page, '邮编').inputValue()).toBe('3100');
    expect(await textbox(page, '电子邮箱').inputValue()).toBe('not-an-email');
    expect(await textbox(page, '注册资本（万元）').inputValue()).toBe('-50');
    expect(await textbox(page, '联系人').inputValue()).toBe('保留联系人');
    await page.screenshot({ path: join(screenshots, 'enterprise-edit-invalid.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);

    // The server's own checks land on their fields too: the request is altered on its way out
    // (as a client with other rules might send it), and the real answer is shown per field.
    await textbox(page, '邮编').fill('310052');
    await textbox(page, '电子邮箱').fill('office@xihu-zhizao.example.cn');
    await textbox(page, '注册资本（万元）').fill('1000');
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string; variables?: { input?: Record<string, unknown> } } | null;
      if (body?.operationName !== 'UpdateEnterpriseProfile' || !body.variables?.input) return route.fallback();
      body.variables.input = { ...body.variables.input, postcode: '31005', email: 'office@', registeredCapital: -1 };
      return route.continue({ postData: JSON.stringify(body) });
    });
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('邮编应为 6 位数字。').waitFor();
    await page.getByText('email 格式不正确，例如 name@example.com。').waitFor();
    await page.getByText('注册资本不能为负数。').waitFor();
    expect(await textbox(page, '邮编').getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/enterprise/edit');
    expect(await textbox(page, '通讯地址').inputValue()).toBe('保留测试：杭州市滨江区网商路 1 号');
    expect(await textbox(page, '联系人').inputValue()).toBe('保留联系人');
    await page.unroute('**/graphql');
    await context.close();
  });

  it('refuses a stale save from a second tab with a clear message, and keeps the typed values to copy or put back', async () => {
    await saveProfile(running.url, DEMO.loginName, DEMO.password);
    const { context, page: first } = await signedInAsDemo();
    await openEditForm(first);
    await textbox(first, '联系人').waitFor();

    // The second tab (same browser, same session) edits and saves first.
    const second = await context.newPage();
    await second.goto(at('/enterprise/edit'));
    await second.getByRole('heading', { level: 1, name: '编辑企业信息' }).waitFor();
    await textbox(second, '联系人').fill('李四');
    await second.getByRole('button', { name: '保存', exact: true }).click();
    await second.getByText('企业信息已保存，以下为最新信息。').waitFor();

    // Back to the first tab, still standing on the older version: its save is refused, nothing is lost.
    await first.bringToFront();
    await textbox(first, '联系人').fill('赵六');
    await textbox(first, '传真').fill('0571-12345678');
    await first.getByRole('button', { name: '保存', exact: true }).click();
    const conflict = first.getByRole('alert').filter({ hasText: '本次未保存' });
    await conflict.getByText('该信息已在其他页面或由他人修改并保存，为避免覆盖，本次未保存。').waitFor();
    expect(await textbox(first, '联系人').inputValue()).toBe('赵六');
    expect(await textbox(first, '传真').inputValue()).toBe('0571-12345678');
    await first.screenshot({ path: join(screenshots, 'enterprise-edit-conflict.png'), fullPage: true });
    expect(await wcagViolations(first)).toEqual([]);

    // 载入最新信息: the form shows the latest; the typed values are listed beside it.
    await conflict.getByRole('button', { name: '载入最新信息' }).click();
    const typed = first.getByRole('region', { name: '您本次填写的内容' });
    await typed.waitFor();
    expect(await textbox(first, '联系人').inputValue()).toBe('李四');
    const typedRow = (label: string) => typed.getByRole('rowheader', { name: label, exact: true }).locator('xpath=..');
    expect(await typedRow('联系人').getByRole('cell').allTextContents()).toEqual(['赵六', '李四', '用我填写的']);
    expect(await typedRow('传真').getByRole('cell').allTextContents()).toEqual(['0571-12345678', COMPLETE_PROFILE.fax, '用我填写的']);
    // Only what differs is listed.
    expect(await typed.getByRole('rowheader').allTextContents()).toEqual(['联系人', '传真']);
    await first.screenshot({ path: join(screenshots, 'enterprise-edit-typed-values.png'), fullPage: true });
    expect(await wcagViolations(first)).toEqual([]);

    // Put one value back and save on the latest version.
    await typed.getByRole('button', { name: '用我填写的“联系人”' }).click();
    expect(await textbox(first, '联系人').inputValue()).toBe('赵六');
    await first.getByRole('button', { name: '保存', exact: true }).click();
    await first.getByText('企业信息已保存，以下为最新信息。').waitFor();
    expect(await cell(first, '联系人').textContent()).toBe('赵六');
    // The fax was not put back: the latest saved value stands.
    expect(await cell(first, '传真').textContent()).toBe(COMPLETE_PROFILE.fax);
    await context.close();
  });
});

describe('企业认定查询 (recognition lookup)', () => {
  async function openLookup() {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const captchas = followCaptchas(page);
    await page.goto(at('/lookup'));
    await page.getByRole('heading', { level: 1, name: '企业认定查询' }).waitFor();
    return { context, page, captchas, image: page.getByRole('img', { name: /验证码图片/ }) };
  }

  it('answers 未认定 for the demo enterprise after refusing a wrong captcha with a new image', async () => {
    const { context, page, captchas, image } = await openLookup();
    await image.waitFor();
    await page.getByRole('listitem').filter({ hasText: '填写查询条件' }).and(page.locator('[aria-current="step"]')).waitFor();

    // The USCC is checked in the browser first, as on the register page.
    const usccInput = textbox(page, '统一社会信用代码');
    await usccInput.fill('91330106MA2H3X7Q1X');
    await usccInput.blur();
    await page.getByText('统一社会信用代码校验位不正确').waitFor();
    await usccInput.fill(DEMO.uscc);
    await textbox(page, '企业名称').fill(DEMO.name);
    await page.screenshot({ path: join(screenshots, 'lookup.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);

    // A wrong answer: refused, a new image, an empty box, and the way on said.
    const firstId = await captchas.shown(image);
    const answer = await captchaAnswer(running.url, firstId);
    const wrong = answer.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    await textbox(page, '验证码').fill(wrong);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.getByText('验证码不正确或已过期，请看新的验证码重新输入。').waitFor();
    await page.getByText('已换一张新的验证码，请输入新图片中的字符后重新查询。').waitFor();
    expect(await textbox(page, '验证码').inputValue()).toBe('');
    const secondId = await captchas.shown(image);
    expect(secondId).not.toBe(firstId);
    expect(await textbox(page, '企业名称').inputValue()).toBe(DEMO.name);

    // 换一张 gives yet another image.
    const shownBefore = await image.getAttribute('src');
    await page.getByRole('button', { name: '换一张' }).click();
    await page.waitForFunction((old) => {
      const src = document.querySelector('img[alt^="验证码图片"]')?.getAttribute('src');
      return Boolean(src) && src !== old;
    }, shownBefore);
    const thirdId = await captchas.shown(image);
    expect(thirdId).not.toBe(secondId);

    // The right answer (upper case: the answer is not case-sensitive): step 2, 未认定.
    await textbox(page, '验证码').fill((await captchaAnswer(running.url, thirdId)).toUpperCase());
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: '查询结果' }).waitFor();
    await page.getByText('未认定', { exact: true }).waitFor();
    await page.getByText(DEMO.name).waitFor();
    await page.getByText(`统一社会信用代码：${DEMO.uscc}`).waitFor();
    await page.locator('[aria-current="step"]').getByText('查看查询结果').waitFor();
    await page.screenshot({ path: join(screenshots, 'lookup-result.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);

    // 返回继续查询: step 1 again, name and code kept, a new captcha.
    await page.getByRole('button', { name: '返回继续查询' }).click();
    await image.waitFor();
    expect(await textbox(page, '企业名称').inputValue()).toBe(DEMO.name);
    expect(await textbox(page, '验证码').inputValue()).toBe('');
    await context.close();
  });

  it('says to check the name and code against the business licence when nothing matches', async () => {
    const { context, page, captchas, image } = await openLookup();
    await image.waitFor();
    await textbox(page, '企业名称').fill('杭州西湖智造科技股份有限公司');
    await textbox(page, '统一社会信用代码').fill(DEMO.uscc);
    await textbox(page, '验证码').fill(await captchaAnswer(running.url, await captchas.shown(image)));
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.getByText('未查询到相符的企业').waitFor();
    await page.getByText('请对照营业执照核对企业名称').waitFor();
    await context.close();
  });

  it('reads in English too, with no WCAG 2.1 AA violations', async () => {
    const context = await browser.newContext({ locale: 'en' });
    await context.addInitScript(() => window.localStorage.setItem('zjtx.language', 'en'));
    const page = await context.newPage();
    const captchas = followCaptchas(page);
    await page.goto(at('/lookup'));
    const image = page.getByRole('img', { name: /Captcha image/ });
    await image.waitFor();
    await page.screenshot({ path: join(screenshots, 'lookup-en.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('textbox', { name: 'Enterprise name', exact: true }).fill(DEMO.name);
    await page.getByRole('textbox', { name: 'Unified social credit code', exact: true }).fill(DEMO.uscc);
    await page.getByRole('textbox', { name: 'Captcha', exact: true }).fill(await captchaAnswer(running.url, await captchas.shown(image)));
    await page.getByRole('button', { name: 'Look up', exact: true }).click();
    await page.getByText('Not recognised', { exact: true }).waitFor();
    await page.screenshot({ path: join(screenshots, 'lookup-result-en.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
    await context.close();
  });
});
