import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { registerLegalPerson } from './accounts-fixtures';
import { launchBrowser, wcagViolations } from './browser';
import { answered, signInByLoginName, switchLanguage } from './page-helpers';
import { enterpriseCreated, saveProfile } from './profile-fixtures';
import { startTestPlatform } from '@zjtx/platform/testing';

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

describe('the public home page (首页)', () => {
  it('renders announcements that came through the gateway, with no WCAG 2.1 AA violations', async () => {
    const page = await browser.newPage({ locale: 'zh-CN' });
    const graphqlResponses: number[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/graphql')) graphqlResponses.push(response.status());
    });

    await page.goto(running.platform.gatewayUrl);
    // Titles from the demo announcements, served by the notifications subgraph through the gateway.
    await page.getByText('关于开展2026年度专精特新"小巨人"企业培育申报工作的通知').first().waitFor({ timeout: 15_000 });
    await page.getByText('关于组织开展2026年创新型中小企业评价和专精特新中小企业认定工作的通知').first().waitFor();
    expect(graphqlResponses.length).toBeGreaterThan(0);
    expect(graphqlResponses.every((status) => status === 200)).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);

    await page.screenshot({ path: join(screenshots, 'home.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the 申报 block asks for a complete 企业基本情况 first', () => {
  const at = (path: string) => new URL(path, running.platform.gatewayUrl).toString();
  const declareBlock = (page: Page) => page.getByRole('region', { name: /^(企业申报|Declarations)$/ });
  const prompt = (page: Page) => declareBlock(page).getByRole('status');
  const DEMO_PASSWORD = 'Zjtx@2026';

  /** A new browser on the home page, signed in through 登录 (which comes back to the home page). */
  async function homeSignedIn(loginName: string, password: string) {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(at('/login?next=%2F'));
    const readiness = answered(page, 'DeclarationReadiness');
    await signInByLoginName(page, loginName, password);
    await page.getByRole('heading', { level: 1, name: '优质中小企业梯度培育' }).waitFor();
    return { context, page, readiness };
  }

  it('names every missing field to a freshly registered legal person and leads to the edit form; once the profile is saved, the prompt is gone', async () => {
    const account = await registerLegalPerson(running.url, 'e2e_prompt');
    await enterpriseCreated(running.url, account.loginName, account.password);

    // Signed out (once the session restore has said so): no prompt; 申报 shows where windows are open, and asks to sign in there.
    const visitor = await browser.newPage({ locale: 'zh-CN' });
    await visitor.goto(at('/'));
    await visitor.getByRole('banner').getByRole('link', { name: '登录', exact: true }).waitFor();
    expect(await prompt(visitor).count()).toBe(0);
    expect(await declareBlock(visitor).getByRole('link', { name: '申报创新型中小企业' }).getAttribute('href')).toBe('/declarations?tier=INNOVATIVE');
    await visitor.close();

    const { context, page } = await homeSignedIn(account.loginName, account.password);
    // Registration gives name, USCC and region only: everything a declaration needs besides is listed, in the form's order.
    await prompt(page)
      .getByText(
        '申报前请先完善企业基本信息（还缺：通讯地址、邮编、法定代表人手机、电子邮箱、所属行业、注册时间、注册资本（万元）、从业人员（人）、上年营业收入（万元）和上年资产总额（万元））',
        { exact: true },
      )
      .waitFor();
    // Signed in, the same: 企业申报 then offers the windows of the enterprise's region.
    expect(await declareBlock(page).getByRole('link', { name: '申报创新型中小企业' }).getAttribute('href')).toBe('/declarations?tier=INNOVATIVE');
    await page.screenshot({ path: join(screenshots, 'home-profile-prompt.png'), fullPage: true });
    expect(await wcagViolations(page)).toEqual([]);

    await prompt(page).getByRole('link', { name: '完善企业信息' }).click();
    await page.getByRole('heading', { level: 1, name: '编辑企业信息' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/enterprise/edit');
    await page.getByRole('textbox', { name: '通讯地址', exact: true }).waitFor();

    // Completed elsewhere (another tab, say): back on the home page, the prompt is asked again and goes.
    await saveProfile(running.url, account.loginName, account.password);
    const readiness = answered(page, 'DeclarationReadiness');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '首页' }).click();
    await readiness;
    await prompt(page).waitFor({ state: 'detached' });
    await declareBlock(page).getByRole('link', { name: '申报创新型中小企业' }).waitFor();
    await context.close();
  });

  it('tells the demo enterprise what it still lacks, in English too; demo3302, whose profile is complete, is not prompted', async () => {
    const demo = await homeSignedIn('demo', DEMO_PASSWORD);
    // The demo data gives the industry (3491), so 所属行业 is not asked for.
    await prompt(demo.page)
      .getByText(
        '申报前请先完善企业基本信息（还缺：通讯地址、邮编、法定代表人手机、电子邮箱、注册时间、注册资本（万元）、从业人员（人）、上年营业收入（万元）和上年资产总额（万元））',
        { exact: true },
      )
      .waitFor();
    await switchLanguage(demo.page, 'en');
    await prompt(demo.page)
      .getByText(
        "Complete your enterprise's basic information before declaring (still missing: Mailing address, Postcode, Legal representative's mobile, Email, Registration date, Registered capital (10k CNY), Employees, Revenue last year (10k CNY), and Total assets last year (10k CNY))",
        { exact: true },
      )
      .waitFor();
    await prompt(demo.page).getByRole('link', { name: 'Complete the information' }).waitFor();
    await demo.page.screenshot({ path: join(screenshots, 'home-profile-prompt-en.png'), fullPage: true });
    expect(await wcagViolations(demo.page)).toEqual([]);
    await demo.context.close();

    const complete = await homeSignedIn('demo3302', DEMO_PASSWORD);
    // The server's answer is that nothing is missing, and so no prompt is shown.
    const answer = (await (await complete.readiness).json()) as { data: { viewer: { enterprise: { profileCompleteness: { complete: boolean } } } } };
    expect(answer.data.viewer.enterprise.profileCompleteness.complete).toBe(true);
    await declareBlock(complete.page).getByRole('link', { name: '申报创新型中小企业' }).waitFor();
    expect(await prompt(complete.page).count()).toBe(0);
    await complete.context.close();
  });
});
