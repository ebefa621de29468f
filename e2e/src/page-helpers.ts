import type { Page, Response } from 'playwright-core';

/** On the 登录 page: signs in with 登录名登录, as a person does (the page then goes where `next` says). */
export async function signInByLoginName(page: Page, loginName: string, password: string): Promise<void> {
  await page.getByRole('tab', { name: '登录名登录' }).click();
  const panel = page.getByRole('tabpanel', { name: '登录名登录' });
  await panel.getByRole('textbox', { name: '登录名' }).fill(loginName);
  await panel.getByRole('textbox', { name: '密码', exact: true }).fill(password);
  await panel.getByRole('button', { name: '登录', exact: true }).click();
}

/** Resolves when the page has the answer to the named GraphQL operation (sent from now on). */
export function answered(page: Page, operationName: string): Promise<Response> {
  return page.waitForResponse((response) => {
    if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return false;
    const body = response.request().postDataJSON() as { operationName?: string } | null;
    return body?.operationName === operationName;
  });
}

/** Switches the interface language with the header's switch. */
export async function switchLanguage(page: Page, language: 'en' | 'zh-CN'): Promise<void> {
  // Named in the language it is in now.
  await page.getByRole('combobox', { name: /^(界面语言|Language)$/ }).selectOption(language);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}
