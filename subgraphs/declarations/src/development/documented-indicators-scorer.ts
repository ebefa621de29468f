import type { DeclarationData, PlatformFacts } from '../rules/declaration-data';
import { computeMetrics, type MetricKey } from '../rules/metrics';
import type { DevelopmentCategory, DevelopmentIndicatorResult, DevelopmentScorer, DevelopmentScoreResult } from './scorer';

/*
 * PROVISIONAL scoring of the 中小企业专精特新发展评价指标体系 (工信厅企业〔2024〕75号), pending the
 * official annex. Public sources name 13 of the 23 third-level indicators (RULES.md §3, tcc2017
 * list, cut off after the green titles); weights, bands and the formula are NOT public. The
 * third-party 7-category questionnaire RULES.md warns against is deliberately not used.
 *
 * Every band below is our own provisional choice, anchored where possible on thresholds the
 * measures do publish (2号文 SRDI / 小巨人 gates, 63号 bands). Band edges fall in the higher band.
 * "Inferred" rows are not in the public partial list: they stand in for the ten unnamed ones
 * (none of the named ones is plainly 创新能力 or 成长性), chosen from what the forms collect.
 * The first-level category of each publicly named indicator is inferred too (the list gives
 * none); categories do not change the score, which scales the computable points as one pool.
 *
 * | Category | Indicator (key)                              | Src      | Max | Provisional bands (why)                                                  |
 * |----------|----------------------------------------------|----------|-----|--------------------------------------------------------------------------|
 * | 专业化   | 从事细分市场年限 (nicheYears)                | public   | 10  | 1 point per full year to the end of last year, at most 10 (2号文 gate 3 y) |
 * | 专业化   | 细分行业营业收入排名 (nicheRevenueRank)      | public   | —   | NOT_COMPUTABLE: needs revenue of every firm in the niche industry        |
 * | 专业化   | 发明专利集中度 (inventionPatentConcentration) | public   | —   | NOT_COMPUTABLE: needs patent-level data (CNIPA) the form does not hold   |
 * | 专业化   | 主营业务收入占比 (mainBusinessShare)         | inferred | 10  | ≥90% 10 (小巨人 2026) · ≥80% 7 (SRDI 2026) · ≥70% 4 (小巨人 2022) · else 0 |
 * | 精细化   | 人均营业收入超出行业均值 (revenuePerEmployee) | public   | —   | NOT_COMPUTABLE: industry average                                          |
 * | 精细化   | 净资产收益率超出行业均值 (returnOnEquity)     | public   | —   | NOT_COMPUTABLE: industry average                                          |
 * | 精细化   | 成本利润率超出行业均值 (costProfitRatio)      | public   | —   | NOT_COMPUTABLE: industry average                                          |
 * | 精细化   | 销售和管理费用率对比行业均值 (sellingAdminExpenseRatio) | public | — | NOT_COMPUTABLE: industry average                                  |
 * | 精细化   | 质量管理体系认证 (qualitySystemCertification) | public   | 5   | certified 5 · not 0 (quality.qualitySystemCertificate)                   |
 * | 精细化   | 数字化转型评测 (digitalTransformation)       | public   | 10  | 四级 10 · 三级 8 · 二级 5 · 一级 2 (facts.digitalLevel; honours not captured) |
 * | 精细化   | 绿色工厂等绿色称号 (greenTitles)             | public   | —   | NOT_COMPUTABLE: the forms do not ask for green titles                     |
 * | 特色化   | 主持或参与制修订标准 (standards)             | public   | 5   | yes 5 · no 0 (quality.standardsDrafting is a flag, not the count)       |
 * | 特色化   | 产品获得权威认证 (productCertification)      | public   | —   | NOT_COMPUTABLE: no separate input (小巨人 2022 merges it with 体系认证)   |
 * | 特色化   | 毛利率超出行业均值 (grossMargin)             | public   | —   | NOT_COMPUTABLE: industry average (and no 营业成本 input)                  |
 * | 创新能力 | 研发费用占营业收入比重 (rdRatio)             | inferred | 15  | ≥10% 15 (63号 top band) · ≥6% 12 · ≥3% 8 (2号文 gate) · ≥1% 3 · else 0     |
 * | 创新能力 | Ⅰ类知识产权 (class1Ip)                        | inferred | 15  | ≥8 15 · ≥4 12 (小巨人 2026) · ≥2 8 · ≥1 5 (SRDI 2026) · 0 0; ip.class1Applied |
 * | 成长性   | 上年度主营业务收入增长率 (mainBusinessGrowth) | inferred | 10  | ≥20% 10 · ≥10% 8 · ≥5% 6 (小巨人 growth gate) · ≥0% 3 · <0% 0              |
 * | 成长性   | 近2年营业收入复合增长率 (revenueCompoundGrowth) | inferred | 10 | same bands as above                                                   |
 *
 * Computable maximum: 90. Score = Σ points of COMPUTED ÷ Σ max of COMPUTED and MISSING_INPUT × 100,
 * 2 decimals; null when fewer than half of the computable indicators have their inputs.
 */

type Metrics = Record<MetricKey, number | null>;
type Reading = { points: number; value: string } | null;

interface ComputableIndicator {
  key: string;
  category: DevelopmentCategory;
  name: string;
  max: number;
  /** Named in the public partial list (RULES.md §3), or inferred for the unnamed ones. */
  source: 'PUBLIC' | 'INFERRED';
  /** What it reads, so a form can ask for it: metrics (whose inputs the form knows), data paths, platform facts. */
  reads: { metrics?: MetricKey[]; paths?: string[]; facts?: (keyof PlatformFacts)[] };
  /** The provisional bands, as users read them. */
  rule: string;
  /** What to fill in when it is missing. */
  missing: string;
  read(metrics: Metrics, data: DeclarationData, facts: PlatformFacts): Reading;
}

interface NotComputableIndicator {
  key: string;
  category: DevelopmentCategory;
  name: string;
  source: 'PUBLIC';
  /** The data the platform does not have. */
  needs: string;
}

export type DocumentedIndicator = ({ computable: true } & ComputableIndicator) | ({ computable: false } & NotComputableIndicator);

const atLeast = (value: number, bands: readonly [number, number][], otherwise: number): number => bands.find(([edge]) => value >= edge)?.[1] ?? otherwise;
const bandText = (bands: readonly [number, number][], otherwise: number, unit: string): string =>
  [...bands.map(([edge, points]) => `≥${edge}${unit} ${points} 分`), `其余 ${otherwise} 分`].join('；');
const flag = (value: boolean | null | undefined, points: number): Reading => (value === null || value === undefined ? null : { points: value ? points : 0, value: value ? '是' : '否' });

const banded = (metric: MetricKey, bands: [number, number][], otherwise: number, unit: string): Pick<ComputableIndicator, 'rule' | 'read' | 'reads'> => ({
  reads: { metrics: [metric] },
  rule: bandText(bands, otherwise, unit),
  read: (metrics) => {
    const value = metrics[metric];
    return value === null ? null : { points: atLeast(value, bands, otherwise), value: `${value}${unit}` };
  },
});

const GROWTH_BANDS: [number, number][] = [[20, 10], [10, 8], [5, 6], [0, 3]];
const DIGITAL_POINTS: Record<number, number> = { 4: 10, 3: 8, 2: 5, 1: 2 };
const LEVEL_NAMES: Record<number, string> = { 4: '四级', 3: '三级', 2: '二级', 1: '一级' };
const INDUSTRY_AVERAGE = '需要省级行业均值（基准数据），平台未掌握';

export const DOCUMENTED_INDICATORS: readonly DocumentedIndicator[] = [
  {
    computable: true, key: 'nicheYears', category: '专业化', name: '从事细分市场年限', max: 10, source: 'PUBLIC',
    reads: { metrics: ['nicheYears'] }, rule: '截至上年末每满 1 年 1 分，最高 10 分', missing: '进入细分市场的年月',
    read: (m) => (m.nicheYears === null ? null : { points: Math.min(10, Math.max(0, m.nicheYears)), value: `${m.nicheYears} 年` }),
  },
  { computable: false, key: 'nicheRevenueRank', category: '专业化', name: '细分行业营业收入排名', source: 'PUBLIC', needs: '需要细分行业全部企业的营业收入排名，平台未掌握' },
  { computable: false, key: 'inventionPatentConcentration', category: '专业化', name: '发明专利集中度', source: 'PUBLIC', needs: '需要逐件发明专利数据（国家知识产权局），申报表未采集' },
  { computable: true, key: 'mainBusinessShare', category: '专业化', name: '上年度主营业务收入占营业收入比重', max: 10, source: 'INFERRED', missing: '上年度营业收入与主营业务收入', ...banded('mainBusinessShare', [[90, 10], [80, 7], [70, 4]], 0, '%') },
  { computable: false, key: 'revenuePerEmployee', category: '精细化', name: '人均营业收入超出行业均值情况', source: 'PUBLIC', needs: INDUSTRY_AVERAGE },
  { computable: false, key: 'returnOnEquity', category: '精细化', name: '净资产收益率超出行业均值情况', source: 'PUBLIC', needs: INDUSTRY_AVERAGE },
  { computable: false, key: 'costProfitRatio', category: '精细化', name: '成本利润率超出行业均值情况', source: 'PUBLIC', needs: INDUSTRY_AVERAGE },
  { computable: false, key: 'sellingAdminExpenseRatio', category: '精细化', name: '销售和管理费用率对比行业均值情况', source: 'PUBLIC', needs: INDUSTRY_AVERAGE },
  {
    computable: true, key: 'qualitySystemCertification', category: '精细化', name: '企业获得质量管理体系认证情况', max: 5, source: 'PUBLIC',
    reads: { paths: ['quality.qualitySystemCertificate'] }, rule: '已获认证 5 分；未获 0 分', missing: '是否获得质量管理体系认证',
    read: (_m, d) => flag(d.quality?.qualitySystemCertificate, 5),
  },
  {
    computable: true, key: 'digitalTransformation', category: '精细化', name: '数字化转型评测得分/智能工厂等荣誉/两化融合水平', max: 10, source: 'PUBLIC',
    reads: { facts: ['digitalLevel'] }, rule: '数字化水平四级 10 分；三级 8 分；二级 5 分；一级 2 分（智能工厂、两化融合等未采集）', missing: '完成数字化水平评测',
    read: (_m, _d, f) => (f.digitalLevel === null ? null : { points: DIGITAL_POINTS[f.digitalLevel] ?? 0, value: LEVEL_NAMES[f.digitalLevel] ?? '无等级' }),
  },
  { computable: false, key: 'greenTitles', category: '精细化', name: '获得绿色工厂、绿色供应链管理企业、绿色产品等称号情况', source: 'PUBLIC', needs: '申报表未采集绿色称号' },
  {
    computable: true, key: 'standards', category: '特色化', name: '主持或参与制修订国际、国家、行业标准情况', max: 5, source: 'PUBLIC',
    reads: { paths: ['quality.standardsDrafting'] }, rule: '主持或参与过 5 分；否 0 分（申报表只问是否参与，不计数量）', missing: '是否主持或参与制修订标准',
    read: (_m, d) => flag(d.quality?.standardsDrafting, 5),
  },
  { computable: false, key: 'productCertification', category: '特色化', name: '产品获得权威认证情况', source: 'PUBLIC', needs: '申报表未单列产品权威认证' },
  { computable: false, key: 'grossMargin', category: '特色化', name: '毛利率超出行业均值情况', source: 'PUBLIC', needs: `${INDUSTRY_AVERAGE}；申报表亦未采集营业成本` },
  { computable: true, key: 'rdRatio', category: '创新能力', name: '上年度研发费用占营业收入比重', max: 15, source: 'INFERRED', missing: '上年度研发费用与营业收入', ...banded('rdRatio', [[10, 15], [6, 12], [3, 8], [1, 3]], 0, '%') },
  { computable: true, key: 'class1Ip', category: '创新能力', name: '与主导产品相关、实际应用并已产业化的Ⅰ类知识产权', max: 15, source: 'INFERRED', missing: '已产业化的Ⅰ类知识产权数量', ...banded('class1Applied', [[8, 15], [4, 12], [2, 8], [1, 5]], 0, ' 项') },
  { computable: true, key: 'mainBusinessGrowth', category: '成长性', name: '上年度主营业务收入增长率', max: 10, source: 'INFERRED', missing: '上年度和前年主营业务收入', ...banded('mainBusinessGrowth', GROWTH_BANDS, 0, '%') },
  { computable: true, key: 'revenueCompoundGrowth', category: '成长性', name: '近 2 年营业收入复合增长率', max: 10, source: 'INFERRED', missing: '上年度和大前年营业收入', ...banded('revenueCompoundGrowth2', GROWTH_BANDS, 0, '%') },
];

const INFERRED_NOTE = '（推定指标：公开资料未列出，待官方附件确认）';
const round2 = (value: number) => Math.round(value * 100) / 100;

function scoreIndicator(indicator: DocumentedIndicator, metrics: Metrics, data: DeclarationData, facts: PlatformFacts): DevelopmentIndicatorResult {
  const { key, category, name } = indicator;
  if (!indicator.computable) return { key, category, name, max: 0, points: null, status: 'NOT_COMPUTABLE', note: `${indicator.needs}；不计入暂行得分` };
  const suffix = indicator.source === 'INFERRED' ? INFERRED_NOTE : '';
  const reading = indicator.read(metrics, data, facts);
  if (reading === null) return { key, category, name, max: indicator.max, points: null, status: 'MISSING_INPUT', note: `待填写：${indicator.missing}（按 0 分计入）${suffix}` };
  return { key, category, name, max: indicator.max, points: reading.points, status: 'COMPUTED', note: `${reading.value}，得 ${reading.points}/${indicator.max} 分。暂行分档：${indicator.rule}${suffix}` };
}

/** Σ points of COMPUTED ÷ Σ max of COMPUTED and MISSING_INPUT × 100; null when fewer than half of those are COMPUTED. */
export function scaledScore(indicators: readonly DevelopmentIndicatorResult[]): number | null {
  const computable = indicators.filter((i) => i.status !== 'NOT_COMPUTABLE');
  const computed = computable.filter((i) => i.status === 'COMPUTED');
  const max = computable.reduce((sum, i) => sum + i.max, 0);
  if (computable.length === 0 || computed.length * 2 < computable.length || max <= 0) return null;
  return round2((computed.reduce((sum, i) => sum + (i.points ?? 0), 0) / max) * 100);
}

export const DOCUMENTED_INDICATORS_SCORER: DevelopmentScorer = {
  id: 'DOCUMENTED_INDICATORS_2024_75_PROVISIONAL',
  name: '专精特新发展评价（按公开指标暂行计分）',
  notice:
    '暂行评分，官方公式未公开。按《中小企业专精特新发展评价指标体系》（工信厅企业〔2024〕75号）公开的部分三级指标及推定指标暂定分档计分；' +
    '需要行业均值、细分行业排名等平台未掌握数据的指标不计分。得分 = 可计算指标得分之和 ÷ 可计算指标（含待填写，按 0 分计）满分之和 × 100；' +
    '可计算指标中有数据的不足一半时不出分。仅供参考，以官方平台计算结果为准。',
  score(data: DeclarationData, facts: PlatformFacts): DevelopmentScoreResult {
    const metrics = computeMetrics(data, facts);
    const indicators = DOCUMENTED_INDICATORS.map((indicator) => scoreIndicator(indicator, metrics, data, facts));
    return { score: scaledScore(indicators), indicators };
  },
};
