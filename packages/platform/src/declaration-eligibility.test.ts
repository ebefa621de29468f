import { beijingToday } from '@zjtx/domain';
import { graphql, login } from '@zjtx/test-kit';
import { DEMO_ENTERPRISES, DEMO_PASSWORD } from './demo/demo-data';
import { eventually, startTestPlatform, type TestPlatform } from './testing/test-platform';

/** The live preview of a declaration through the gateway: rules, computed fields and what the platform fills in. */
let t: TestPlatform;
const [demo, ningbo] = DEMO_ENTERPRISES;

beforeAll(async () => {
  t = await startTestPlatform();
  // declarations learns the demo's digital level and both size classes by event.
  await eventually(async () => (await t.sql(`select 1 from declarations.enterprise_digital_level where enterprise_id = '${demo.id}'`))[0]);
  await eventually(async () => (await t.sql(`select 1 from declarations.enterprise_directory where size_class is not null`))[0]);
}, 90_000);

afterAll(() => t?.stop());

const PREVIEW = /* GraphQL */ `
  query ($input: DeclarationEligibilityInput!) {
    declarationEligibility(input: $input) {
      ruleVersion ruleSet { id source } eligible
      conditions { key status awaitsPlatform }
      score { total pendingPoints passScore categories { name points pendingPoints } indicators { key points value } directPass { key status } }
      computedFields { key formula value }
      facts { year digitalLevel holdsInnovative holdsSrdi isSme developmentScore }
      problems { field code message }
    }
  }
`;
const year = (back: number) => String(Number(beijingToday().slice(0, 4)) - back);

it('scores the 2022 SRDI table as the form fills, with the digital level from the latest assessment', async () => {
  const token = await login(t.url, demo.loginName, DEMO_PASSWORD);
  const data = {
    financials: { [year(1)]: { operatingRevenue: 2000, mainBusinessRevenue: 1700, rdExpense: 120, netProfit: 170, totalAssets: 1500, totalLiabilities: 600 } },
    rdInstitution: 'CITY',
  };
  const result = await graphql(t.url, PREVIEW, { token, variables: { input: { enterpriseId: demo.id, tier: 'SRDI', ruleVersion: 'RULESET_2022_63', data } } });
  expect(result.errors).toBeUndefined();
  const preview = result.data?.declarationEligibility;
  expect(preview).toMatchObject({ ruleVersion: 'RULESET_2022_63', ruleSet: { id: 'SRDI_2022_63', source: '工信部企业〔2022〕63号 附件2' }, eligible: 'UNKNOWN', problems: [] });
  // The demo's 二级 assessment gives 3 of 5 for 数字化水平.
  expect(preview.facts).toMatchObject({ digitalLevel: 2, holdsInnovative: false, developmentScore: null });
  const indicator = (key: string) => preview.score.indicators.find((i: { key: string }) => i.key === key);
  expect(indicator('digital')).toEqual({ key: 'digital', points: 3, value: '2' });
  expect(indicator('mainShare')).toEqual({ key: 'mainShare', points: 5, value: '85%' }); // 1700 / 2000
  expect(indicator('netMargin')).toEqual({ key: 'netMargin', points: 8, value: '8.5%' }); // 170 / 2000, in the 8–10% band
  expect(indicator('debtRatio')).toEqual({ key: 'debtRatio', points: 5, value: '40%' });
  expect(indicator('rdInput')).toEqual({ key: 'rdInput', points: 6, value: '6%' }); // 120 万元 scores 2, 6% scores 6: the higher counts
  expect(preview.conditions.find((c: { key: string }) => c.key === 'rd').status).toBe('MET');
  expect(preview.computedFields.find((f: { key: string }) => f.key === 'rdRatio')).toEqual({ key: 'rdRatio', formula: '上年度研发费用 ÷ 上年度营业收入 × 100%', value: 6 });
});

it('under the 2026 measures: conditions only, the platform\'s facts, and refused inputs reported without losing the rest', async () => {
  const token = await login(t.url, ningbo.loginName, DEMO_PASSWORD);
  const data = { financials: { [year(1)]: { operatingRevenue: 18650, mainBusinessRevenue: 17000, totalAssets: 22400, totalLiabilities: 9000 } }, employees: -3, nicheMarketSince: '2012-13' };
  const result = await graphql(t.url, PREVIEW, { token, variables: { input: { enterpriseId: ningbo.id, tier: 'SRDI', ruleVersion: 'RULESET_2026_2', data } } });
  const preview = result.data?.declarationEligibility;
  expect(preview.score).toBeNull();
  expect(preview.facts).toMatchObject({ holdsInnovative: false, isSme: true, digitalLevel: null });
  const status = (key: string) => preview.conditions.find((c: { key: string }) => c.key === key).status;
  expect([status('sme'), status('innovative'), status('revenue'), status('mainShare'), status('debt'), status('niche')]).toEqual(['MET', 'NOT_MET', 'MET', 'MET', 'MET', 'UNKNOWN']);
  expect(preview.eligible).toBe('NOT_MET');
  // The development score is the platform's to supply: the form says so instead of asking for it.
  expect(preview.conditions.filter((c: { awaitsPlatform: boolean }) => c.awaitsPlatform).map((c: { key: string }) => c.key)).toEqual(['development']);
  // Only the computed fields these rules (and the development scorer) read, not every metric.
  const computed = preview.computedFields.map((f: { key: string }) => f.key);
  expect(computed).toEqual(expect.arrayContaining(['operatingRevenue', 'mainBusinessShare', 'debtRatio', 'rdRatio', 'nicheYears']));
  expect(computed).not.toContain('netMargin');
  expect(computed).not.toContain('equityFinancing3');
  expect(preview.problems.map((p: { field: string[] }) => p.field.join('.'))).toEqual(['input.data.employees', 'input.data.nicheMarketSince']);
});

it('is for the enterprise itself and the offices over it', async () => {
  const other = await login(t.url, ningbo.loginName, DEMO_PASSWORD);
  const input = { enterpriseId: demo.id, tier: 'INNOVATIVE', data: {} };
  expect((await graphql(t.url, PREVIEW, { token: other, variables: { input } })).data?.declarationEligibility).toBeNull();
  const county = await login(t.url, 'county330106', DEMO_PASSWORD);
  expect((await graphql(t.url, PREVIEW, { token: county, variables: { input } })).data?.declarationEligibility.ruleSet.id).toBe('INNOVATIVE_2022_63');
});
