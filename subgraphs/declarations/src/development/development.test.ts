import type { DeclarationData, PlatformFacts, YearFinancials } from '../rules/declaration-data';
import {
  activeDevelopmentScorer,
  cappedScore,
  DEVELOPMENT_CATEGORIES,
  DEVELOPMENT_SCORERS,
  developmentScorer,
  DOCUMENTED_INDICATORS,
  DOCUMENTED_INDICATORS_SCORER,
  scaledScore,
  scoreYear,
  type DevelopmentIndicatorResult,
} from './index';

/** Declaring in 2026: last year is 2025. */
const FACTS: PlatformFacts = { year: 2026, digitalLevel: null, holdsInnovative: true, holdsSrdi: false, developmentScore: null, provinceCode: '330000', isSme: true };
const years = (last: YearFinancials, before: YearFinancials = {}, third: YearFinancials = {}): DeclarationData['financials'] => ({ '2025': last, '2024': before, '2023': third });

const scored = (data: DeclarationData, facts: PlatformFacts = FACTS) => DOCUMENTED_INDICATORS_SCORER.score(data, facts);
const indicator = (key: string, data: DeclarationData, facts: PlatformFacts = FACTS) => scored(data, facts).indicators.find((i) => i.key === key)!;
const points = (key: string, data: DeclarationData, facts: PlatformFacts = FACTS) => indicator(key, data, facts).points;

const NOT_COMPUTABLE = ['nicheRevenueRank', 'inventionPatentConcentration', 'revenuePerEmployee', 'returnOnEquity', 'costProfitRatio', 'sellingAdminExpenseRatio', 'greenTitles', 'productCertification', 'grossMargin'];
const COMPUTABLE = ['nicheYears', 'mainBusinessShare', 'qualitySystemCertification', 'digitalTransformation', 'standards', 'rdRatio', 'class1Ip', 'mainBusinessGrowth', 'revenueCompoundGrowth'];

/** Every computable indicator at its top band: 90 of 90 points. */
const TOP: DeclarationData = {
  nicheMarketSince: '2010-01',
  financials: years({ operatingRevenue: 14_400, mainBusinessRevenue: 14_400, rdExpense: 1_440 }, { mainBusinessRevenue: 12_000 }, { operatingRevenue: 10_000 }),
  quality: { qualitySystemCertificate: true, standardsDrafting: true },
  ip: { class1Applied: 8 },
};
const TOP_FACTS: PlatformFacts = { ...FACTS, digitalLevel: 4 };

describe('the indicator list', () => {
  it('names every third-level indicator of the public partial list (RULES.md §3) and the inferred ones, in the five categories', () => {
    expect(DOCUMENTED_INDICATORS.map((i) => i.key).sort()).toEqual([...NOT_COMPUTABLE, ...COMPUTABLE].sort());
    expect(DOCUMENTED_INDICATORS.filter((i) => i.source === 'PUBLIC')).toHaveLength(13);
    for (const i of DOCUMENTED_INDICATORS) expect(DEVELOPMENT_CATEGORIES).toContain(i.category);
  });
  it('computable maxima add up to 90', () => {
    expect(DOCUMENTED_INDICATORS.reduce((sum, i) => sum + (i.computable ? i.max : 0), 0)).toBe(90);
  });
});

describe('band edges of every computed indicator (edges fall in the higher band)', () => {
  // Entering in January of 2026 − n gives n full years to the end of 2025.
  it.each([[0, 0], [1, 1], [3, 3], [9, 9], [10, 10], [16, 10]])('从事细分市场年限 %d years → %d', (n, expected) => {
    expect(points('nicheYears', { nicheMarketSince: `${2026 - n}-01` })).toBe(expected);
  });
  it('a month short of a full year does not count it', () => {
    expect(points('nicheYears', { nicheMarketSince: '2016-02' })).toBe(9);
  });
  it.each([[100, 10], [90, 10], [89.99, 7], [80, 7], [79.99, 4], [70, 4], [69.99, 0], [0, 0]])('主营业务收入占比 %d%% → %d', (x, expected) => {
    expect(points('mainBusinessShare', { financials: years({ operatingRevenue: 100, mainBusinessRevenue: x }) })).toBe(expected);
  });
  it.each([[true, 5], [false, 0]])('质量管理体系认证 %s → %d', (value, expected) => {
    expect(points('qualitySystemCertification', { quality: { qualitySystemCertificate: value } })).toBe(expected);
  });
  it.each([[4, 10], [3, 8], [2, 5], [1, 2]])('数字化水平 %d 级 → %d', (level, expected) => {
    expect(points('digitalTransformation', {}, { ...FACTS, digitalLevel: level })).toBe(expected);
  });
  it.each([[true, 5], [false, 0]])('主持或参与制修订标准 %s → %d', (value, expected) => {
    expect(points('standards', { quality: { standardsDrafting: value } })).toBe(expected);
  });
  it.each([[10, 15], [9.99, 12], [6, 12], [5.99, 8], [3, 8], [2.99, 3], [1, 3], [0.99, 0], [0, 0]])('研发费用占比 %d%% → %d', (x, expected) => {
    expect(points('rdRatio', { financials: years({ operatingRevenue: 100, rdExpense: x }) })).toBe(expected);
  });
  it.each([[12, 15], [8, 15], [7, 12], [4, 12], [3, 8], [2, 8], [1, 5], [0, 0]])('Ⅰ类知识产权 %d 项 → %d', (n, expected) => {
    expect(points('class1Ip', { ip: { class1Applied: n } })).toBe(expected);
  });
  const GROWTH: [number, number][] = [[35, 10], [20, 10], [19.99, 8], [10, 8], [9.99, 6], [5, 6], [4.99, 3], [0, 3], [-0.01, 0], [-30, 0]];
  it.each(GROWTH)('上年度主营业务收入增长率 %d%% → %d', (x, expected) => {
    expect(points('mainBusinessGrowth', { financials: years({ mainBusinessRevenue: 100 + x }, { mainBusinessRevenue: 100 }) })).toBe(expected);
  });
  it.each(GROWTH)('近 2 年营业收入复合增长率 %d%% → %d', (x, expected) => {
    const last = 10_000 * (1 + x / 100) ** 2;
    expect(points('revenueCompoundGrowth', { financials: years({ operatingRevenue: last }, {}, { operatingRevenue: 10_000 }) })).toBe(expected);
  });
  it('a computed indicator says what it read and the provisional bands', () => {
    const result = indicator('rdRatio', { financials: years({ operatingRevenue: 100, rdExpense: 6 }) });
    expect(result).toMatchObject({ status: 'COMPUTED', points: 12, max: 15 });
    expect(result.note).toContain('6%');
    expect(result.note).toContain('暂行分档');
    expect(result.note).toContain('推定指标');
  });
});

describe('MISSING_INPUT and NOT_COMPUTABLE', () => {
  it('with no data every computable indicator is MISSING_INPUT (null points, its max kept) and the rest NOT_COMPUTABLE', () => {
    const { indicators } = scored({});
    const status = Object.fromEntries(indicators.map((i) => [i.key, i.status]));
    for (const key of COMPUTABLE) expect(status[key]).toBe('MISSING_INPUT');
    for (const key of NOT_COMPUTABLE) expect(status[key]).toBe('NOT_COMPUTABLE');
    for (const i of indicators) expect(i.points).toBeNull();
    expect(indicators.filter((i) => i.status === 'MISSING_INPUT').every((i) => i.max > 0 && i.note.startsWith('待填写'))).toBe(true);
  });
  it('NOT_COMPUTABLE stays so however complete the data, with no points and max 0', () => {
    const { indicators } = scored(TOP, TOP_FACTS);
    for (const i of indicators.filter((r) => NOT_COMPUTABLE.includes(r.key))) expect(i).toMatchObject({ status: 'NOT_COMPUTABLE', points: null, max: 0 });
    expect(indicators.find((i) => i.key === 'nicheRevenueRank')!.note).toContain('排名');
    expect(indicators.find((i) => i.key === 'returnOnEquity')!.note).toContain('行业均值');
  });
  it('a ratio over zero revenue is missing, not 0 points', () => {
    expect(indicator('rdRatio', { financials: years({ operatingRevenue: 0, rdExpense: 10 }) }).status).toBe('MISSING_INPUT');
  });
  it('IP reads the applied Ⅰ类 count only, not all Ⅰ类 rights', () => {
    expect(indicator('class1Ip', { ip: { class1: 5 } }).status).toBe('MISSING_INPUT');
  });
  it('growth without the earlier year is missing', () => {
    expect(indicator('mainBusinessGrowth', { financials: years({ mainBusinessRevenue: 120 }) }).status).toBe('MISSING_INPUT');
    expect(indicator('revenueCompoundGrowth', { financials: years({ operatingRevenue: 120 }, { operatingRevenue: 110 }) }).status).toBe('MISSING_INPUT');
  });
  it('no complete digital assessment is missing', () => {
    expect(indicator('digitalTransformation', {}).status).toBe('MISSING_INPUT');
  });
});

describe('the score: computable points scaled to 100, null with too little data', () => {
  it('every computable indicator at the top scores 100', () => {
    expect(scored(TOP, TOP_FACTS).score).toBe(100);
  });
  it('missing inputs count 0 against their max; NOT_COMPUTABLE ones are left out', () => {
    // 5 of 9 computed, all at the top: 40 of 90.
    const data: DeclarationData = { nicheMarketSince: '2010-01', financials: years({ operatingRevenue: 100, mainBusinessRevenue: 95 }), quality: { qualitySystemCertificate: true, standardsDrafting: true } };
    expect(scored(data, TOP_FACTS).score).toBe(44.44);
  });
  it('is null when fewer than half of the computable indicators have their inputs', () => {
    const four: DeclarationData = { nicheMarketSince: '2010-01', quality: { qualitySystemCertificate: true, standardsDrafting: true } };
    expect(scored(four, TOP_FACTS).score).toBeNull();
    expect(scored({}, FACTS).score).toBeNull();
  });
  const result = (status: DevelopmentIndicatorResult['status'], max: number, pts: number | null): DevelopmentIndicatorResult => ({ key: 'k', category: '专业化', name: 'n', max, points: pts, status, note: '' });
  it('exactly half computed still scores; rounding is to 2 decimals', () => {
    expect(scaledScore([result('COMPUTED', 3, 1), result('MISSING_INPUT', 3, null), result('NOT_COMPUTABLE', 0, null)])).toBe(16.67);
    expect(scaledScore([result('COMPUTED', 3, 1), result('MISSING_INPUT', 3, null), result('MISSING_INPUT', 3, null)])).toBeNull();
    expect(scaledScore([result('NOT_COMPUTABLE', 0, null)])).toBeNull();
  });
  it('a zero score is a score, not null', () => {
    const low: DeclarationData = { nicheMarketSince: '2026-01', financials: years({ operatingRevenue: 100, mainBusinessRevenue: 50, rdExpense: 0 }), quality: { qualitySystemCertificate: false, standardsDrafting: false }, ip: { class1Applied: 0 } };
    expect(scored(low).score).toBe(0);
  });
});

describe('the year maximum (DOMAIN.md §4)', () => {
  it('the first submission of the year sets the maximum', () => {
    expect(cappedScore(62.5, null)).toEqual({ score: 62.5, yearMaximum: 62.5 });
  });
  it('later lower data is followed', () => {
    expect(cappedScore(55, 62.5)).toEqual({ score: 55, yearMaximum: 62.5 });
  });
  it('later higher data is capped at the maximum', () => {
    expect(cappedScore(70, 62.5)).toEqual({ score: 62.5, yearMaximum: 62.5 });
  });
  it('no computed score stays null and invents nothing', () => {
    expect(cappedScore(null, 62.5)).toEqual({ score: null, yearMaximum: 62.5 });
    expect(cappedScore(null, null)).toEqual({ score: null, yearMaximum: null });
  });
  it('a new year starts without a maximum', () => {
    const maxima = new Map<number, number | null>();
    const submit = (at: string, computed: number | null) => {
      const year = scoreYear(new Date(at));
      const next = cappedScore(computed, maxima.get(year) ?? null);
      maxima.set(year, next.yearMaximum);
      return next.score;
    };
    expect(submit('2026-03-01T02:00:00Z', 70)).toBe(70);
    expect(submit('2026-05-01T02:00:00Z', 85)).toBe(70);
    expect(submit('2026-06-01T02:00:00Z', 60)).toBe(60);
    expect(submit('2026-12-31T16:30:00Z', 85)).toBe(85); // already 2027 in Beijing
    expect(submit('2027-02-01T02:00:00Z', 90)).toBe(85);
    expect(maxima).toEqual(new Map([[2026, 70], [2027, 85]]));
  });
});

describe('scoreYear: the Beijing calendar year (UTC+8)', () => {
  it.each([
    ['2025-12-31T16:30:00Z', 2026],
    ['2025-12-31T16:00:00Z', 2026],
    ['2025-12-31T15:59:59.999Z', 2025],
    ['2026-06-30T12:00:00Z', 2026],
  ])('%s → %d', (at, expected) => {
    expect(scoreYear(new Date(at))).toBe(expected);
  });
});

describe('the registry', () => {
  it('the active scorer is the documented-indicators one, registered by its id', () => {
    expect(activeDevelopmentScorer()).toBe(DOCUMENTED_INDICATORS_SCORER);
    expect(DEVELOPMENT_SCORERS[DOCUMENTED_INDICATORS_SCORER.id]).toBe(DOCUMENTED_INDICATORS_SCORER);
    expect(developmentScorer('DOCUMENTED_INDICATORS_2024_75_PROVISIONAL')).toBe(DOCUMENTED_INDICATORS_SCORER);
    expect(developmentScorer('constructor')).toBeNull();
  });
  it('tells users the score is provisional and how it is scaled', () => {
    expect(DOCUMENTED_INDICATORS_SCORER.notice).toContain('暂行评分，官方公式未公开');
    expect(DOCUMENTED_INDICATORS_SCORER.notice).toContain('× 100');
  });
});
