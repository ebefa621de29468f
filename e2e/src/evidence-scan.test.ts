import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestPlatform } from '@zjtx/platform/testing';
import { EICAR, graphql, login, startFakeClamd, type FakeClamd } from '@zjtx/test-kit';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, wcagViolations } from './browser';
import { DEMO, evidenceItem, tinyPdf, upload } from './declarations-fixtures';
import { signInByLoginName } from './page-helpers';

// With a virus scanner configured (a stand-in speaking clamd's protocol, at the network
// boundary), an uploaded file is 查毒中 until scanned, and the open form shows the verdict
// without a reload: 安全 and downloadable, or 含病毒 with what to do.
let clamd: FakeClamd;
let running: Awaited<ReturnType<typeof startTestPlatform>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let declarationId: string;
const screenshots = join(__dirname, '..', 'screenshots');
const SRDI_WINDOW_ID = 'f0000000-0000-4000-8000-000000000002';

beforeAll(async () => {
  clamd = await startFakeClamd();
  // The services read where clamd is from their environment, as in production.
  process.env.CLAMD_HOST = '127.0.0.1';
  process.env.CLAMD_PORT = String(clamd.port);
  running = await startTestPlatform();
  browser = await launchBrowser();
  mkdirSync(screenshots, { recursive: true });
  const token = await login(running.url, DEMO.loginName, DEMO.password);
  const created = await graphql(running.url, 'mutation ($input: CreateDeclarationInput!) { createDeclaration(input: $input) { declaration { id } userErrors { code } } }', {
    token,
    variables: { input: { enterpriseId: DEMO.id, windowId: SRDI_WINDOW_ID } },
  });
  declarationId = created.data?.createDeclaration.declaration.id;
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  delete process.env.CLAMD_HOST;
  delete process.env.CLAMD_PORT;
  await context?.close();
  await browser?.close();
  await running?.stop();
  await clamd?.close();
});

const at = (path: string) => new URL(path, running.platform.gatewayUrl).toString();

it('shows each file 查毒中 until scanned, then the verdict as it comes: 安全 with 下载, or 含病毒 with what to do', async () => {
  await page.goto(at('/login'));
  await signInByLoginName(page, DEMO.loginName, DEMO.password);
  await page.getByRole('heading', { level: 1, name: '用户中心' }).waitFor();
  await page.goto(at(`/declarations/${declarationId}/edit`));
  await page.getByRole('heading', { level: 1, name: '专精特新中小企业申报表' }).waitFor();

  const statements = evidenceItem(page, '财务审计报告或财务报表');
  await upload(page, '财务审计报告或财务报表', [{ name: '2025年度审计报告.pdf', buffer: tinyPdf('audit') }]);
  const clean = statements.getByRole('listitem', { name: '2025年度审计报告.pdf' });
  await clean.getByText('安全', { exact: true }).waitFor();
  await clean.getByRole('button', { name: '下载：2025年度审计报告.pdf' }).waitFor();
  await page.getByRole('status').filter({ hasText: '2025年度审计报告.pdf 查毒完成：安全' }).waitFor({ state: 'attached' });

  const other = evidenceItem(page, '其他佐证材料');
  await upload(page, '其他佐证材料', [{ name: '病毒样本.pdf', buffer: Buffer.from(`%PDF-1.4\n${EICAR}\n%%EOF\n`) }]);
  const infected = other.getByRole('listitem', { name: '病毒样本.pdf' });
  await infected.getByText('含病毒', { exact: true }).waitFor();
  await infected.getByText('该文件未通过病毒扫描，不能使用。请删除后上传干净的文件。').waitFor();
  expect(await infected.getByRole('button', { name: /^下载/ }).count()).toBe(0);
  // Nothing was reloaded: the scanner saw both files, and the page learned each verdict live.
  expect(clamd.received).toHaveLength(2);
  expect(await wcagViolations(page)).toEqual([]);
  await page.screenshot({ path: join(screenshots, 'declaration-evidence-scanned.png'), fullPage: true });
});
