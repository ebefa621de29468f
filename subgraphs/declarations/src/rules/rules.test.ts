import type { DeclarationData, PlatformFacts } from './declaration-data';
import { evaluate, type Evaluation } from './evaluate';
import type { ProvincialIndicator, RuleSet } from './rule-set';
import { RULE_VERSIONS, ruleVersionOn } from './rulesets';
import { FACTS, steadyMainGrowth, years } from './__tests__/fixtures';

const { INNOVATIVE: INNOVATIVE_2022, SRDI: SRDI_2022, LITTLE_GIANT: LITTLE_GIANT_2022 } = RULE_VERSIONS.RULESET_2022_63;
const { SRDI: SRDI_2026, LITTLE_GIANT: LITTLE_GIANT_2026 } = RULE_VERSIONS.RULESET_2026_2;

const points = (ruleSet: RuleSet, key: string, data: DeclarationData, facts: PlatformFacts = FACTS, provincial: ProvincialIndicator[] = []) =>
  evaluate(ruleSet, data, facts, provincial).score!.indicators.find((i) => i.key === key)!.points;
const condition = (evaluation: Evaluation, key: string) => evaluation.conditions.find((c) => c.key === key)!.status;
const statusOf = (ruleSet: RuleSet, key: string, data: DeclarationData, facts: PlatformFacts = FACTS) => condition(evaluate(ruleSet, data, facts), key);

// Inputs that make one metric exactly `x` (percentages of 100).
const rdRatio = (x: number): DeclarationData => ({ financials: years({ operatingRevenue: 100, rdExpense: x }) });
const mainGrowth = (x: number): DeclarationData => ({ financials: years({ mainBusinessRevenue: 100 + x }, { mainBusinessRevenue: 100 }) });
const debtRatio = (x: number): DeclarationData => ({ financials: years({ totalAssets: 100, totalLiabilities: x }) });
const mainShare = (x: number): DeclarationData => ({ financials: years({ operatingRevenue: 100, mainBusinessRevenue: x }) });
const netMargin = (x: number): DeclarationData => ({ financials: years({ operatingRevenue: 100, netProfit: x }) });
const rdStaff = (x: number): DeclarationData => ({ employees: 100, rdStaff: x });
const rdAmount = (x: number): DeclarationData => ({ financials: years({ operatingRevenue: 1_000_000, rdExpense: x }) });
const ip = (held: Partial<Record<'class1HighValue' | 'class1SelfDeveloped' | 'class1' | 'class2', number>>): DeclarationData => ({
  ip: { class1HighValue: 0, class1SelfDeveloped: 0, class1: 0, class2: 0, ...held },
});

describe('创新型中小企业 (63号 附件1): every band edge', () => {
  it.each([[5, 20], [4.99, 15], [3, 15], [2.99, 10], [2, 10], [1.99, 5], [1, 5], [0.99, 0], [0, 0]])('R&D ratio %d%% → %d', (x, expected) => {
    expect(points(INNOVATIVE_2022, 'rdRatio', rdRatio(x))).toBe(expected);
  });
  it.each([[15, 20], [14.99, 15], [10, 15], [9.99, 10], [5, 10], [4.99, 5], [0, 5], [-0.01, 0]])('main-business growth %d%% → %d', (x, expected) => {
    expect(points(INNOVATIVE_2022, 'mainGrowth', mainGrowth(x))).toBe(expected);
  });
  it.each([[55, 10], [55.01, 5], [75, 5], [75.01, 0], [0, 10]])('debt ratio %d%% → %d', (x, expected) => {
    expect(points(INNOVATIVE_2022, 'debtRatio', debtRatio(x))).toBe(expected);
  });
  it.each([[70, 20], [69.99, 15], [60, 15], [59.99, 10], [55, 10], [54.99, 5], [50, 5], [49.99, 0]])('main-business share %d%% → %d', (x, expected) => {
    expect(points(INNOVATIVE_2022, 'mainShare', mainShare(x))).toBe(expected);
  });
  it.each([
    [{ class1HighValue: 1 }, 20],
    [{ class1SelfDeveloped: 1 }, 15],
    [{ class1: 2 }, 10],
    [{ class2: 3 }, 5],
    [{}, 0],
  ])('IP %j → %d', (held, expected) => {
    expect(points(INNOVATIVE_2022, 'ip', ip(held))).toBe(expected);
  });
  it('IP not stated yet is pending, not 0', () => {
    expect(points(INNOVATIVE_2022, 'ip', { ip: { class2: 0 } })).toBeNull();
  });
  it.each([[true, 10], [false, 5]])('strategic emerging industry %s → %d', (value, expected) => {
    expect(points(INNOVATIVE_2022, 'field', { strategicEmergingIndustry: value })).toBe(expected);
  });

  const complete = (over: Partial<DeclarationData> = {}): DeclarationData => ({
    // 创新能力 10 + 15 = 25; 成长性 10 + 10 = 20; 专业化 5 + 0 = 5 … adjusted per case below.
    ...ip({ class1: 1 }),
    financials: years({ operatingRevenue: 1000, mainBusinessRevenue: 700, rdExpense: 30, totalAssets: 1000, totalLiabilities: 500 }, { mainBusinessRevenue: 640 }),
    strategicEmergingIndustry: true,
    awards: { sciTechAwardLast3Years: false },
    innovationHonour: false,
    rdInstitution: 'NONE',
    equityFinancingLast3Years: 0,
    ...over,
  });
  it('passes at 60 with every category at its minimum or above', () => {
    // ip 10 + R&D 3% 15 = 25; growth 9.38% 10 + debt 50% 10 = 20; field 10 + share 70% 20 = 30 → 75.
    const result = evaluate(INNOVATIVE_2022, complete(), FACTS);
    expect(result.score!.categories.map((c) => [c.name, c.points])).toEqual([['创新能力', 25], ['成长性', 20], ['专业化', 30]]);
    expect(result.score!.total).toBe(75);
    expect(condition(result, 'score')).toBe('MET');
    expect(result.eligible).toBe('MET');
  });
  it('fails with 60 points or more when one category is under its minimum, unless a direct condition holds', () => {
    // 创新能力: no IP (0) + R&D 1.5% (5) = 5 < 20, total 55 … make the rest high enough: growth 20, debt 10, field 10, share 20 → 65.
    const weakInnovation = complete({ ...ip({}), financials: years({ operatingRevenue: 1000, mainBusinessRevenue: 700, rdExpense: 15, totalAssets: 1000, totalLiabilities: 500 }, { mainBusinessRevenue: 600 }) });
    const result = evaluate(INNOVATIVE_2022, weakInnovation, FACTS);
    expect(result.score!.total).toBe(65);
    expect(condition(result, 'score')).toBe('NOT_MET');
    expect(condition(evaluate(INNOVATIVE_2022, { ...weakInnovation, equityFinancingLast3Years: 500 }, FACTS), 'score')).toBe('MET');
    expect(condition(evaluate(INNOVATIVE_2022, { ...weakInnovation, equityFinancingLast3Years: 499.99 }, FACTS), 'score')).toBe('NOT_MET');
    expect(condition(evaluate(INNOVATIVE_2022, { ...weakInnovation, rdInstitution: 'PROVINCIAL' }, FACTS), 'score')).toBe('MET');
  });
  it('is undetermined while points that could still pass are missing, and fails once they could not', () => {
    const partial = evaluate(INNOVATIVE_2022, { strategicEmergingIndustry: false }, FACTS);
    expect(partial.score).toMatchObject({ total: 5, pendingPoints: 90 }); // the field's 5 of 10 is known
    expect(partial.eligible).toBe('UNKNOWN');
    expect(evaluate(INNOVATIVE_2022, complete(), { ...FACTS, isSme: false }).eligible).toBe('NOT_MET');
  });
});

describe('专精特新中小企业 (63号 附件2): every indicator table', () => {
  it.each([[80, 5], [79.99, 3], [70, 3], [69.99, 1], [60, 1], [59.99, 0]])('main-business share %d%% → %d', (x, expected) => {
    expect(points(SRDI_2022, 'mainShare', mainShare(x))).toBe(expected);
  });
  it.each([[10, 10], [9.99, 8], [8, 8], [7.99, 6], [6, 6], [5.99, 4], [4, 4], [3.99, 2], [0, 2], [-0.5, 0]])('average main-business growth %d%% → %d', (x, expected) => {
    expect(points(SRDI_2022, 'mainGrowthAvg', { financials: steadyMainGrowth(x) })).toBe(expected);
  });
  it.each([['2024-01', 1], ['2024-02', 0], ['2022-01', 2], ['2016-01', 5], ['2010-06', 5]])('in the niche market since %s → %d (a point per full 2 years, at most 5)', (since, expected) => {
    expect(points(SRDI_2022, 'nicheYears', { nicheMarketSince: since })).toBe(expected);
  });
  it.each([['CHAIN_KEY_LINK', 5], ['FOUNDATION_OR_HERITAGE_OR_LEADER_SUPPLIER', 3], ['NONE', 0]] as const)('leading product %s → %d', (role, expected) => {
    expect(points(SRDI_2022, 'field', { leadingProductRole: role })).toBe(expected);
  });
  it.each([[4, 5], [3, 5], [2, 3], [1, 0]])('digital level %d → %d', (level, expected) => {
    expect(points(SRDI_2022, 'digital', {}, { ...FACTS, digitalLevel: level })).toBe(expected);
  });
  it('no complete assessment: the digital level is pending', () => {
    expect(points(SRDI_2022, 'digital', {})).toBeNull();
  });
  it.each([[0, 0], [1, 3], [2, 5], [4, 5]])('%d quality items → %d (3 each, at most 5)', (count, expected) => {
    const flags = [true, true, true, true].map((_, i) => i < count);
    expect(points(SRDI_2022, 'quality', { quality: { provincialQualityAward: flags[0], qualitySystemCertificate: flags[1], ownBrand: flags[2], standardsDrafting: flags[3] } })).toBe(expected);
  });
  it.each([[10, 10], [9.99, 8], [8, 8], [7.99, 6], [6, 6], [5.99, 4], [4, 4], [3.99, 2], [2, 2], [1.99, 0]])('net margin %d%% → %d', (x, expected) => {
    expect(points(SRDI_2022, 'netMargin', netMargin(x))).toBe(expected);
  });
  it.each([[50, 5], [50.01, 3], [60, 3], [60.01, 1], [70, 1], [70.01, 0]])('debt ratio %d%% → %d', (x, expected) => {
    expect(points(SRDI_2022, 'debtRatio', debtRatio(x))).toBe(expected);
  });
  it.each([
    [{ class1HighValue: 1 }, 10],
    [{ class1SelfDeveloped: 1 }, 8],
    [{ class1: 1 }, 6],
    [{ class2: 1 }, 2],
    [{}, 0],
  ])('IP %j → %d', (held, expected) => {
    expect(points(SRDI_2022, 'ip', ip(held))).toBe(expected);
  });
  it.each([[500, 10], [499.99, 8], [400, 8], [399.99, 6], [300, 6], [200, 4], [100, 2], [99.99, 0]])('R&D amount %d 万元 → %d', (x, expected) => {
    expect(points(SRDI_2022, 'rdInput', rdAmount(x))).toBe(expected);
  });
  it.each([[10, 10], [9.99, 8], [8, 8], [6, 6], [5.99, 4], [4, 4], [3, 2], [2.99, 0]])('R&D ratio %d%% → %d', (x, expected) => {
    // 营业收入 20 万元: the amount alone scores 0, so the ratio decides.
    expect(points(SRDI_2022, 'rdInput', { financials: years({ operatingRevenue: 20, rdExpense: (x * 20) / 100 }) })).toBe(expected);
  });
  it('R&D input takes the higher reading: 150 万元 (2) at 8% (8) → 8', () => {
    expect(points(SRDI_2022, 'rdInput', { financials: years({ operatingRevenue: 1875, rdExpense: 150 }) })).toBe(8);
  });
  it.each([[20, 5], [19.99, 3], [10, 3], [9.99, 1], [5, 1], [4.99, 0]])('R&D staff %d%% → %d', (x, expected) => {
    expect(points(SRDI_2022, 'rdStaff', rdStaff(x))).toBe(expected);
  });
  it.each([['NATIONAL', 10], ['PROVINCIAL', 8], ['CITY', 4], ['BELOW_CITY', 2], ['NONE', 0]] as const)('R&D institution %s → %d', (level, expected) => {
    expect(points(SRDI_2022, 'institution', { rdInstitution: level })).toBe(expected);
  });
  it('特色化: pending for the province to score, or from the province\'s configured indicators', () => {
    expect(points(SRDI_2022, 'provincial', {})).toBeNull();
    const configured: ProvincialIndicator[] = [{ key: 'exports', name: '出口额占比', max: 15, bands: [[30, 15], [10, 8]], otherwise: 0 }];
    expect(points(SRDI_2022, 'provincial', { provincial: { exports: 30 } }, FACTS, configured)).toBe(15);
    expect(points(SRDI_2022, 'provincial', { provincial: { exports: 29.9 } }, FACTS, configured)).toBe(8);
  });
  it.each([
    ['niche', { nicheMarketSince: '2024-01' }, 'MET'],
    ['niche', { nicheMarketSince: '2024-02' }, 'NOT_MET'],
    ['rd', { financials: years({ operatingRevenue: 3000, rdExpense: 100 }) }, 'MET'],
    ['rd', { financials: years({ operatingRevenue: 3400, rdExpense: 100 }) }, 'NOT_MET'], // 2.94%
    ['rd', { financials: years({ operatingRevenue: 3000, rdExpense: 99.99 }) }, 'NOT_MET'],
    ['revenue', { financials: years({ operatingRevenue: 1000 }) }, 'MET'],
    ['revenue', { financials: years({ operatingRevenue: 999 }), equityFinancingLast2Years: 2000 }, 'MET'],
    ['revenue', { financials: years({ operatingRevenue: 999 }), equityFinancingLast2Years: 1999 }, 'NOT_MET'],
    ['revenue', { financials: years({ operatingRevenue: 999 }) }, 'UNKNOWN'],
  ] as [string, DeclarationData, string][])('condition %s with %j → %s', (key, data, expected) => {
    expect(statusOf(SRDI_2022, key, data)).toBe(expected);
  });
  it.each([
    [{ awards: { provincialAwardTop3: true } }, 'MET'],
    [{ awards: { nationalAwardTop5: true } }, 'MET'],
    [{ financials: years({ rdExpense: 1000 }, { rdExpense: 1000 }) }, 'MET'], // average 1000 万元
    [{ financials: years({ rdExpense: 1000 }, { rdExpense: 999 }) }, 'NOT_MET'],
    [{ equityFinancingLast2Years: 6000 }, 'MET'],
    [{ makerContest: 'TOP500' }, 'MET'],
    [{ makerContest: 'NONE' }, 'NOT_MET'],
  ] as [DeclarationData, string][])('direct condition %j → %s', (data, expected) => {
    const result = evaluate(SRDI_2022, data, FACTS);
    expect(result.score!.directPass.some((d) => d.status === 'MET') ? 'MET' : 'NOT_MET').toBe(expected);
  });
});

describe('专精特新中小企业 (2号文 附件1, from 2026-04-01): every condition at its edge', () => {
  it.each([
    ['innovative', {}, { holdsInnovative: false }, 'NOT_MET'],
    ['niche', { nicheMarketSince: '2023-01' }, {}, 'MET'],
    ['niche', { nicheMarketSince: '2023-02' }, {}, 'NOT_MET'],
    ['revenue', { financials: years({ operatingRevenue: 1500 }) }, {}, 'MET'],
    ['revenue', { financials: years({ operatingRevenue: 1499.99 }), equityFinancingLast2Years: 1999.99 }, {}, 'NOT_MET'],
    ['revenue', { financials: years({ operatingRevenue: 1499.99 }), equityFinancingLast2Years: 2000 }, {}, 'MET'],
    ['mainShare', mainShare(80), {}, 'MET'],
    ['mainShare', mainShare(79.99), {}, 'NOT_MET'],
    ['debt', debtRatio(80), {}, 'MET'],
    ['debt', debtRatio(80.01), {}, 'NOT_MET'],
    ['rd', { financials: years({ operatingRevenue: 3000, rdExpense: 100 }, { operatingRevenue: 3000, rdExpense: 100 }) }, {}, 'MET'],
    ['rd', { financials: years({ operatingRevenue: 3000, rdExpense: 100 }, { operatingRevenue: 3000, rdExpense: 99 }) }, {}, 'NOT_MET'],
    ['rd', { financials: years({ operatingRevenue: 3000, rdExpense: 100 }) }, {}, 'UNKNOWN'],
    ['ip', { ip: { class1Applied: 1 } }, {}, 'MET'],
    ['ip', { ip: { class1Applied: 0 }, awards: { provincialAwardTop3: false, nationalAwardTop3: false }, rdInstitution: 'CITY' }, {}, 'NOT_MET'],
    ['ip', { ip: { class1Applied: 0 }, rdInstitution: 'PROVINCIAL' }, {}, 'MET'],
    ['market', { marketPositionStated: true }, {}, 'MET'],
    ['development', {}, { developmentScore: 50 }, 'MET'],
    ['development', {}, { developmentScore: 49.99 }, 'NOT_MET'],
    ['development', {}, {}, 'UNKNOWN'],
  ] as [string, DeclarationData, Partial<PlatformFacts>, string][])('%s with %j and %j → %s', (key, data, facts, expected) => {
    expect(statusOf(SRDI_2026, key, data, { ...FACTS, ...facts })).toBe(expected);
  });
  it('has no score table: the 60 points and direct conditions of 2022 are gone', () => {
    expect(evaluate(SRDI_2026, {}, FACTS).score).toBeNull();
  });
});

describe('专精特新"小巨人" (63号 附件3)', () => {
  // No award and no contest result stated as such, so the general condition decides.
  const innovation = (data: DeclarationData) => statusOf(LITTLE_GIANT_2022, 'innovation', { ownRdInstitution: true, ip: { class1Applied: 2 }, awards: { nationalAwardTop3: false }, makerContest: 'NONE', ...data });
  it.each([
    [years({ operatingRevenue: 10000, rdExpense: 300 }, { operatingRevenue: 9000, rdExpense: 270 }), 'MET'], // ≥ 1亿: 3% each year
    [years({ operatingRevenue: 10000, rdExpense: 299 }, { operatingRevenue: 9000, rdExpense: 270 }), 'NOT_MET'],
    [years({ operatingRevenue: 9999, rdExpense: 500 }, { operatingRevenue: 9000, rdExpense: 540 }), 'NOT_MET'], // 5000万–1亿 needs 6%
    [years({ operatingRevenue: 9999, rdExpense: 600 }, { operatingRevenue: 9000, rdExpense: 540 }), 'MET'],
    [years({ operatingRevenue: 5000, rdExpense: 300 }, { operatingRevenue: 5000, rdExpense: 300 }), 'MET'],
  ] as [DeclarationData['financials'], string][])('R&D intensity by revenue band: %j → %s', (financials, expected) => {
    expect(innovation({ financials })).toBe(expected);
  });
  it('under 5000 万元: equity 8000, R&D 3000 over 2 years and half the staff in R&D', () => {
    const small = { financials: years({ operatingRevenue: 4000, rdExpense: 1500 }, { rdExpense: 1500 }), equityFinancingLast2Years: 8000, employees: 100, rdStaff: 50 };
    expect(innovation(small)).toBe('MET');
    expect(innovation({ ...small, rdStaff: 49 })).toBe('NOT_MET');
    expect(innovation({ ...small, equityFinancingLast2Years: 7999 })).toBe('NOT_MET');
  });
  it('needs 2 Ⅰ类 rights and an own R&D institution, unless a national award (top 3) or 创客中国 top 50', () => {
    const financials = years({ operatingRevenue: 20000, rdExpense: 600 }, { operatingRevenue: 18000, rdExpense: 540 });
    expect(innovation({ financials, ip: { class1Applied: 1 } })).toBe('NOT_MET');
    expect(innovation({ financials, ownRdInstitution: false })).toBe('NOT_MET');
    expect(innovation({ financials, ip: { class1Applied: 0 }, awards: { nationalAwardTop3: true } })).toBe('MET');
    expect(innovation({ financials, ip: { class1Applied: 0 }, makerContest: 'TOP50' })).toBe('MET');
    expect(innovation({ financials, ip: { class1Applied: 0 }, makerContest: 'TOP500', awards: { nationalAwardTop3: false } })).toBe('NOT_MET');
  });
  it.each([
    ['mainShare', mainShare(70), 'MET'],
    ['mainShare', mainShare(69.99), 'NOT_MET'],
    ['mainGrowth', { financials: steadyMainGrowth(5) }, 'MET'],
    ['mainGrowth', { financials: steadyMainGrowth(4.99) }, 'NOT_MET'],
    ['debt', debtRatio(70), 'MET'],
    ['debt', debtRatio(70.01), 'NOT_MET'],
    ['marketShare', { marketShare: 10 }, 'MET'],
    ['marketShare', { marketShare: 9.99 }, 'NOT_MET'],
    ['niche', { nicheMarketSince: '2023-01' }, 'MET'],
    ['niche', { nicheMarketSince: '2023-02' }, 'NOT_MET'],
  ] as [string, DeclarationData, string][])('%s with %j → %s', (key, data, expected) => {
    expect(statusOf(LITTLE_GIANT_2022, key, data)).toBe(expected);
  });
  it('is open to valid 专精特新中小企业 only', () => {
    expect(statusOf(LITTLE_GIANT_2022, 'srdi', {}, { ...FACTS, holdsSrdi: false })).toBe('NOT_MET');
  });
});

describe('专精特新"小巨人" (2号文 附件2, from 2026-04-01)', () => {
  const scale = (last: number, third: number, share = 90, debt = 75) => ({ financials: years({ operatingRevenue: last, mainBusinessRevenue: (last * share) / 100, totalAssets: 100, totalLiabilities: debt }, {}, { operatingRevenue: third }) });
  it.each([
    [scale(5512.5, 5000), 'MET'], // (5512.5 / 5000)^(1/2) − 1 = 5.00%
    [scale(5500, 5000), 'NOT_MET'], // 4.88%
    [scale(4999, 4000), 'NOT_MET'], // under 5000 万元
    [scale(6000, 5000, 89.99), 'NOT_MET'],
    [scale(6000, 5000, 90, 75.01), 'NOT_MET'],
  ] as [DeclarationData, string][])('scale and finance %j → %s', (data, expected) => {
    expect(statusOf(LITTLE_GIANT_2026, 'scale', data)).toBe(expected);
  });
  it.each([
    ['rd', { financials: years({ operatingRevenue: 20000, rdExpense: 600 }, { operatingRevenue: 20000, rdExpense: 600 }) }, {}, 'MET'],
    ['rd', { financials: years({ operatingRevenue: 20000, rdExpense: 600 }, { operatingRevenue: 20000, rdExpense: 599 }) }, {}, 'NOT_MET'], // 1199 万元
    ['rd', { financials: years({ operatingRevenue: 30000, rdExpense: 800 }, { operatingRevenue: 20000, rdExpense: 600 }) }, {}, 'NOT_MET'], // 2.67% last year
    ['ip', { ip: { class1Applied: 4 } }, {}, 'MET'],
    ['ip', { ip: { class1Applied: 3 }, awards: { nationalAwardTop3: false } }, {}, 'NOT_MET'],
    ['ip', { ip: { class1Applied: 0 }, awards: { nationalAwardTop3: true } }, {}, 'MET'],
    ['market', { marketShare: 10 }, {}, 'MET'],
    ['market', { marketShare: 9.99, marketTop3: true }, {}, 'MET'],
    ['market', { marketShare: 9.99, marketTop3: false }, {}, 'NOT_MET'],
    ['development', {}, { developmentScore: 60 }, 'MET'],
    ['development', {}, { developmentScore: 59.99 }, 'NOT_MET'],
    ['srdi', { nicheMarketSince: '2020-01' }, { holdsSrdi: false }, 'NOT_MET'],
  ] as [string, DeclarationData, Partial<PlatformFacts>, string][])('%s with %j and %j → %s', (key, data, facts, expected) => {
    expect(statusOf(LITTLE_GIANT_2026, key, data, { ...FACTS, ...facts })).toBe(expected);
  });
});

describe('rule versions', () => {
  it('new applications use the 2026 measures from 2026-04-01; 创新型 keeps the 2022 standard', () => {
    expect(ruleVersionOn('2026-03-31')).toBe('RULESET_2022_63');
    expect(ruleVersionOn('2026-04-01')).toBe('RULESET_2026_2');
    expect(RULE_VERSIONS.RULESET_2026_2.INNOVATIVE).toBe(RULE_VERSIONS.RULESET_2022_63.INNOVATIVE);
  });

  it('the scoring tables add up: 创新型 and 专精特新 (2022) are out of 100, categories out of their caps', () => {
    for (const ruleSet of [INNOVATIVE_2022, SRDI_2022]) {
      const { categories, indicators } = ruleSet.scoring!;
      expect(categories.reduce((sum, c) => sum + c.max, 0)).toBe(100);
      for (const category of categories) expect(indicators.filter((i) => i.category === category.key).reduce((sum, i) => sum + i.max, 0)).toBe(category.max);
    }
  });

  it('shows every computed field with its formula', () => {
    const result = evaluate(SRDI_2022, { financials: years({ operatingRevenue: 2000, rdExpense: 100, totalAssets: 1000, totalLiabilities: 420 }) }, FACTS);
    expect(result.metrics.find((m) => m.key === 'rdRatio')).toEqual({ key: 'rdRatio', label: '上年度研发费用占营业收入比重', formula: '上年度研发费用 ÷ 上年度营业收入 × 100%', unit: '%', value: 5 });
    expect(result.metrics.find((m) => m.key === 'debtRatio')?.value).toBe(42);
  });
});
