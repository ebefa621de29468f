import { graphql, login } from '@zjtx/test-kit';
import { DEMO_ENTERPRISES, DEMO_PASSWORD } from './demo/demo-data';
import { registerLegalPerson, testUscc } from './testing/accounts';
import { eventually, startTestPlatform, type TestPlatform } from './testing/test-platform';

let t: TestPlatform;
let token: string;
const [demo, ningbo] = DEMO_ENTERPRISES;

beforeAll(async () => {
  t = await startTestPlatform();
  token = await login(t.url, demo.loginName, DEMO_PASSWORD);
}, 90_000);

afterAll(() => t?.stop());

const PROFILE = /* GraphQL */ `
  query ($id: ID!) {
    enterprise(id: $id) {
      version name postcode regionCode registeredRegion { path { name } } industryCode industry { name } nicheField mainProduct
      registeredOn registeredCapital employees revenueLastYear totalAssetsLastYear editable editLockReason
      sizeClassification { sizeClass label summary industryRow findings { indicator value text } }
      recognitions { tier status }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateEnterpriseProfileInput!) {
    updateEnterpriseProfile(input: $input) { enterprise { version postcode sizeClassification { sizeClass } } userErrors { field code message } }
  }
`;

const valid = (expectedVersion: number) => ({
  enterpriseId: demo.id,
  expectedVersion,
  mailingAddress: '浙江省杭州市西湖区文三路 90 号',
  postcode: '310012',
  regionCode: '330106',
  legalRepresentative: '王建国',
  legalRepresentativePhone: '0571-87654321',
  legalRepresentativeMobile: '13800000001',
  contactName: '张丽',
  contactMobile: '13800000011',
  email: 'zhangli@example.com',
  industryCode: '3491',
  registeredOn: '2016-05-20',
  registeredCapital: 1000,
  employees: 120,
  revenueLastYear: 8500.5,
  totalAssetsLastYear: 12000,
});

const read = async () => (await graphql(t.url, PROFILE, { token, variables: { id: demo.id } })).data?.enterprise;

describe('企业基本情况', () => {
  it('saves every field, fills the niche field and product from the industry, and computes the size class with how', async () => {
    const before = await read();
    const saved = await graphql(t.url, UPDATE, { token, variables: { input: valid(before.version) } });
    expect(saved.data?.updateEnterpriseProfile.userErrors).toEqual([]);
    expect(saved.data?.updateEnterpriseProfile.enterprise).toMatchObject({ version: before.version + 1, postcode: '310012', sizeClassification: { sizeClass: 'SMALL' } });
    const after = await read();
    expect(after).toMatchObject({
      version: before.version + 1,
      postcode: '310012',
      registeredRegion: { path: [{ name: '浙江省' }, { name: '杭州市' }, { name: '西湖区' }] },
      industry: { name: '工业机器人制造' },
      nicheField: '工业机器人制造',
      registeredOn: '2016-05-20',
      registeredCapital: 1000,
      revenueLastYear: 8500.5,
      editable: true,
      editLockReason: null,
      // 工业: 120 employees (≥ 20, < 300) and revenue 8500.5 万元 (≥ 2000) → the worse band: 小型.
      sizeClassification: { sizeClass: 'SMALL', label: '小型', industryRow: '工业' },
      recognitions: [],
    });
    expect(after.mainProduct.length).toBeGreaterThan(0);
    expect(after.sizeClassification.findings.map((f: { indicator: string }) => f.indicator)).toEqual(['EMPLOYEES', 'REVENUE']);
  });

  it('the demo brings one complete profile, classed 中型 by both figures', async () => {
    const own = await login(t.url, ningbo.loginName, DEMO_PASSWORD);
    const profile = (await graphql(t.url, PROFILE, { token: own, variables: { id: ningbo.id } })).data?.enterprise;
    // 工业: 320 employees ≥ 300 and revenue 18650 万元 ≥ 2000, both below the large limits.
    expect(profile).toMatchObject({ industry: { name: '金属切削机床制造' }, employees: 320, sizeClassification: { sizeClass: 'MEDIUM', label: '中型' }, editable: true });
  });

  it('checks every field at once and saves nothing when any is wrong', async () => {
    const before = await read();
    const bad = { ...valid(before.version), postcode: '31001', email: 'not-an-email', registeredCapital: -5, industryCode: '349', regionCode: '330100', registeredOn: '2999-01-01', contactMobile: '123' };
    const result = await graphql(t.url, UPDATE, { token, variables: { input: bad } });
    const byField = Object.fromEntries((result.data?.updateEnterpriseProfile.userErrors as { field: string[]; code: string }[]).map((e) => [e.field[1], e.code]));
    expect(byField).toEqual({
      postcode: 'INVALID_POSTCODE',
      email: 'INVALID_EMAIL',
      registeredCapital: 'NEGATIVE_NUMBER',
      industryCode: 'INVALID_INDUSTRY',
      regionCode: 'INVALID_REGION',
      registeredOn: 'FUTURE_DATE',
      contactMobile: 'INVALID_MOBILE',
    });
    expect((await read()).version).toBe(before.version);
  });

  it("refuses a save from a stale form instead of overwriting, in the caller's language", async () => {
    const { version } = await read();
    expect((await graphql(t.url, UPDATE, { token, variables: { input: { ...valid(version), postcode: '310013' } } })).data?.updateEnterpriseProfile.userErrors).toEqual([]);
    const stale = await graphql(t.url, UPDATE, { token, variables: { input: { ...valid(version), postcode: '310099' } }, headers: { 'accept-language': 'en' } });
    expect(stale.data?.updateEnterpriseProfile).toMatchObject({ enterprise: null, userErrors: [{ code: 'VERSION_CONFLICT', message: expect.stringMatching(/^This profile was changed/) }] });
    expect((await read()).postcode).toBe('310013');
  });

  it("edits only the caller's own enterprise", async () => {
    const other = await graphql(t.url, UPDATE, { token, variables: { input: { ...valid(1), enterpriseId: ningbo.id } } });
    expect(other.data?.updateEnterpriseProfile.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    const office = await login(t.url, 'county330106', DEMO_PASSWORD);
    const asOffice = await graphql(t.url, UPDATE, { token: office, variables: { input: valid(1) } });
    expect(asOffice.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('tells the other subgraphs: the projections learn the new industry and size class', async () => {
    for (const schema of ['declarations', 'assessment']) {
      const row = await eventually(async () => {
        const rows = (await t.sql(`select industry_code, size_class from ${schema}.enterprise_directory where enterprise_id = '${demo.id}'`)) as { industry_code: string | null; size_class: string | null }[];
        return rows[0]?.industry_code === '3491' ? rows[0] : null;
      });
      expect(row).toEqual({ industry_code: '3491', size_class: 'SMALL' });
    }
  });

  it('says whether the basic information is complete enough to declare, and what is missing', async () => {
    const COMPLETENESS = '{ viewer { enterprise { profileCompleteness { complete missingFields } } } }';
    const filled = await graphql(t.url, COMPLETENESS, { token });
    expect(filled.data?.viewer.enterprise.profileCompleteness).toEqual({ complete: true, missingFields: [] });
    const registered = await registerLegalPerson(t.url, 'newcomer', '13944440001', testUscc('1N2P3Q4'));
    const fresh = await eventually(async () => (await graphql(t.url, COMPLETENESS, { token: registered.data?.register.accessToken })).data?.viewer?.enterprise?.profileCompleteness);
    // Legal representative, contact and contact mobile were given at registration.
    expect(fresh).toEqual({
      complete: false,
      missingFields: ['mailingAddress', 'postcode', 'legalRepresentativeMobile', 'email', 'industryCode', 'registeredOn', 'registeredCapital', 'employees', 'revenueLastYear', 'totalAssetsLastYear'],
    });
  });
});

describe('企业认定查询 and the recognition lock', () => {
  const CAPTCHA = '{ recognitionLookupCaptcha { id svg } }';
  const LOOKUP = /* GraphQL */ `
    mutation ($input: RecognitionLookupInput!) {
      recognitionLookup(input: $input) { result { enterpriseName uscc recognised recognitions { tier validUntil status } } userErrors { code field } }
    }
  `;
  const lookup = async (enterpriseName: string, uscc: string, answer?: string) => {
    const captcha = (await graphql(t.url, CAPTCHA)).data?.recognitionLookupCaptcha;
    expect(captcha.svg).toMatch(/^<svg/);
    const right = (await graphql(t.url, 'query ($id: ID!) { devCaptchaAnswer(id: $id) }', { variables: { id: captcha.id } })).data?.devCaptchaAnswer as string;
    return graphql(t.url, LOOKUP, { variables: { input: { enterpriseName, uscc, captchaId: captcha.id, captchaAnswer: answer ?? right } } });
  };

  it('refuses a wrong captcha, and a captcha is good for one try only', async () => {
    const captcha = (await graphql(t.url, CAPTCHA)).data?.recognitionLookupCaptcha;
    const right = (await graphql(t.url, 'query ($id: ID!) { devCaptchaAnswer(id: $id) }', { variables: { id: captcha.id } })).data?.devCaptchaAnswer as string;
    const attempt = (captchaAnswer: string) => graphql(t.url, LOOKUP, { variables: { input: { enterpriseName: demo.name, uscc: demo.uscc, captchaId: captcha.id, captchaAnswer } } });
    const refused = { result: null, userErrors: [{ code: 'CAPTCHA_WRONG', field: ['input', 'captchaAnswer'] }] };
    expect((await attempt('zzzz')).data?.recognitionLookup).toEqual(refused);
    // The right answer after a wrong one: the captcha is used up.
    expect((await attempt(right)).data?.recognitionLookup).toEqual(refused);
  });

  it('answers 未认定 for an enterprise without recognitions, from real data', async () => {
    const result = await lookup(demo.name, demo.uscc);
    expect(result.data?.recognitionLookup).toEqual({ result: { enterpriseName: demo.name, uscc: demo.uscc, recognised: false, recognitions: [] }, userErrors: [] });
  });

  it('finds nothing when name and code do not belong together, without saying which differs', async () => {
    const result = await lookup(ningbo.name, demo.uscc);
    expect(result.data?.recognitionLookup).toEqual({ result: null, userErrors: [] });
  });

  it('shows a recognition once granted, and the profile locks', async () => {
    await t.grantRecognition(demo.id, 'INNOVATIVE', '2026-06-01');
    const result = await lookup(demo.name, demo.uscc);
    expect(result.data?.recognitionLookup.result).toMatchObject({ recognised: true, recognitions: [{ tier: 'INNOVATIVE', validUntil: '2029-06-01', status: 'VALID' }] });
    const locked = await eventually(async () => ((await read()).editable === false ? await read() : null));
    expect(locked.editLockReason).toMatch(/信息更新/);
    const save = await graphql(t.url, UPDATE, { token, variables: { input: valid(locked.version) } });
    expect(save.data?.updateEnterpriseProfile.userErrors).toEqual([expect.objectContaining({ code: 'PROFILE_LOCKED' })]);
  });
});
