import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphql, login } from '@zjtx/test-kit';
import type { Locator, Page, Route } from 'playwright-core';
import { saveProfile } from './profile-fixtures';

export const DEMO = { id: '5f0c6a1e-3b0a-4d4e-9a51-0b6d2c1e7a01', loginName: 'demo', password: 'Zjtx@2026', name: '杭州西湖智造科技有限公司' };

/** The declaration year (Beijing): financial figures are of the two years before it. */
export const YEAR = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
const LAST = YEAR - 1;
const BEFORE = YEAR - 2;

/** A label of the form's financial section, e.g. `2025 年营业收入（万元）`. */
export const figure = (year: number, name: string) => `${year} 年${name}（万元）`;

/*
 * 专精特新中小企业认定标准（2026）, RULES.md §1.4.b — every condition the enterprise states is met:
 *   营业收入 5000 ≥ 1500 万元 · 主营业务收入占比 4600 / 5000 = 92% ≥ 80% · 资产负债率 3600 / 8000 = 45% ≤ 80%
 *   研发费用 300 and 210 ≥ 100 万元, 300 / 5000 = 6% and 210 / 4200 = 5% ≥ 3% · 细分市场 since 2019-06: ≥ 3 years
 *   3 项 Ⅰ类知识产权 applied · market position stated.
 * 中小企业 comes from the profile (COMPLETE_PROFILE: 80 staff, 3000 万元, small), 创新型 from a
 * recognition granted before the test; the development score is the platform's, pending.
 * Evidence then required: the financial statements and the IP certificates.
 */
export const FINANCIALS: [label: string, value: string][] = [
  [figure(LAST, '营业收入'), '5000'],
  [figure(LAST, '主营业务收入'), '4600'],
  [figure(LAST, '资产总额（年末）'), '8000'],
  [figure(LAST, '负债总额（年末）'), '3600'],
  [figure(LAST, '研发费用'), '300'],
  [figure(BEFORE, '营业收入'), '4200'],
  [figure(BEFORE, '主营业务收入'), '3900'],
  [figure(BEFORE, '资产总额（年末）'), '7000'],
  [figure(BEFORE, '负债总额（年末）'), '3300'],
];
/** Typed last, and the tab closed before it is saved. */
export const UNSAVED: [label: string, value: string] = [figure(BEFORE, '研发费用'), '210'];
export const OTHER_INPUTS: [label: string, value: string][] = [
  ['上年末从业人员数', '120'],
  ['上年末研发人员数', '30'],
  ['进入特定细分市场的年月', '2019-06'],
  ['实际应用并已产业化的Ⅰ类知识产权（件）', '3'],
];
export const MARKET_STATED = '主导产品在细分市场占有率较为靠前，具有一定知名度';

export const AUDIT_REPORT = '2025年度审计报告（最终版）#1.pdf';
export const IP_CERTIFICATES = '发明专利证书 ZL2021 1 0123456.7 & 软著🙂.pdf';

/** A small valid PDF: the server reads the type from the bytes. */
export const tinyPdf = (title: string) =>
  Buffer.from(`%PDF-1.4\n% ${title}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

const ELIGIBILITY = `query ($input: DeclarationEligibilityInput!) { declarationEligibility(input: $input) { conditions { key status } } }`;

/**
 * Makes the demo enterprise one that may declare 专精特新: a complete profile (so it is an SME by
 * size class) and a 创新型中小企业 recognition from today. Resolves once the declarations
 * subgraph knows both (the size class arrives by event).
 */
export async function readyForSrdi(url: string, grant: (enterpriseId: string, tier: 'INNOVATIVE', validFrom: string) => Promise<void>): Promise<void> {
  await saveProfile(url, DEMO.loginName, DEMO.password);
  await grant(DEMO.id, 'INNOVATIVE', new Date().toISOString().slice(0, 10));
  const token = await login(url, DEMO.loginName, DEMO.password);
  const deadline = Date.now() + 20_000;
  for (;;) {
    const answer = await graphql<{ declarationEligibility: { conditions: { key: string; status: string }[] } }>(url, ELIGIBILITY, {
      token,
      variables: { input: { enterpriseId: DEMO.id, tier: 'SRDI', data: {} } },
    });
    const met = new Set(answer.data?.declarationEligibility.conditions.filter((c) => c.status === 'MET').map((c) => c.key));
    if (met.has('sme') && met.has('innovative')) return;
    if (Date.now() > deadline) throw new TypeError(`demo is not ready for 专精特新: ${JSON.stringify(answer.data ?? answer.errors)}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

export const saveState = (page: Page): Locator => page.getByRole('status', { name: '保存状态' });
export const savedNow = (page: Page) => saveState(page).filter({ hasText: /^已保存 \d\d:\d\d:\d\d$/ }).waitFor();
export const textbox = (page: Page, label: string): Locator => page.getByRole('textbox', { name: label, exact: true });
export const preview = (page: Page): Locator => page.getByRole('region', { name: '实时预览' });
/** A condition's row in the preview, by its start. */
export const condition = (page: Page, text: string): Locator => preview(page).getByRole('listitem').filter({ hasText: text });
/** A computed field's row in the preview. */
export const computed = (page: Page, label: string): Locator => preview(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${label}`) }) });
export const evidenceItem = (page: Page, label: string): Locator => page.getByRole('group', { name: new RegExp(`^${label}`) });

/** Chooses files for an evidence item through its 上传文件 button, as a person does (a file on disk, or bytes). */
export async function upload(page: Page, item: string, files: { name: string; buffer: Buffer }[] | string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: `上传文件：${item}` }).click();
  await (await chooser).setFiles(typeof files === 'string' ? files : files.map((file) => ({ ...file, mimeType: 'application/pdf' })));
}

/** A 12 MB scanned-document PDF on disk (three 5 MB parts when uploaded), for resuming. */
export function largePdf(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'zjtx-e2e-')), '营业执照及资质证书（扫描件）.pdf');
  writeFileSync(path, Buffer.concat([tinyPdf('scan'), Buffer.alloc(12 * 1024 * 1024, 0x20)]));
  return path;
}

/** The GraphQL operation a routed request carries. */
export const operationOf = (route: Route): string | undefined => (route.request().postDataJSON() as { operationName?: string } | null)?.operationName;

/** The GraphQL operations a page sends, by name, as they leave (for counting saves and submissions). */
export function recordOperations(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { operationName?: string } | null;
    if (body?.operationName) sent.push(body.operationName);
  });
  return sent;
}

const CURRENT = 'query ($id: ID!) { declaration(id: $id) { version data } }';
const SAVE = 'mutation ($input: SaveDeclarationDraftInput!) { saveDeclarationDraft(input: $input) { declaration { version } userErrors { code message } } }';

/** Saves a change to the declaration as another device would, through the API. */
export async function saveElsewhere(url: string, declarationId: string, change: Record<string, unknown>): Promise<void> {
  const token = await login(url, DEMO.loginName, DEMO.password);
  const current = await graphql<{ declaration: { version: number; data: Record<string, unknown> } }>(url, CURRENT, { token, variables: { id: declarationId } });
  const declaration = current.data?.declaration;
  if (!declaration) throw new TypeError(`no declaration ${declarationId}: ${JSON.stringify(current.errors)}`);
  const saved = await graphql<{ saveDeclarationDraft: { declaration: { version: number } | null } }>(url, SAVE, {
    token,
    variables: { input: { declarationId, expectedVersion: declaration.version, data: { ...declaration.data, ...change } } },
  });
  if (!saved.data?.saveDeclarationDraft.declaration) throw new TypeError(`saving elsewhere failed: ${JSON.stringify(saved.data ?? saved.errors)}`);
}

const RETURN = 'mutation ($input: ReturnDeclarationInput!) { returnDeclaration(input: $input) { declaration { status } userErrors { code message } } }';

/** The county office (西湖区) returns a submitted version with a reason, pinning fields and evidence items. */
export async function returnByCounty(url: string, declarationId: string, input: { versionNumber: number; reason: string; fields: string[]; evidenceItems: string[] }): Promise<void> {
  const token = await login(url, 'county330106', DEMO.password);
  const answer = await graphql<{ returnDeclaration: { declaration: { status: string } | null; userErrors: unknown[] } }>(url, RETURN, { token, variables: { input: { declarationId, ...input } } });
  if (answer.data?.returnDeclaration.declaration?.status !== 'RETURNED') throw new TypeError(`the return failed: ${JSON.stringify(answer.data ?? answer.errors)}`);
}

/** Holds every autosave back until the returned function is called (then lets them go). */
export async function holdSaves(page: Page): Promise<() => Promise<void>> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/graphql', async (route) => {
    if (operationOf(route) === 'SaveDeclarationDraft') await held;
    await route.continue();
  });
  return async () => {
    release();
    await page.unroute('**/graphql');
  };
}

/** The next autosave is answered UNAUTHENTICATED (an expired session), the one after is cut off; the rest go through. Gives the count. */
export async function failTwoSaves(page: Page): Promise<() => number> {
  let saves = 0;
  await page.route('**/graphql', async (route) => {
    if (operationOf(route) !== 'SaveDeclarationDraft') return route.continue();
    saves += 1;
    if (saves === 1) return route.fulfill({ json: { errors: [{ message: '登录已过期', extensions: { code: 'UNAUTHENTICATED' } }] } });
    if (saves === 2) return route.abort('internetdisconnected');
    return route.continue();
  });
  return () => saves;
}

/** Holds the second part of a resumable upload back for good (its page is to be closed); `underWay` resolves once it was sent. */
export async function holdSecondPart(page: Page): Promise<{ underWay: Promise<void> }> {
  let parts = 0;
  let reached: () => void = () => undefined;
  const underWay = new Promise<void>((resolve) => (reached = resolve));
  await page.route('**/files/resumable/**', async (route) => {
    if (route.request().method() === 'PATCH' && ++parts > 1) return reached();
    await route.continue();
  });
  // Wrapped: an async function returning the promise itself would wait for it.
  return { underWay };
}

/** The Upload-Offset of every resumable part the page sends: where each continues. */
export function partOffsets(page: Page): number[] {
  const offsets: number[] = [];
  page.on('request', (request) => {
    if (request.method() === 'PATCH' && request.url().includes('/files/resumable/')) offsets.push(Number(request.headers()['upload-offset']));
  });
  return offsets;
}
