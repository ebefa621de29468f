import { beijingToday, plusDays } from '@zjtx/domain';
import { collect, graphql, login, wsClient } from '@zjtx/test-kit';
import { DEMO_ENTERPRISES, DEMO_PARTNER, DEMO_PASSWORD } from './demo/demo-data';
import { srdiDeclarationData } from './testing/declarations';
import { attachEvidenceFile } from './testing/evidence';
import { saveProfile } from './testing/profile';
import { eventually, startTestPlatform, type TestPlatform } from './testing/test-platform';

/** Review by the offices: county → city → province, a return with pinned fields, resubmission, 公示, recognition. */
let t: TestPlatform;
const [demo] = DEMO_ENTERPRISES;
const tokens: Record<string, string> = {};
const SRDI_WINDOW = 'f0000000-0000-4000-8000-000000000002';
const LAST = Number(beijingToday().slice(0, 4)) - 1;
const DATA = srdiDeclarationData(LAST);
let declarationId: string;

const q = (as: string, query: string, variables?: Record<string, unknown>) => graphql(t.url, query, { token: tokens[as], variables });
const DECISION = '{ declaration { status currentReviewLevel publicityEndsOn } repeated userErrors { field code message } }';
const approve = (as: string, versionNumber: number, extra: Record<string, unknown> = {}) =>
  q(as, `mutation ($input: ApproveDeclarationInput!) { approveDeclaration(input: $input) ${DECISION} }`, { input: { declarationId, versionNumber, ...extra } }).then((r) => r.data?.approveDeclaration);
const queue = (as: string, filter: Record<string, unknown> = {}) =>
  q(as, `query ($filter: ReviewQueueFilter) { reviewQueue(filter: $filter) { totalCount statusCounts { status count } nodes { status enterpriseName deadline overdue waitingDays region { code path { name } } declaration { id } } } }`, { filter }).then((r) => r.data?.reviewQueue);
const countOf = (answer: { statusCounts: { status: string; count: number }[] }, status: string) => answer.statusCounts.find((c) => c.status === status)!.count;
const titles = async () => ((await q('demo', '{ viewer { enterprise { messages(first: 20) { nodes { title body } } } } }')).data?.viewer.enterprise.messages.nodes ?? []) as { title: string; body: string }[];

beforeAll(async () => {
  t = await startTestPlatform();
  for (const name of ['demo', 'demo3302', 'county330106', 'city3301', 'city3302', 'province33', 'ministry', 'admin']) tokens[name] = await login(t.url, name, DEMO_PASSWORD);
  // An SME (complete profile) holding 创新型, with the demo's digital-level assessment: it may declare 专精特新.
  await saveProfile(t.url, 'demo', DEMO_PASSWORD);
  await t.grantRecognition(demo.id, 'INNOVATIVE', plusDays(beijingToday(), -30));
  await eventually(async () => (await t.sql(`select 1 from declarations.enterprise_directory where enterprise_id = '${demo.id}' and size_class is not null`))[0]);
  declarationId = (await q('demo', 'mutation ($input: CreateDeclarationInput!) { createDeclaration(input: $input) { declaration { id } } }', { input: { enterpriseId: demo.id, windowId: SRDI_WINDOW } })).data?.createDeclaration.declaration.id;
  const saved = (await q('demo', 'mutation ($input: SaveDeclarationDraftInput!) { saveDeclarationDraft(input: $input) { declaration { version } userErrors { code } } }', { input: { declarationId, expectedVersion: 1, data: DATA } })).data?.saveDeclarationDraft;
  for (const item of ['FINANCIAL_STATEMENTS', 'IP_CERTIFICATES']) await attachEvidenceFile(t.url, tokens.demo!, declarationId, item);
  const submitted = await q('demo', 'mutation ($input: SubmitDeclarationInput!) { submitDeclaration(input: $input) { versionNumber userErrors { code field } } }', {
    input: { declarationId, expectedVersion: saved.declaration.version, truthfulnessDeclarationAccepted: true },
  });
  expect(submitted.data?.submitDeclaration).toEqual({ versionNumber: 1, userErrors: [] });
}, 120_000);

afterAll(() => t?.stop());

it('waits in the county\'s queue with the batch deadline; offices above and elsewhere do not see it yet', async () => {
  const county = await queue('county330106');
  expect(county.nodes).toEqual([expect.objectContaining({ status: 'PENDING', enterpriseName: demo.name, declaration: { id: declarationId }, overdue: false, waitingDays: 0 })]);
  expect(county.nodes[0].deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // The region comes from profile through the gateway (Region is an entity), not a client query per row.
  expect(county.nodes[0].region).toEqual({ code: '330106', path: [{ name: '浙江省' }, { name: '杭州市' }, { name: '西湖区' }] });
  expect(countOf(county, 'PENDING')).toBe(1);
  for (const office of ['city3301', 'province33', 'city3302', 'ministry']) expect((await queue(office, { statuses: ['PENDING', 'FORWARDED', 'RETURNED'] })).totalCount).toBe(0);
  expect((await q('city3302', `{ reviewDeclaration(id: "${declarationId}") { id } }`)).data?.reviewDeclaration).toBeNull();
  // A draft stays the enterprise's own: the offices over it see declarations from the first submission on.
  const DEMO_DRAFT = 'd0000000-0000-4000-8000-000000000001';
  expect((await q('demo', `{ declaration(id: "${DEMO_DRAFT}") { status } }`)).data?.declaration).toEqual({ status: 'DRAFT' });
  expect((await q('county330106', `{ declaration(id: "${DEMO_DRAFT}") { status } }`)).data?.declaration).toBeNull();
  expect((await q('county330106', `{ declaration(id: "${declarationId}") { status } }`)).data?.declaration).toEqual({ status: 'SUBMITTED' });
  // Reading follows the jurisdiction (the province oversees its counties' work); deciding follows the level (above).
  expect((await q('province33', `{ enterprise(id: "${demo.id}") { declarations { id status currentReviewLevel } } }`)).data?.enterprise?.declarations).toContainEqual({ id: declarationId, status: 'SUBMITTED', currentReviewLevel: 'COUNTY' });
  expect((await q('province33', `{ reviewDeclaration(id: "${declarationId}") { id } }`)).data?.reviewDeclaration).toBeNull();
  expect((await q('city3302', `{ declaration(id: "${declarationId}") { id } }`)).data?.declaration).toBeNull();
  // A partner reads declarations only with declarations:read (the demo partner has enterprises:read alone).
  const partner = (await graphql(t.url, 'mutation ($input: PartnerTokenInput!) { partnerToken(input: $input) { accessToken scopes } }', { variables: { input: { clientId: DEMO_PARTNER.clientId, clientSecret: DEMO_PARTNER.clientSecret } } })).data?.partnerToken;
  expect(partner.scopes).toEqual(['enterprises:read']);
  expect((await graphql(t.url, `{ enterprise(id: "${demo.id}") { name declarations { id } } }`, { token: partner.accessToken })).data?.enterprise).toEqual({ name: demo.name, declarations: [] });
  expect((await queue('county330106', { search: '西湖智造' })).totalCount).toBe(1);
  expect((await queue('county330106', { search: demo.uscc })).totalCount).toBe(1);
  expect((await queue('county330106', { tier: 'INNOVATIVE' })).totalCount).toBe(0);
  // Ids that cannot exist are answered, not failed on.
  expect((await queue('county330106', { windowId: 'no-such-batch' })).totalCount).toBe(0);
});

it('the county returns it with a reason pinned to a field and an evidence item, once however often it is sent', async () => {
  const RETURN = `mutation ($input: ReturnDeclarationInput!) { returnDeclaration(input: $input) ${DECISION} }`;
  const input = { declarationId, versionNumber: 1, reason: '研发费用与审计报告不一致，请核实。', fields: [`financials.${LAST}.rdExpense`], evidenceItems: ['FINANCIAL_STATEMENTS'] };
  expect((await q('county330106', RETURN, { input: { ...input, reason: ' ' } })).data?.returnDeclaration.userErrors).toMatchObject([{ code: 'REASON_REQUIRED' }]);
  expect((await q('county330106', RETURN, { input: { ...input, fields: ['financials.1999.nothing'] } })).data?.returnDeclaration.userErrors).toMatchObject([{ code: 'UNKNOWN_FIELD' }]);
  expect((await q('city3301', RETURN, { input })).data?.returnDeclaration.userErrors).toMatchObject([{ code: 'NOT_FOUND' }]);
  const [first, second] = await Promise.all([q('county330106', RETURN, { input }), q('county330106', RETURN, { input })]);
  const answers = [first.data?.returnDeclaration, second.data?.returnDeclaration];
  expect(answers.map((a) => a.declaration.status)).toEqual(['RETURNED', 'RETURNED']);
  expect(answers.map((a) => a.repeated).sort()).toEqual([false, true]);

  const seen = (await q('demo', `{ declaration(id: "${declarationId}") { status lastReturn { reason fields evidenceItems level officeName versionNumber } history { action level actorName reason } } }`)).data?.declaration;
  expect(seen.status).toBe('RETURNED');
  expect(seen.lastReturn).toEqual({ reason: input.reason, fields: input.fields, evidenceItems: input.evidenceItems, level: 'COUNTY', officeName: '杭州市西湖区经济和信息化局', versionNumber: 1 });
  expect(seen.history.filter((h: { action: string }) => h.action === 'RETURNED')).toEqual([{ action: 'RETURNED', level: 'COUNTY', actorName: '杭州市西湖区经济和信息化局', reason: input.reason }]);
  expect(await eventually(async () => (await titles()).find((m) => m.title === '专精特新中小企业申报被退回，请修改后重新提交'))).toMatchObject({ body: expect.stringContaining(input.reason) });
  expect((await approve('county330106', 1)).userErrors).toMatchObject([{ code: 'NOT_UNDER_REVIEW' }]);
});

it('the enterprise corrects and resubmits version 2; the county sees what changed and approves it up to the city', async () => {
  // The county's open queue hears the resubmission at once; another city's does not.
  const county = wsClient(t.url, tokens.county330106);
  const ningbo = wsClient(t.url, tokens.city3302);
  const countyLive = collect<{ reviewQueueChanged: { id: string; status: string; history: { action: string }[] } }>(county, 'subscription { reviewQueueChanged { id status history { action } } }');
  const ningboLive = collect(ningbo, 'subscription { reviewQueueChanged { id } }');
  await new Promise((resolve) => setTimeout(resolve, 500));
  const current = (await q('demo', `{ declaration(id: "${declarationId}") { version } }`)).data?.declaration;
  const corrected = { ...DATA, financials: { ...DATA.financials, [LAST]: { ...DATA.financials[LAST], rdExpense: 320 } } };
  const saved = (await q('demo', 'mutation ($input: SaveDeclarationDraftInput!) { saveDeclarationDraft(input: $input) { declaration { version } userErrors { code } } }', { input: { declarationId, expectedVersion: current.version, data: corrected } })).data?.saveDeclarationDraft;

  // Until it is resubmitted the correction is the enterprise's own: the offices still see the version they returned.
  const shown = `{ declaration(id: "${declarationId}") { data pdf { fileName } } }`;
  const rdExpense = (answer: { data: { financials: Record<number, { rdExpense: number }> } }) => answer.data.financials[LAST]!.rdExpense;
  const [own, county330106, reviewed] = await Promise.all([q('demo', shown), q('county330106', shown), q('county330106', `{ reviewDeclaration(id: "${declarationId}") { data developmentScore { score } } }`)]);
  expect(rdExpense(own.data?.declaration)).toBe(320);
  expect(own.data?.declaration.pdf.fileName).toMatch(/暂存稿\.pdf$/);
  expect(rdExpense(county330106.data?.declaration)).toBe(300);
  expect(county330106.data?.declaration.pdf.fileName).toMatch(/第1版\.pdf$/);
  expect(rdExpense(reviewed.data?.reviewDeclaration)).toBe(300);
  const versionOne = (await q('county330106', `{ reviewDeclaration(id: "${declarationId}") { submittedVersion(number: 1) { data } } }`)).data?.reviewDeclaration.submittedVersion;
  expect(reviewed.data?.reviewDeclaration.data).toEqual(versionOne.data);

  const resubmitted = await q('demo', 'mutation ($input: SubmitDeclarationInput!) { submitDeclaration(input: $input) { versionNumber declaration { currentReviewLevel } userErrors { code } } }', {
    input: { declarationId, expectedVersion: saved.declaration.version, truthfulnessDeclarationAccepted: true },
  });
  expect(resubmitted.data?.submitDeclaration).toEqual({ versionNumber: 2, declaration: { currentReviewLevel: 'COUNTY' }, userErrors: [] });
  const actions = (event: { history: { action: string }[] } | undefined) => event?.history.map((entry) => entry.action);
  try {
    const arrived = (await countyLive.next(5_000)).data?.reviewQueueChanged;
    expect(arrived).toMatchObject({ id: declarationId, status: 'SUBMITTED' });
    expect(actions(arrived)).toEqual(['CREATED', 'SUBMITTED', 'RETURNED', 'RESUBMITTED']);
    await expect(ningboLive.next(1_000)).rejects.toThrow(/no subscription event/);
  } finally {
    ningboLive.dispose();
    await ningbo.dispose();
  }

  const review = (await q('county330106', `{ reviewDeclaration(id: "${declarationId}") { versions { number } versionDiff(from: 1, to: 2) { path label before after } review { level canApprove canReturn canReject isFinalLevel deadline } } }`)).data?.reviewDeclaration;
  expect(review.versions).toEqual([{ number: 1 }, { number: 2 }]);
  expect(review.versionDiff).toEqual([{ path: `financials.${LAST}.rdExpense`, label: `${LAST} 年研发费用`, before: '300 万元', after: '320 万元' }]);
  expect(review.review).toMatchObject({ level: 'COUNTY', canApprove: true, canReturn: true, canReject: true, isFinalLevel: false });

  expect((await approve('county330106', 1)).userErrors).toMatchObject([{ code: 'VERSION_CHANGED' }]);
  expect(await approve('county330106', 2, { comment: '材料齐全，同意上报。' })).toMatchObject({ declaration: { status: 'SUBMITTED', currentReviewLevel: 'CITY' }, repeated: false, userErrors: [] });
  try {
    // The same subscription's next event is read afresh: its history has the approval (no loader kept the first event's).
    expect(actions((await countyLive.next(5_000)).data?.reviewQueueChanged)).toEqual(['CREATED', 'SUBMITTED', 'RETURNED', 'RESUBMITTED', 'APPROVED']);
  } finally {
    countyLive.dispose();
    await county.dispose();
  }
  expect(countOf(await queue('county330106', { statuses: ['FORWARDED'] }), 'FORWARDED')).toBe(1);
  expect((await queue('city3301')).nodes.map((n: { declaration: { id: string } }) => n.declaration.id)).toEqual([declarationId]);
  expect((await q('city3301', `{ declaration(id: "${declarationId}") { id } }`)).data?.declaration).toEqual({ id: declarationId });
  expect((await queue('city3302', { statuses: ['PENDING', 'FORWARDED', 'RETURNED', 'PUBLICITY', 'RECOGNISED'] })).totalCount).toBe(0);
  expect((await approve('county330106', 2)).repeated).toBe(true);
});

it('the city forwards it; the province approves it into a 公示, and after the 公示 it is recognised', async () => {
  expect((await approve('city3301', 2)).declaration.currentReviewLevel).toBe('PROVINCE');
  expect((await approve('province33', 2)).userErrors).toMatchObject([{ code: 'PUBLICITY_END_REQUIRED' }]);
  expect((await approve('province33', 2, { publicityEndsOn: plusDays(beijingToday(), -1) })).userErrors).toMatchObject([{ code: 'INVALID_PUBLICITY_END' }]);
  const publicityEndsOn = plusDays(beijingToday(), 5);
  expect(await approve('province33', 2, { publicityEndsOn })).toMatchObject({ declaration: { status: 'APPROVED', publicityEndsOn }, userErrors: [] });
  expect(countOf(await queue('province33', { statuses: ['PUBLICITY'] }), 'PUBLICITY')).toBe(1);

  // Nothing happens before the 公示 ends; the day after, the recognition is granted.
  const run = (date: string) => q('admin', 'mutation ($date: String) { runPublicityRecognitions(date: $date) { recognised userErrors { code } } }', { date }).then((r) => r.data?.runPublicityRecognitions);
  expect(await run(publicityEndsOn)).toEqual({ recognised: 0, userErrors: [] });
  expect(await run(plusDays(publicityEndsOn, 1))).toEqual({ recognised: 1, userErrors: [] });
  expect(await run(plusDays(publicityEndsOn, 1))).toEqual({ recognised: 0, userErrors: [] });

  const enterprise = (await q('demo', `{ viewer { enterprise { recognitions { tier validFrom validUntil status ruleVersion batch { name } } declarations { id status history { action level } } } } }`)).data?.viewer.enterprise;
  expect(enterprise.recognitions).toContainEqual({ tier: 'SRDI', validFrom: plusDays(publicityEndsOn, 1), validUntil: expect.any(String), status: 'VALID', ruleVersion: 'RULESET_2026_2', batch: { name: expect.stringContaining('专精特新中小企业认定') } });
  const timeline = enterprise.declarations.find((d: { id: string }) => d.id === declarationId);
  expect(timeline.status).toBe('RECOGNISED');
  expect(timeline.history.map((h: { action: string; level: string | null }) => `${h.action}${h.level ? ` ${h.level}` : ''}`)).toEqual([
    'CREATED',
    'SUBMITTED COUNTY',
    'RETURNED COUNTY',
    'RESUBMITTED COUNTY',
    'APPROVED COUNTY',
    'APPROVED CITY',
    'APPROVED PROVINCE',
    'RECOGNISED PROVINCE',
  ]);
  // Each decision's message arrives by event, not necessarily in the order of the decisions: wait for all of them.
  const expected = ['专精特新中小企业申报已通过县（区）级审核', '专精特新中小企业申报已通过市级审核', '专精特新中小企业申报审核通过，进入公示', '贵企业已被认定为专精特新中小企业'];
  const messages = await eventually(async () => {
    const all = (await titles()).map((m) => m.title);
    return expected.every((title) => all.includes(title)) ? all : null;
  });
  expect(messages).toEqual(expect.arrayContaining(expected));
});

it('scores the 专精特新发展评价 at submission, the first of the year being the maximum', async () => {
  const score = (await q('province33', `{ reviewDeclaration(id: "${declarationId}") { developmentScore { score computedScore yearMaximum scorer notice indicators { key status } } } }`)).data?.reviewDeclaration.developmentScore;
  expect(score.score).toEqual(expect.any(Number));
  expect(score.score).toBeLessThanOrEqual(score.yearMaximum);
  expect(score.indicators.some((i: { status: string }) => i.status === 'NOT_COMPUTABLE')).toBe(true);
  const [row] = (await t.sql(`select maximum::float as maximum from declarations.development_score_year where enterprise_id = '${demo.id}'`)) as { maximum: number }[];
  expect(row!.maximum).toBe(score.yearMaximum);
});

it('lists the queue with the same number of SQL statements for one declaration or five (no query per item)', async () => {
  // Four more declarations waiting at the county, written directly: the subject here is the query count.
  for (let i = 1; i <= 4; i += 1) {
    const enterpriseId = `e1000000-0000-4000-8000-00000000000${i}`;
    await t.sql(`insert into declarations.enterprise_directory (enterprise_id, uscc, name, region_code, industry_code, size_class, version) values ('${enterpriseId}', '91330106MA2H3X7Q${i}X', '西湖测试企业${i}', '330106', '3491', 'SMALL', 1)`);
    await t.sql(`insert into declarations.declaration (id, enterprise_id, tier, status, current_level, submitted_at, window_id, rule_version, submitted_versions, data, version, level_entered_at, highest_level)
                 values ('d1000000-0000-4000-8000-00000000000${i}', '${enterpriseId}', 'SRDI', 'SUBMITTED', 'COUNTY', now(), '${SRDI_WINDOW}', 'RULESET_2026_2', 1, '{}', 2, now(), 0)`);
  }
  const QUERY = `query ($first: Int) { reviewQueue(first: $first, filter: { statuses: [PENDING, RECOGNISED] }) { totalCount nodes { enterpriseName declaration { id status window { name } history { action } versions { number } evidence { id } lastReturn { reason } } } } }`;
  const statements = async (first: number) => {
    const response = await fetch(t.platform.subgraphUrls.declarations!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.county330106}` },
      body: JSON.stringify({ query: QUERY, variables: { first } }),
    });
    const body = (await response.json()) as { data: { reviewQueue: { nodes: unknown[] } } };
    return { items: body.data.reviewQueue.nodes.length, queries: Number(response.headers.get('x-sql-queries')) };
  };
  const one = await statements(1);
  const five = await statements(5);
  expect([one.items, five.items]).toEqual([1, 5]);
  expect(one.queries).toBeGreaterThan(0);
  expect(five.queries).toBe(one.queries);
});

it('approves in bulk, each declaration on its own at the version the office saw, saying which could not be', async () => {
  const waiting = ['d1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000003'];
  // The rows carry the version they show; the third was resubmitted (version 2) after this page was loaded.
  const versions = new Map(((await q('county330106', '{ reviewQueue(first: 20) { nodes { versionNumber declaration { id } } } }')).data?.reviewQueue.nodes as { versionNumber: number; declaration: { id: string } }[]).map((n) => [n.declaration.id, n.versionNumber]));
  expect(waiting.map((id) => versions.get(id))).toEqual([1, 1, 1]);
  await t.sql(`update declarations.declaration set submitted_versions = 2 where id = '${waiting[2]}'`);
  const answer = (await q('county330106', 'mutation ($input: ApproveDeclarationsInput!) { approveDeclarations(input: $input) { approvedCount results { declarationId declaration { currentReviewLevel } userErrors { code } } } }', {
    input: { declarations: [...waiting, declarationId].map((id) => ({ declarationId: id, versionNumber: versions.get(id) ?? 2 })), comment: '批量通过' },
  })).data?.approveDeclarations;
  expect(answer.approvedCount).toBe(2);
  expect(answer.results).toEqual([
    { declarationId: waiting[0], declaration: { currentReviewLevel: 'CITY' }, userErrors: [] },
    { declarationId: waiting[1], declaration: { currentReviewLevel: 'CITY' }, userErrors: [] },
    { declarationId: waiting[2], declaration: null, userErrors: [{ code: 'VERSION_CHANGED' }] },
    { declarationId, declaration: null, userErrors: [{ code: 'NOT_UNDER_REVIEW' }] },
  ]);
});
