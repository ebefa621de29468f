import { graphql, login } from '@zjtx/test-kit';
import type { Locator, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'Zjtx@2026';

/** The id of the enterprise a legal-person account acts for. */
export async function enterpriseIdOf(url: string, loginName: string): Promise<string> {
  const token = await login(url, loginName, DEMO_PASSWORD);
  const answer = await graphql<{ viewer: { enterprise: { id: string } } }>(url, '{ viewer { id enterprise { id } } }', { token });
  const id = answer.data?.viewer.enterprise.id;
  if (!id) throw new TypeError(`${loginName} has no enterprise: ${JSON.stringify(answer.errors)}`);
  return id;
}

/** An office's notice to listed enterprises, through the API as the 发送通知 page sends it. */
export async function sendNoticeThroughApi(url: string, officeLoginName: string, input: { title: string; body: string; enterpriseIds: string[] }): Promise<void> {
  const token = await login(url, officeLoginName, DEMO_PASSWORD);
  const sent = await graphql(url, 'mutation ($input: SendEnterpriseNoticeInput!) { sendEnterpriseNotice(input: $input) { userErrors { code message } } }', {
    token,
    variables: { input: { category: 'SYSTEM', ...input } },
  });
  const problems = (sent.data?.sendEnterpriseNotice as { userErrors: unknown[] } | undefined)?.userErrors ?? sent.errors;
  if (!sent.data?.sendEnterpriseNotice || (problems && problems.length > 0)) throw new TypeError(JSON.stringify(problems));
}

/** The header's 消息 link (its name carries the unread count). */
export const bell = (page: Page): Locator => page.getByRole('banner').getByRole('link', { name: /^(消息|Messages)/ });

/** The unread count the header says (its link reads "消息 3 条未读"), 0 when it names none. */
export async function badgeCount(page: Page): Promise<number> {
  const name = (await bell(page).textContent()) ?? '';
  const count = /(\d+)/.exec(name);
  return count ? Number(count[1]) : 0;
}

/**
 * Waits until the open page receives live messages: a subscription's first event can go out
 * before the gateway's upstream subscription listens, so test notices are sent (SYSTEM, to this
 * enterprise only) until one shows in 最新消息. Later notices then arrive for sure.
 */
export async function untilLive(page: Page, url: string, enterpriseId: string, attempts = 10): Promise<void> {
  const latest = page.getByRole('region', { name: '最新消息' });
  for (let attempt = 1; ; attempt += 1) {
    const title = `连接检查 ${attempt}`;
    await sendNoticeThroughApi(url, 'county330106', { title, body: '浏览器测试：确认实时消息已连通。', enterpriseIds: [enterpriseId] });
    try {
      await latest.getByRole('link', { name: title, exact: true }).waitFor({ timeout: 3_000 });
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}
