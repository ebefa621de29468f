import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, wcagViolations } from './browser';
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
