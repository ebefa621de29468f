import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestPlatform } from '@zjtx/platform/testing';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, wcagViolations } from './browser';
import { captchaAnswer, followCaptchas } from './captcha';
import { signInByLoginName, switchLanguage } from './page-helpers';

// A platform of its own: the recognition granted here would lock the demo profile that
// enterprise-profile.test.ts edits.
let browser: Browser;
let running: Awaited<ReturnType<typeof startTestPlatform>>;
const screenshots = join(__dirname, '..', 'screenshots');

const DEMO = {
  id: '5f0c6a1e-3b0a-4d4e-9a51-0b6d2c1e7a01',
  loginName: 'demo',
  password: 'Zjtx@2026',
  name: '杭州西湖智造科技有限公司',
  uscc: '91330106MA2H3X7Q1P',
};
// Recognised from today (the server's date, UTC), valid three years (RULES.md §1).
const VALID_FROM = new Date().toISOString().slice(0, 10);
const VALID_UNTIL = `${Number(VALID_FROM.slice(0, 4)) + 3}${VALID_FROM.slice(4)}`;
const LOCK_REASON = '企业已获认定，基本信息不能直接编辑；请在每年 1 月 1 日至 4 月 30 日通过【信息更新】提交变更。';

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
const statusBadges = (page: Page) => page.getByRole('group', { name: /^(认定状态|Recognition status)$/ });
// 【编辑】, whose accessible name says what it edits.
const editLink = (page: Page) => page.getByRole('main').getByRole('link', { name: /^(编辑企业基本情况|Edit the basic information)$/ });

/** Grants the demo enterprise 创新型中小企业 from today, once, for whichever test needs it first. */
let granted: Promise<void> | undefined;
const recognised = (): Promise<void> => (granted ??= running.grantRecognition(DEMO.id, 'INNOVATIVE', VALID_FROM));

/** Reloads 企业信息 until `done` holds: profile learns of a recognition by event, moments after it is granted. */
async function reloadUntil(page: Page, done: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new TypeError(`企业信息 did not change within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^(企业信息|Enterprise information)$/ }).waitFor();
    await statusBadges(page).waitFor();
  }
}

describe('a recognised enterprise (创新型中小企业 from today)', () => {
  it('企业信息 shows 已认定 with the tier, offers no 【编辑】 and says why; the edit page refuses too', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(at('/login?next=%2Fenterprise'));
    await signInByLoginName(page, DEMO.loginName, DEMO.password);
    await page.getByRole('heading', { level: 1, name: '企业信息' }).waitFor();
    // Before: 未认定, and 【编辑】 is open.
    await statusBadges(page).getByText('未认定', { exact: true }).waitFor();
    await editLink(page).waitFor();

    await recognised();
    await reloadUntil(page, async () => (await editLink(page).count()) === 0);

    expect(await statusBadges(page).locator('.mantine-Badge-root').allTextContents()).toEqual(['已认定', '创新型中小企业']);
    const locked = page.getByRole('alert').filter({ hasText: '已认定企业不可直接编辑' });
    expect(await locked.getByText(LOCK_REASON, { exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '编辑', exact: true }).count()).toBe(0);
    // The size class cannot be completed here any more, and the line does not say to 编辑.
    await page.getByText('尚未判定企业规模。', { exact: true }).waitFor();
    await page.screenshot({ path: join(screenshots, 'enterprise-info-recognised.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);

    // The edit page, opened by its address, refuses with the same reason and leads back.
    await page.goto(at('/enterprise/edit'));
    await page.getByRole('heading', { level: 1, name: '编辑企业信息' }).waitFor();
    await page.getByRole('alert').filter({ hasText: '该企业信息当前不可编辑' }).getByText(LOCK_REASON, { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '保存', exact: true }).count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    await page.getByRole('link', { name: '返回企业信息' }).click();
    await page.getByRole('heading', { level: 1, name: '企业信息' }).waitFor();

    // In English (the server's reason too, once asked again in English).
    await switchLanguage(page, 'en');
    await page.reload();
    await statusBadges(page).getByText('Recognised', { exact: true }).waitFor();
    expect(await statusBadges(page).locator('.mantine-Badge-root').allTextContents()).toEqual(['Recognised', 'Innovative SMEs']);
    await page
      .getByText('The enterprise is recognised, so its profile cannot be edited directly; submit changes through the annual information update (1 January – 30 April).', { exact: true })
      .waitFor();
    expect(await editLink(page).count()).toBe(0);
    await page.screenshot({ path: join(screenshots, 'enterprise-info-recognised-en.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
    await context.close();
  });

  it('the lookup page answers with the tier and its validity', async () => {
    await recognised();
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const captchas = followCaptchas(page);
    await page.goto(at('/lookup'));
    const image = page.getByRole('img', { name: /验证码图片/ });
    await image.waitFor();
    await page.getByRole('textbox', { name: '企业名称', exact: true }).fill(DEMO.name);
    await page.getByRole('textbox', { name: '统一社会信用代码', exact: true }).fill(DEMO.uscc);
    await page.getByRole('textbox', { name: '验证码', exact: true }).fill(await captchaAnswer(running.url, await captchas.shown(image)));
    await page.getByRole('button', { name: '查询', exact: true }).click();

    await page.getByRole('heading', { level: 2, name: '查询结果' }).waitFor();
    await page.getByText('该企业当前获得的认定称号及有效期：').waitFor();
    const recognitions = page.getByRole('list').filter({ hasText: '有效期：' }).getByRole('listitem');
    expect(await recognitions.count()).toBe(1);
    await recognitions.getByText('创新型中小企业', { exact: true }).waitFor();
    await recognitions.getByText('有效', { exact: true }).waitFor();
    expect(await recognitions.getByText(/^有效期：/).textContent()).toBe(`有效期：${VALID_FROM} 至 ${VALID_UNTIL}`);
    expect(await page.getByText('未认定', { exact: true }).count()).toBe(0);
    await page.screenshot({ path: join(screenshots, 'lookup-result-recognised.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
    await context.close();
  });
});
