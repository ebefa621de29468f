import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { graphql } from '@zjtx/test-kit';
import type { Browser, Page } from 'playwright-core';
import { PASSWORD, newPhone, newUscc, registerLegalPerson } from './accounts-fixtures';
import { launchBrowser, wcagViolations } from './browser';
import { startTestPlatform } from '@zjtx/platform/testing';
import { codeSentDuring } from './sms-outbox';

let browser: Browser;
let running: Awaited<ReturnType<typeof startTestPlatform>>;
let graphqlUrl: string;
const screenshots = join(__dirname, '..', 'screenshots');

beforeAll(async () => {
  running = await startTestPlatform();
  graphqlUrl = `${running.platform.gatewayUrl}graphql`;
  browser = await launchBrowser();
  mkdirSync(screenshots, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await running?.stop();
});

/**
 * A fresh browser context per test: its own cookies, so sessions never leak between tests.
 * With `fakeClock` the page's clock can be moved forward (time still flows by itself).
 */
async function openPage(path: string, options: { fakeClock?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  if (options.fakeClock) await page.clock.install();
  await page.goto(new URL(path, running.platform.gatewayUrl).toString());
  return page;
}

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

const url = (page: Page) => new URL(page.url());

async function signIn(page: Page, tab: '登录名登录' | '统一社会信用代码登录', identifier: string, password: string): Promise<void> {
  await page.getByRole('tab', { name: tab }).click();
  const panel = page.getByRole('tabpanel', { name: tab });
  await panel.getByRole('textbox', { name: tab === '登录名登录' ? '登录名' : '统一社会信用代码' }).fill(identifier);
  await panel.getByRole('textbox', { name: '密码', exact: true }).fill(password);
  await panel.getByRole('button', { name: '登录', exact: true }).click();
}

describe('注册 and 登录', () => {
  it('registers a legal person with an SMS code, signs out, signs in with the USCC and sees the user centre', async () => {
    const page = await openPage('/register');
    const uscc = newUscc();
    const phone = newPhone();
    await page.getByRole('heading', { level: 1, name: '用户注册' }).waitFor();
    // The password rules are stated before anyone types.
    await page.getByText('密码长度为 8–64 位').waitFor();

    // The USCC check character is verified in the browser, and the problem named.
    const usccInput = page.getByRole('textbox', { name: '统一社会信用代码', exact: true });
    await usccInput.fill(`${uscc.slice(0, 17)}${uscc.endsWith('0') ? '1' : '0'}`);
    await usccInput.blur();
    await page.getByText('统一社会信用代码校验位不正确').waitFor();
    await usccInput.fill(uscc);

    await page.getByRole('textbox', { name: '企业名称', exact: true }).fill('杭州测试注册科技有限公司');
    await page.getByRole('textbox', { name: '法定代表人', exact: true }).fill('赵注册');
    await page.getByRole('textbox', { name: '联系人姓名', exact: true }).fill('钱联系');
    await page.getByRole('textbox', { name: '登录名', exact: true }).fill('e2e_register');
    await page.getByRole('textbox', { name: '密码', exact: true }).fill(PASSWORD);
    await page.getByRole('textbox', { name: '确认密码', exact: true }).fill(PASSWORD);
    await page.getByRole('textbox', { name: '手机号', exact: true }).fill(phone);
    const code = await codeSentDuring(graphqlUrl, phone, () => page.getByRole('button', { name: '获取验证码' }).click());
    await page.getByText('验证码已发送').waitFor();
    await page.getByRole('textbox', { name: '短信验证码', exact: true }).fill(code);
    await page.getByRole('button', { name: '注册', exact: true }).click();

    // Registered and signed in: the user centre of the new legal-person account.
    await page.getByRole('heading', { level: 1, name: '用户中心' }).waitFor();
    expect(url(page).pathname).toBe('/user-centre');
    await page.getByText(uscc).waitFor();
    await page.getByText('法人账号', { exact: true }).waitFor();
    await page.getByText('未实名认证', { exact: true }).waitFor();
    await page.getByText(`${phone.slice(0, 3)}****${phone.slice(-4)}`).waitFor();
    await page.screenshot({ path: join(screenshots, 'user-centre.png'), fullPage: true });

    // The session survives a reload: restored from the httpOnly refresh cookie, not from storage.
    await page.reload();
    await page.getByText(uscc).waitFor();
    expect(await page.evaluate(() => Object.keys(window.localStorage).filter((key) => /token|session/i.test(key)))).toEqual([]);

    await page.getByRole('button', { name: /钱联系/ }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    const header = page.getByRole('banner');
    await header.getByRole('link', { name: '登录', exact: true }).waitFor();
    expect(url(page).pathname).toBe('/');

    await header.getByRole('link', { name: '登录', exact: true }).click();
    await signIn(page, '统一社会信用代码登录', uscc, PASSWORD);
    await page.getByRole('heading', { level: 1, name: '用户中心' }).waitFor();
    await page.getByText('e2e_register').waitFor();
    await page.context().close();
  });

  it('names the recovery steps, as links, when the USCC is already registered', async () => {
    const existing = await registerLegalPerson(graphqlUrl, 'e2e_taken');
    const page = await openPage('/register');
    const phone = newPhone();
    await page.getByRole('textbox', { name: '统一社会信用代码', exact: true }).fill(existing.uscc);
    await page.getByRole('textbox', { name: '企业名称', exact: true }).fill('重复注册测试有限公司');
    await page.getByRole('textbox', { name: '法定代表人', exact: true }).fill('孙重复');
    await page.getByRole('textbox', { name: '联系人姓名', exact: true }).fill('李重复');
    await page.getByRole('textbox', { name: '登录名', exact: true }).fill('e2e_taken_again');
    await page.getByRole('textbox', { name: '密码', exact: true }).fill(PASSWORD);
    await page.getByRole('textbox', { name: '确认密码', exact: true }).fill(PASSWORD);
    await page.getByRole('textbox', { name: '手机号', exact: true }).fill(phone);
    const code = await codeSentDuring(graphqlUrl, phone, () => page.getByRole('button', { name: '获取验证码' }).click());
    await page.getByRole('textbox', { name: '短信验证码', exact: true }).fill(code);
    await page.getByRole('button', { name: '注册', exact: true }).click();

    const recovery = page.getByRole('alert').filter({ hasText: '统一社会信用代码已存在' });
    await recovery.waitFor();
    await recovery.getByRole('link', { name: '忘记密码' }).waitFor();
    await recovery.getByRole('link', { name: '手机号修改（人工核验）' }).waitFor();
    await page.screenshot({ path: join(screenshots, 'register-uscc-taken.png'), fullPage: true });

    await recovery.getByRole('link', { name: '用统一社会信用代码登录' }).click();
    expect(url(page).pathname).toBe('/login');
    const panel = page.getByRole('tabpanel', { name: '统一社会信用代码登录' });
    expect(await panel.getByRole('textbox', { name: '统一社会信用代码', exact: true }).inputValue()).toBe(existing.uscc);
    await panel.getByRole('textbox', { name: '密码', exact: true }).fill(existing.password);
    await panel.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '用户中心' }).waitFor();
    await page.context().close();
  });

  it('locks the account after repeated wrong passwords and says until when, with the way to 忘记密码', async () => {
    const account = await registerLegalPerson(graphqlUrl, 'e2e_lockout');
    const page = await openPage('/login');
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      const answered = page.waitForResponse((response) => response.url().endsWith('/graphql') && response.request().postData()?.includes('Login') === true);
      await signIn(page, '登录名登录', account.loginName, `Wrong@pass${attempt}`);
      await answered;
    }
    const locked = page.getByRole('alert').filter({ hasText: '账号已锁定' });
    await locked.waitFor();
    expect(await locked.textContent()).toMatch(/请于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 后再试/);
    await page.screenshot({ path: join(screenshots, 'login-locked.png'), fullPage: true });

    // Even the right password is refused while the lock lasts.
    await signIn(page, '登录名登录', account.loginName, account.password);
    await locked.waitFor();
    expect(url(page).pathname).toBe('/login');

    await locked.getByRole('link', { name: '忘记密码' }).click();
    await page.getByRole('heading', { level: 1, name: '忘记密码' }).waitFor();
    await page.context().close();
  });
});

describe('忘记密码 and 手机号修改', () => {
  it('resets a forgotten password with a code to the bound phone, then signs in with the new one', async () => {
    const account = await registerLegalPerson(graphqlUrl, 'e2e_forgot');
    const page = await openPage('/login');
    await page.getByRole('link', { name: '忘记密码' }).click();
    await page.getByRole('textbox', { name: '登录名', exact: true }).fill(account.loginName);
    await page.getByRole('textbox', { name: '绑定手机号', exact: true }).fill(account.phone);
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByText('如账号信息与绑定手机号相符，验证码已发送至绑定手机号').waitFor();
    // Read the code the way a demo user does: on the 开发短信箱 page, opened in a new tab.
    const [outbox] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: /打开开发短信箱/ }).click()]);
    const message = outbox.getByRole('listitem').filter({ hasText: '用于重置密码' }).first();
    await message.waitFor();
    const code = (await message.textContent())?.match(/验证码\s*(\d{6})/)?.[1] ?? '';
    expect(code).toMatch(/^\d{6}$/);
    await outbox.screenshot({ path: join(screenshots, 'dev-sms.png'), fullPage: true });
    await outbox.close();
    await page.getByRole('textbox', { name: '短信验证码', exact: true }).fill(code);
    const newPassword = 'New#Pass2026';
    await page.getByRole('textbox', { name: '新密码', exact: true }).fill(newPassword);
    await page.getByRole('textbox', { name: '确认新密码', exact: true }).fill(newPassword);
    await page.getByRole('button', { name: '重置密码' }).click();
    await page.getByText('密码已重置').waitFor();

    await page.getByRole('link', { name: '去登录' }).click();
    const panel = page.getByRole('tabpanel', { name: '登录名登录' });
    expect(await panel.getByRole('textbox', { name: '登录名', exact: true }).inputValue()).toBe(account.loginName);
    // The old password no longer works; the new one does.
    await signIn(page, '登录名登录', account.loginName, account.password);
    await panel.getByText('登录名或密码不正确').waitFor();
    await signIn(page, '登录名登录', account.loginName, newPassword);
    await page.getByRole('heading', { level: 1, name: '用户中心' }).waitFor();
    await page.context().close();
  });

  it('changes the bound phone by 手机核验 with codes to the old and the new phone', async () => {
    const account = await registerLegalPerson(graphqlUrl, 'e2e_phone');
    const page = await openPage('/login');
    await page.getByRole('link', { name: '手机号修改' }).click();
    await page.getByRole('tab', { name: '手机核验', selected: true }).waitFor();
    const panel = page.getByRole('tabpanel', { name: '手机核验' });
    await panel.getByRole('textbox', { name: '登录名', exact: true }).fill(account.loginName);
    const sendButtons = panel.getByRole('button', { name: '获取验证码' });
    const oldCode = await codeSentDuring(graphqlUrl, account.phone, () => sendButtons.first().click());
    await panel.getByRole('textbox', { name: '原绑定手机号收到的验证码', exact: true }).fill(oldCode);
    const phone = newPhone();
    await panel.getByRole('textbox', { name: '新手机号', exact: true }).fill(phone);
    const newCode = await codeSentDuring(graphqlUrl, phone, () => panel.getByRole('button', { name: '获取验证码' }).last().click());
    await panel.getByRole('textbox', { name: '新手机号收到的验证码', exact: true }).fill(newCode);
    await page.screenshot({ path: join(screenshots, 'change-phone.png'), fullPage: true });
    await panel.getByRole('button', { name: '确认修改' }).click();
    await page.getByText('手机号已修改').waitFor();

    // The user centre now shows the new number.
    await page.goto(new URL('/login', running.platform.gatewayUrl).toString());
    await signIn(page, '登录名登录', account.loginName, account.password);
    await page.getByText(`${phone.slice(0, 3)}****${phone.slice(-4)}`).waitFor();
    await page.context().close();
  });
});

// A 1×1 PNG: the platform checks the bytes, not just the declared type.
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

describe('人工核验', () => {
  it('files a manual verification with an uploaded document; the administrator views it and approves; the new phone is told', async () => {
    const account = await registerLegalPerson(graphqlUrl, 'e2e_manual');
    const page = await openPage('/login');
    await page.getByRole('link', { name: '手机号修改' }).click();
    await page.getByRole('tab', { name: '人工核验' }).click();
    const panel = page.getByRole('tabpanel', { name: '人工核验' });
    // What may be uploaded is said before choosing.
    await panel.getByText('支持 PDF、JPG、PNG 格式，单个文件不超过 10.0 MB，最多 5 个文件。').waitFor();
    await panel.getByRole('textbox', { name: '登录名', exact: true }).fill(account.loginName);
    await panel.getByRole('textbox', { name: '企业名称', exact: true }).fill(`浙江测试${account.loginName}科技有限公司`);
    await panel.getByRole('textbox', { name: '联系人姓名', exact: true }).fill('周核验');
    const phone = newPhone();
    await panel.getByRole('textbox', { name: '新手机号', exact: true }).fill(phone);
    const code = await codeSentDuring(graphqlUrl, phone, () => panel.getByRole('button', { name: '获取验证码' }).click());
    await panel.getByRole('textbox', { name: '新手机号收到的验证码', exact: true }).fill(code);

    // Submitting without documents says what is missing.
    await panel.getByRole('button', { name: '提交人工核验' }).click();
    await panel.getByText('请至少上传一份证明材料。').waitFor();

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), panel.getByRole('button', { name: '选择文件' }).click()]);
    await chooser.setFiles({ name: '营业执照 副本.png', mimeType: 'image/png', buffer: TINY_PNG });
    await panel.getByText('已上传').waitFor();
    expect(await panel.getByRole('progressbar', { name: '营业执照 副本.png的上传进度' }).getAttribute('aria-valuenow')).toBe('100');
    await page.screenshot({ path: join(screenshots, 'manual-verification.png'), fullPage: true });
    await panel.getByRole('button', { name: '提交人工核验' }).click();
    await page.getByText('人工核验申请已提交').waitFor();
    await page.getByText(`${phone.slice(0, 3)}****${phone.slice(-4)}`).waitFor();
    await page.context().close();

    const admin = await openPage('/login');
    await signIn(admin, '登录名登录', 'admin', 'Zjtx@2026');
    await admin.getByRole('banner').getByRole('button', { name: /平台管理员/ }).click();
    await admin.getByRole('menuitem', { name: '人工核验审核' }).click();
    const request = admin.getByRole('article').filter({ hasText: `浙江测试${account.loginName}科技有限公司` });
    await request.waitFor();
    await request.getByText('待审核').waitFor();
    const document = request.getByRole('link', { name: /营业执照 副本\.png/ });
    const download = await admin.request.get(new URL((await document.getAttribute('href')) ?? '', running.platform.gatewayUrl).toString());
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(TINY_PNG)).toBe(true);

    // A rejection needs a reason, which the applicant will read.
    await request.getByRole('button', { name: '驳回' }).click();
    const rejectDialog = admin.getByRole('dialog', { name: '驳回人工核验' });
    await rejectDialog.getByRole('button', { name: '驳回' }).click();
    await rejectDialog.getByText('驳回时请填写审核意见').waitFor();
    await rejectDialog.getByRole('button', { name: '取消' }).click();
    await rejectDialog.waitFor({ state: 'hidden' });

    await admin.screenshot({ path: join(screenshots, 'admin-manual-verifications.png'), fullPage: true });
    await request.getByRole('button', { name: '通过' }).click();
    await admin.getByRole('dialog', { name: '通过人工核验' }).getByRole('button', { name: '通过' }).click();
    // Decided: it leaves the 待审核 list and shows under 已通过.
    await request.waitFor({ state: 'detached' });
    await admin.getByRole('radiogroup', { name: '按审核状态筛选' }).getByText('已通过', { exact: true }).click();
    await admin.getByRole('article').filter({ hasText: `浙江测试${account.loginName}科技有限公司` }).getByText('已通过').waitFor();
    await admin.context().close();

    const outbox = await graphql<{ devSmsOutbox: { text: string }[] }>(graphqlUrl, 'query($phone: String!) { devSmsOutbox(phone: $phone) { text } }', { variables: { phone } });
    expect(outbox.data?.devSmsOutbox[0]?.text).toContain('人工核验已通过');
  });
});

describe('用户中心', () => {
  it('sends a visitor to sign in and back, verifies the real name after a long pause (renewing the session silently) and syncs it', async () => {
    // 杭州之江数控装备有限公司 is in the local real-name registry (subgraphs/identity/src/real-name/registry-data.ts).
    const account = await registerLegalPerson(graphqlUrl, 'e2e_realname', '91330106MA2J8K9L36');
    const page = await openPage('/user-centre', { fakeClock: true });
    await page.getByRole('heading', { level: 1, name: '请先登录' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: '登录' }).click();
    await signIn(page, '登录名登录', account.loginName, account.password);
    await page.getByRole('heading', { level: 1, name: '用户中心' }).waitFor();
    expect(url(page).pathname).toBe('/user-centre');

    await page.getByRole('button', { name: '实名认证', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '企业实名认证' });
    await dialog.getByRole('textbox', { name: '企业名称', exact: true }).fill('杭州之江数控装备公司');
    await dialog.getByRole('textbox', { name: '法定代表人姓名', exact: true }).fill('李晓东');
    await dialog.getByRole('button', { name: '提交认证' }).click();
    // The server's REAL_NAME_MISMATCH lands on the field it names.
    await dialog.getByText('企业名称与登记信息不一致').waitFor();
    expect(await dialog.getByRole('textbox', { name: '企业名称', exact: true }).getAttribute('aria-invalid')).toBe('true');

    // An hour at the desk: as far as the page knows, the 15-minute access token has expired.
    await page.clock.fastForward(60 * 60 * 1000);
    const operations = recordOperations(page);
    await dialog.getByRole('textbox', { name: '企业名称', exact: true }).fill('杭州之江数控装备有限公司');
    await dialog.getByRole('button', { name: '提交认证' }).click();
    await page.getByText('已实名认证', { exact: true }).waitFor();
    // The form was sent once, after a silent refresh, and nothing typed was lost.
    expect(operations.filter((name) => name !== 'DevSmsAvailable')).toEqual(['RefreshSession', 'VerifyRealName']);
    await page.getByText('杭州之江数控装备有限公司', { exact: true }).waitFor();

    await page.getByRole('button', { name: '实名信息同步' }).click();
    await page.getByRole('dialog', { name: '实名信息同步' }).getByRole('button', { name: '确认同步' }).click();
    await page.getByText('已同步，企业主页中的企业名称已更新。').waitFor();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.screenshot({ path: join(screenshots, 'user-centre-verified.png'), fullPage: true });
    await page.context().close();
  });

  it('refreshes once and sends the query again when the gateway answers UNAUTHENTICATED', async () => {
    const account = await registerLegalPerson(graphqlUrl, 'e2e_retry');
    const page = await openPage('/login');
    await signIn(page, '登录名登录', account.loginName, account.password);
    await page.getByRole('heading', { level: 1, name: '用户中心' }).waitFor();
    // The gateway's answer to a token that expired or was revoked in flight (HTTP 500 with the
    // error's code, as Apollo Server sends a failed context), given to the next user-centre query only.
    let refused = 0;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName !== 'UserCentrePage' || refused > 0) return route.fallback();
      refused += 1;
      return route.fulfill({
        status: 500,
        contentType: 'application/graphql-response+json',
        body: JSON.stringify({ errors: [{ message: 'Access token expired; refresh it and retry.', extensions: { code: 'UNAUTHENTICATED' } }] }),
      });
    });
    const operations = recordOperations(page);
    await page.goto(new URL('/user-centre', running.platform.gatewayUrl).toString());
    await page.getByText(account.uscc).waitFor();
    expect(refused).toBe(1);
    // Restore on load, the refused query, one refresh, the query again.
    expect(operations.filter((name) => name === 'RefreshSession' || name === 'UserCentrePage')).toEqual(['RefreshSession', 'UserCentrePage', 'RefreshSession', 'UserCentrePage']);
    await page.context().close();
  });
});

describe('accessibility of the account pages', () => {
  it.each([
    ['register', '/register', '用户注册'],
    ['login', '/login', '登录'],
    ['forgot-password', '/forgot-password', '忘记密码'],
    ['change-phone', '/change-phone?way=manual', '手机号修改'],
    ['dev-sms', '/dev/sms?phone=13800000001', '开发短信箱'],
  ])('%s has no WCAG 2.1 AA violations', async (name, path, heading) => {
    const page = await openPage(path);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    // The password policy (register) comes from the server: wait for it, so axe sees the page as users do.
    if (name === 'register' || name === 'forgot-password') await page.getByText('密码长度为').waitFor();
    if (name === 'dev-sms') await page.getByRole('list', { name: '发送到 13800000001 的短信' }).or(page.getByText('暂无短信')).waitFor();
    await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
    await page.context().close();
  });
});
