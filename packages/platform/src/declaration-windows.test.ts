import { beijingToday, plusDays } from '@zjtx/domain';
import { collect, graphql, login, wsClient } from '@zjtx/test-kit';
import { DEMO_ENTERPRISES, DEMO_PASSWORD } from './demo/demo-data';
import { completeAssessment } from './testing/assessments';
import { attachEvidenceFile } from './testing/evidence';
import { eventually, startTestPlatform, type TestPlatform } from './testing/test-platform';

/** 申报批次: offices open windows, the public and enterprises see them, 申报提醒 go out as they open. */
let t: TestPlatform;
const [demo, ningbo] = DEMO_ENTERPRISES;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestPlatform();
  // This file opens its own windows: the demo's batches are moved into the past, out of their way.
  await t.sql(`update declarations.declaration_window set opens_at = now() - interval '90 days', closes_at = now() - interval '60 days'`);
  for (const name of [demo.loginName, ningbo.loginName, 'county330106', 'province33', 'ministry', 'admin']) tokens[name] = await login(t.url, name, DEMO_PASSWORD);
  await eventually(async () => ((await t.sql('select count(*)::int as n from notifications.enterprise_directory'))[0] as { n: number }).n >= 2 || null);
}, 90_000);

afterAll(() => t?.stop());

const OPEN = /* GraphQL */ `
  mutation ($input: OpenDeclarationWindowInput!) {
    openDeclarationWindow(input: $input) { window { id name status ruleVersion regionCode provinceName reviewDeadlines { level date } openedByName } userErrors { field code message } }
  }
`;
const open = async (input: Record<string, unknown>, as = tokens.province33) => (await graphql(t.url, OPEN, { token: as, variables: { input } })).data?.openDeclarationWindow;
const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
const closesOn = beijingToday(new Date(Date.now() + 30 * 24 * 3600_000));
const srdi = {
  tier: 'SRDI',
  name: '浙江省2026年第三批专精特新中小企业认定',
  opensAt: hours(-1),
  closesAt: hours(30 * 24),
  reviewDeadlines: [{ level: 'COUNTY', date: plusDays(closesOn, 7) }, { level: 'CITY', date: plusDays(closesOn, 14) }, { level: 'PROVINCE', date: plusDays(closesOn, 30) }],
};
const reminders = async (token: string) =>
  (await graphql(t.url, '{ viewer { enterprise { messages(first: 20, category: DECLARATION_REMINDER) { nodes { title body } } } } }', { token })).data?.viewer.enterprise.messages.nodes as { title: string; body: string }[];

it('a provincial office opens a window for its province under the measures in force; everyone sees it, and the enterprises there are reminded once', async () => {
  const opened = await open(srdi);
  expect(opened.userErrors).toEqual([]);
  expect(opened.window).toMatchObject({ status: 'OPEN', ruleVersion: beijingToday() >= '2026-04-01' ? 'RULESET_2026_2' : 'RULESET_2022_63', regionCode: '330000', provinceName: '浙江省', openedByName: '浙江省经济和信息化厅' });
  expect(opened.window.reviewDeadlines.map((d: { level: string }) => d.level)).toEqual(['COUNTY', 'CITY', 'PROVINCE']);

  const listed = await graphql(t.url, '{ zhejiang: declarationWindows(tier: SRDI, provinceCode: "330000") { totalCount nodes { name } } guangdong: declarationWindows(provinceCode: "440000") { totalCount } }');
  expect(listed.data).toEqual({ zhejiang: { totalCount: 1, nodes: [{ name: srdi.name }] }, guangdong: { totalCount: 0 } });
  const own = await graphql(t.url, '{ viewer { enterprise { declarationWindows { name status } } } }', { token: tokens.demo });
  expect(own.data?.viewer.enterprise.declarationWindows).toEqual([{ name: srdi.name, status: 'OPEN' }]);

  for (const token of [tokens.demo!, tokens.demo3302!]) {
    const found = await eventually(async () => (await reminders(token)).filter((m) => m.title === `${srdi.name}已开始申报`).at(0));
    expect(found.body).toContain('“专精特新中小企业”');
  }
  // The daily run the same day finds the window again and sends nothing more.
  await graphql(t.url, 'mutation { runDailyReminders(input: {}) { sent } }', { token: tokens.admin });
  expect((await reminders(tokens.demo!)).filter((m) => m.title === `${srdi.name}已开始申报`)).toHaveLength(1);
});

it('refuses what the measures do not allow, saying why', async () => {
  const code = async (input: Record<string, unknown>, as?: string) => (await open(input, as)).userErrors.map((e: { code: string }) => e.code);
  expect(await code(srdi, tokens.county330106)).toEqual(['LEVEL_NOT_ALLOWED']);
  expect(await code({ ...srdi, tier: 'LITTLE_GIANT' })).toEqual(['LEVEL_NOT_ALLOWED']);
  expect(await code({ ...srdi, name: '重叠批次' })).toEqual(['WINDOW_OVERLAPS']);
  expect(await code({ ...srdi, tier: 'INNOVATIVE', regionCode: '440100' })).toEqual(['REGION_NOT_IN_JURISDICTION']);
  expect(await code({ ...srdi, tier: 'INNOVATIVE', closesAt: srdi.opensAt })).toEqual(['CLOSES_BEFORE_OPENING']);
  expect(await code({ ...srdi, tier: 'INNOVATIVE', reviewDeadlines: [{ level: 'COUNTY', date: plusDays(closesOn, 20) }, { level: 'CITY', date: plusDays(closesOn, 10) }] })).toEqual(['DEADLINES_OUT_OF_ORDER']);
  expect(await code({ ...srdi, tier: 'INNOVATIVE', reviewDeadlines: [{ level: 'MINISTRY', date: plusDays(closesOn, 10) }] })).toEqual(['LEVEL_NOT_IN_CHAIN']);
  if (beijingToday() >= '2026-04-01') {
    const refused = (await open({ ...srdi, name: '旧标准批次', regionCode: '330100', opensAt: hours(24 * 40), closesAt: hours(24 * 50), ruleVersion: 'RULESET_2022_63' })).userErrors;
    expect(refused[0]).toMatchObject({ code: 'RULE_VERSION_NOT_IN_FORCE', field: ['input', 'ruleVersion'] });
  }
});

it('an upcoming window is announced on its opening day, to its city only; 小巨人 is national and reminds only holders of 专精特新', async () => {
  const opensAt = new Date(`${plusDays(beijingToday(), 2)}T08:00:00+08:00`);
  const upcoming = await open({ tier: 'INNOVATIVE', name: '宁波市2026年第四批创新型中小企业评价', regionCode: '330200', opensAt: opensAt.toISOString(), closesAt: new Date(opensAt.getTime() + 20 * 24 * 3600_000).toISOString() });
  expect(upcoming.window).toMatchObject({ status: 'UPCOMING', regionCode: '330200' });
  await eventually(async () => (await t.sql(`select 1 from notifications.declaration_window where window_id = '${upcoming.window.id}'`))[0]);
  const title = '宁波市2026年第四批创新型中小企业评价已开始申报';
  expect((await reminders(tokens.demo3302!)).filter((m) => m.title === title)).toHaveLength(0);
  // Nothing is announced before the window opens, even by a run for its day.
  await graphql(t.url, 'mutation ($input: RunDailyRemindersInput!) { runDailyReminders(input: $input) { sent } }', { token: tokens.admin, variables: { input: { date: plusDays(beijingToday(), 2) } } });
  expect((await reminders(tokens.demo3302!)).filter((m) => m.title === title)).toHaveLength(0);
  // Its opening day comes (the window is aged instead of waiting two days); the daily run announces it.
  await t.sql(`update notifications.declaration_window set opens_at = now() - interval '1 hour' where window_id = '${upcoming.window.id}'`);
  await graphql(t.url, 'mutation { runDailyReminders(input: {}) { sent } }', { token: tokens.admin });
  expect((await reminders(tokens.demo3302!)).filter((m) => m.title === title)).toHaveLength(1);
  expect((await reminders(tokens.demo!)).filter((m) => m.title === title)).toHaveLength(0);

  const national = await open({ tier: 'LITTLE_GIANT', name: '第九批专精特新“小巨人”企业', opensAt: hours(-1), closesAt: hours(24 * 30) }, tokens.ministry);
  expect(national.window).toMatchObject({ regionCode: '000000', provinceName: '全国' });
  await eventually(async () => (await t.sql(`select 1 from notifications.declaration_window where window_id = '${national.window.id}'`))[0]);
  await graphql(t.url, 'mutation { runDailyReminders(input: {}) { sent } }', { token: tokens.admin });
  expect((await reminders(tokens.demo!)).filter((m) => m.title.startsWith('第九批'))).toHaveLength(0);
});

describe('drafts', () => {
  const CREATE = 'mutation ($input: CreateDeclarationInput!) { createDeclaration(input: $input) { created declaration { id tier status version ruleVersion window { name } } userErrors { field code } } }';
  const SAVE = /* GraphQL */ `
    mutation ($input: SaveDeclarationDraftInput!) {
      saveDeclarationDraft(input: $input) {
        declaration { version data eligibility { eligible computedFields { key value } conditions { key status } } }
        current { version data }
        problems { field code }
        userErrors { code message }
      }
    }
  `;
  let windowId: string;
  let declarationId: string;

  it('starts once per window of its region, in the window\'s tier and rule version', async () => {
    windowId = (await graphql(t.url, '{ declarationWindows(tier: SRDI, provinceCode: "330000") { nodes { id } } }')).data?.declarationWindows.nodes[0].id;
    const input = { enterpriseId: demo.id, windowId };
    const [first, second] = [await graphql(t.url, CREATE, { token: tokens.demo, variables: { input } }), await graphql(t.url, CREATE, { token: tokens.demo, variables: { input } })];
    expect(first.data?.createDeclaration).toMatchObject({ created: true, declaration: { tier: 'SRDI', status: 'DRAFT', version: 1, window: { name: srdi.name } }, userErrors: [] });
    expect(second.data?.createDeclaration).toMatchObject({ created: false, declaration: { id: first.data?.createDeclaration.declaration.id } });
    declarationId = first.data?.createDeclaration.declaration.id;
  });

  it('saves with the version it was loaded with, computes on the server, and refuses a stale tab with the current data to merge', async () => {
    const lastYear = String(Number(beijingToday().slice(0, 4)) - 1);
    const data = { financials: { [lastYear]: { operatingRevenue: 3000, rdExpense: 120, mainBusinessRevenue: 2700 } }, employees: 'many' };
    const saved = (await graphql(t.url, SAVE, { token: tokens.demo, variables: { input: { declarationId, expectedVersion: 1, data } } })).data?.saveDeclarationDraft;
    expect(saved.userErrors).toEqual([]);
    expect(saved.problems).toEqual([{ field: ['input', 'data', 'employees'], code: 'INVALID_FIELD' }]);
    expect(saved.declaration.version).toBe(2);
    expect(saved.declaration.data).toEqual({ financials: { [lastYear]: { operatingRevenue: 3000, rdExpense: 120, mainBusinessRevenue: 2700 } } });
    expect(saved.declaration.eligibility.computedFields.find((f: { key: string }) => f.key === 'rdRatio').value).toBe(4);
    expect(saved.declaration.eligibility.conditions.find((c: { key: string }) => c.key === 'mainShare').status).toBe('MET'); // 90%

    // A second tab still holding version 1.
    const stale = (await graphql(t.url, SAVE, { token: tokens.demo, variables: { input: { declarationId, expectedVersion: 1, data: { employees: 80 } } } })).data?.saveDeclarationDraft;
    expect(stale.declaration).toBeNull();
    expect(stale.userErrors[0].code).toBe('VERSION_CONFLICT');
    expect(stale.current).toEqual({ version: 2, data: saved.declaration.data });
  });

  it('is the enterprise\'s own: another enterprise can neither save nor start in a window not for its region', async () => {
    const other = await graphql(t.url, SAVE, { token: tokens.demo3302, variables: { input: { declarationId, expectedVersion: 2, data: {} } } });
    expect(other.data?.saveDeclarationDraft.userErrors[0].code).toBe('NOT_FOUND');
    const hangzhouOnly = await open({ tier: 'INNOVATIVE', name: '杭州市创新型中小企业评价（草稿测试）', regionCode: '330100', opensAt: hours(-1), closesAt: hours(24 * 10) });
    const refused = await graphql(t.url, CREATE, { token: tokens.demo3302, variables: { input: { enterpriseId: ningbo.id, windowId: hangzhouOnly.window.id } } });
    expect(refused.data?.createDeclaration.userErrors).toEqual([{ field: ['input', 'windowId'], code: 'WINDOW_NOT_AVAILABLE' }]);
  });
});

describe('submitting', () => {
  const SUBMIT = 'mutation ($input: SubmitDeclarationInput!) { submitDeclaration(input: $input) { versionNumber declaration { id status currentReviewLevel version reviewRoute } userErrors { field code message } } }';
  const submit = async (declarationId: string, expectedVersion: number, accepted = true) =>
    (await graphql(t.url, SUBMIT, { token: tokens.demo3302, variables: { input: { declarationId, expectedVersion, truthfulnessDeclarationAccepted: accepted } } })).data?.submitDeclaration;
  const save = async (declarationId: string, expectedVersion: number, data: Record<string, unknown>) =>
    (await graphql(t.url, 'mutation ($input: SaveDeclarationDraftInput!) { saveDeclarationDraft(input: $input) { declaration { version } userErrors { code } } }', { token: tokens.demo3302, variables: { input: { declarationId, expectedVersion, data } } })).data?.saveDeclarationDraft;
  const lastYear = Number(beijingToday().slice(0, 4)) - 1;
  const complete = {
    financials: {
      [lastYear]: { operatingRevenue: 18650, mainBusinessRevenue: 17000, totalAssets: 22400, totalLiabilities: 9800, rdExpense: 820, netProfit: 1500 },
      [lastYear - 1]: { operatingRevenue: 16900, mainBusinessRevenue: 15300, rdExpense: 700 },
    },
    nicheMarketSince: '2015-03',
    ip: { class1Applied: 2 },
    marketPositionStated: true,
  };
  let declarationId: string;

  it('lists what is missing, each with what it is about, and asks for the digital-level assessment first', async () => {
    const windowId = (await graphql(t.url, '{ declarationWindows(tier: SRDI, provinceCode: "330000") { nodes { id } } }')).data?.declarationWindows.nodes[0].id;
    const created = await graphql(t.url, 'mutation ($input: CreateDeclarationInput!) { createDeclaration(input: $input) { declaration { id } } }', { token: tokens.demo3302, variables: { input: { enterpriseId: ningbo.id, windowId } } });
    declarationId = created.data?.createDeclaration.declaration.id;
    const refused = await submit(declarationId, 1);
    expect(refused.declaration).toBeNull();
    const codes = refused.userErrors.map((e: { code: string; field: string[] }) => `${e.code} ${e.field.join('.')}`);
    expect(codes).toContain('ASSESSMENT_REQUIRED assessment');
    expect(codes).toContain('INCOMPLETE conditions.niche');
    expect(codes).toContain('CONDITION_NOT_MET conditions.innovative'); // not yet a 创新型中小企业
    expect(codes).not.toContain('INCOMPLETE conditions.development'); // the platform's score comes later
    expect(codes).toContain('INCOMPLETE evidence.FINANCIAL_STATEMENTS');
  });

  it('submits once, freezes version 1, routes to the county, tells the enterprise live and by message', async () => {
    await t.grantRecognition(ningbo.id, 'INNOVATIVE', plusDays(beijingToday(), -200));
    await completeAssessment(t.url, tokens.demo3302!, ningbo.id);
    await eventually(async () => (await t.sql(`select 1 from declarations.enterprise_digital_level where enterprise_id = '${ningbo.id}'`))[0]);
    const saved = await save(declarationId, 1, complete);
    expect(saved.userErrors).toEqual([]);
    // What the form declares must be proven: the statements always, the IP rights it counts.
    for (const item of ['FINANCIAL_STATEMENTS', 'IP_CERTIFICATES']) expect((await attachEvidenceFile(t.url, tokens.demo3302!, declarationId, item)).userErrors).toEqual([]);
    expect(await submit(declarationId, saved.declaration.version, false)).toMatchObject({ userErrors: [{ code: 'DECLARATION_NOT_ACCEPTED' }] });

    const client = wsClient(t.url, tokens.demo3302);
    const live = collect<{ declarationStatusChanged: { status: string; enterprise: { name: string } } }>(client, 'subscription { declarationStatusChanged { status enterprise { name } } }');
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const [first, second] = await Promise.all([submit(declarationId, saved.declaration.version), submit(declarationId, saved.declaration.version)]);
      expect(first.userErrors).toEqual([]);
      expect(first).toMatchObject({ versionNumber: 1, declaration: { status: 'SUBMITTED', currentReviewLevel: 'COUNTY', reviewRoute: ['COUNTY', 'CITY', 'PROVINCE'] } });
      expect(second).toMatchObject({ versionNumber: 1, declaration: { status: 'SUBMITTED' } });
      expect((await live.next(5_000)).data?.declarationStatusChanged).toEqual({ status: 'SUBMITTED', enterprise: { name: ningbo.name } });
    } finally {
      live.dispose();
      await client.dispose();
    }
    const { history, versions } = (await graphql(t.url, `{ declaration(id: "${declarationId}") { history { action status level actorName versionNumber } versions { number } } }`, { token: tokens.demo3302 })).data!.declaration;
    // The double submission is one step in the timeline.
    expect(history).toEqual([
      { action: 'CREATED', status: 'DRAFT', level: null, actorName: null, versionNumber: null },
      { action: 'SUBMITTED', status: 'SUBMITTED', level: 'COUNTY', actorName: null, versionNumber: 1 },
    ]);
    expect(versions).toEqual([{ number: 1 }]);
    const message = await eventually(async () => (await graphql(t.url, '{ viewer { enterprise { messages(first: 5) { nodes { title body } } } } }', { token: tokens.demo3302 })).data?.viewer.enterprise.messages.nodes.find((m: { title: string }) => m.title === '专精特新中小企业申报已提交'));
    expect(message.body).toContain('第 1 版');
    expect((await save(declarationId, 99, {})).userErrors[0].code).toBe('NOT_EDITABLE');
  });
});
