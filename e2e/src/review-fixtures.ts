import { srdiDeclarationData } from '@zjtx/platform/testing/declarations';
import { attachEvidenceFile } from '@zjtx/platform/testing/evidence';
import { graphql, login } from '@zjtx/test-kit';
import type { Locator, Page } from 'playwright-core';
import { DEMO, YEAR } from './declarations-fixtures';
import { signInByLoginName } from './page-helpers';

export const PASSWORD = 'Zjtx@2026';
export const DEMO_USCC = '91330106MA2H3X7Q1P';
export const SRDI_WINDOW_ID = 'f0000000-0000-4000-8000-000000000002';
export const SRDI_WINDOW = `浙江省${YEAR}年专精特新中小企业认定`;
export const LAST = YEAR - 1;
/** The field the county pins when returning, as the form labels it. */
export const PINNED_LABEL = `${LAST} 年研发费用`;

/** Beijing's date, `days` from today (the server's dates for the 公示 are Beijing dates). */
export const beijingDate = (days = 0): string => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** The form as declarations.test.ts types it in (the form filling itself is proven there). */
const DATA = srdiDeclarationData(LAST);

type Payload = { userErrors?: unknown[] } & Record<string, unknown>;

async function run<T extends Payload>(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const answer = await graphql<Record<string, T>>(url, query, { token, variables });
  const payload = answer.data ? Object.values(answer.data)[0] : undefined;
  if (!payload || (payload.userErrors?.length ?? 0) > 0) throw new TypeError(`${query.slice(0, 60)}…: ${JSON.stringify(payload ?? answer.errors)}`);
  return payload;
}

/** The demo enterprise declares 专精特新 through the API: created, filled in, evidence attached, submitted as version 1. */
export async function submitThroughApi(url: string): Promise<string> {
  const token = await login(url, DEMO.loginName, PASSWORD);
  const created = await run<{ declaration: { id: string; version: number } }>(url, token, 'mutation ($input: CreateDeclarationInput!) { createDeclaration(input: $input) { declaration { id version } userErrors { code message } } }', {
    input: { enterpriseId: DEMO.id, windowId: SRDI_WINDOW_ID },
  });
  const { id } = created.declaration;
  const saved = await run<{ declaration: { version: number } }>(url, token, 'mutation ($input: SaveDeclarationDraftInput!) { saveDeclarationDraft(input: $input) { declaration { version } userErrors { code message } } }', {
    input: { declarationId: id, expectedVersion: created.declaration.version, data: DATA },
  });
  for (const item of ['FINANCIAL_STATEMENTS', 'IP_CERTIFICATES']) {
    const attached = await attachEvidenceFile(url, token, id, item, { fileName: `${item === 'IP_CERTIFICATES' ? '知识产权证书' : `${LAST}年度审计报告`}.pdf`, bytes: TINY_PDF });
    if (!attached?.evidence) throw new TypeError(`attaching ${item} failed: ${JSON.stringify(attached?.userErrors)}`);
  }
  await run(url, token, 'mutation ($input: SubmitDeclarationInput!) { submitDeclaration(input: $input) { versionNumber userErrors { code message } } }', {
    input: { declarationId: id, expectedVersion: saved.declaration.version, truthfulnessDeclarationAccepted: true },
  });
  return id;
}

const TINY_PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** The daily 公示期满认定, run by the administrator through the API for a given day (the test's clock step). */
export async function runPublicityRecognitions(url: string, date: string): Promise<number> {
  const token = await login(url, 'admin', PASSWORD);
  const done = await run<{ recognised: number }>(url, token, 'mutation ($date: String) { runPublicityRecognitions(date: $date) { recognised userErrors { code message } } }', { date });
  return done.recognised;
}

/** Signs an office in on its own page of a fresh context, on the review queue. */
export async function officeOnQueue(page: Page, at: (path: string) => string, loginName: string): Promise<void> {
  await page.goto(at('/login?next=%2Foffice%2Freviews'));
  await signInByLoginName(page, loginName, PASSWORD);
  await page.getByRole('heading', { level: 1, name: '申报审核' }).waitFor();
}

export const queueTab = (page: Page, name: string): Locator => page.getByRole('tab', { name: new RegExp(`^${name}`) });
export const queueTable = (page: Page): Locator => page.getByRole('table', { name: '审核队列' });
export const queueRow = (page: Page, name: string): Locator => queueTable(page).getByRole('row').filter({ hasText: name });

/** An element's accessible description: the text of the elements its aria-describedby names. */
export async function describedBy(locator: Locator): Promise<string> {
  return locator.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}
