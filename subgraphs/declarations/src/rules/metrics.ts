import type { DeclarationData, PlatformFacts, YearFinancials } from './declaration-data';

/**
 * The computed fields of the forms: each with the formula shown next to it, computed on the
 * server from the inputs and never typed. A metric whose inputs are missing (or would divide by
 * zero) is null, and every rule that needs it is "unknown" rather than failed.
 */
export interface MetricDefinition {
  key: MetricKey;
  label: string;
  formula: string;
  unit: '%' | '万元' | '年' | '人' | '';
  compute(data: DeclarationData, facts: PlatformFacts): number | null;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const year = (data: DeclarationData, facts: PlatformFacts, back: number): YearFinancials => data.financials?.[String(facts.year - back)] ?? {};
const num = (value: number | null | undefined): number | null => (value === null || value === undefined || !Number.isFinite(value) ? null : value);
const ratio = (part: number | null | undefined, whole: number | null | undefined): number | null => {
  const p = num(part);
  const w = num(whole);
  return p === null || w === null || w <= 0 ? null : round((p / w) * 100);
};
const growth = (current: number | null | undefined, previous: number | null | undefined): number | null => {
  const c = num(current);
  const p = num(previous);
  return c === null || p === null || p <= 0 ? null : round(((c - p) / p) * 100);
};

/** Full years from entering the niche market to the end of last year (2019-06 → end of 2025: 6). */
function nicheYears(since: string | null | undefined, declarationYear: number): number | null {
  const match = since ? /^(\d{4})-(\d{2})$/.exec(since) : null;
  if (!match) return null;
  const months = (declarationYear - 1 - Number(match[1])) * 12 + (12 - Number(match[2]) + 1);
  return months < 0 ? 0 : Math.floor(months / 12);
}

const METRIC_SPECS = {
  operatingRevenue: { label: '上年度营业收入', formula: '上年度营业收入', unit: '万元', compute: (d, f) => num(year(d, f, 1).operatingRevenue) },
  mainBusinessShare: { label: '上年度主营业务收入占营业收入比重', formula: '上年度主营业务收入 ÷ 上年度营业收入 × 100%', unit: '%', compute: (d, f) => ratio(year(d, f, 1).mainBusinessRevenue, year(d, f, 1).operatingRevenue) },
  mainBusinessGrowth: { label: '上年度主营业务收入增长率', formula: '（上年度主营业务收入 − 前年主营业务收入）÷ 前年主营业务收入 × 100%', unit: '%', compute: (d, f) => growth(year(d, f, 1).mainBusinessRevenue, year(d, f, 2).mainBusinessRevenue) },
  mainBusinessGrowthAvg2: {
    label: '近 2 年主营业务收入平均增长率',
    formula: '（上年度主营业务收入增长率 + 前年主营业务收入增长率）÷ 2',
    unit: '%',
    compute: (d, f) => {
      const last = growth(year(d, f, 1).mainBusinessRevenue, year(d, f, 2).mainBusinessRevenue);
      const before = growth(year(d, f, 2).mainBusinessRevenue, year(d, f, 3).mainBusinessRevenue);
      return last === null || before === null ? null : round((last + before) / 2);
    },
  },
  revenueCompoundGrowth2: {
    label: '近 2 年营业收入复合增长率',
    formula: '（上年度营业收入 ÷ 大前年营业收入）^(1/2) − 1',
    unit: '%',
    compute: (d, f) => {
      const last = num(year(d, f, 1).operatingRevenue);
      const base = num(year(d, f, 3).operatingRevenue);
      return last === null || base === null || base <= 0 || last < 0 ? null : round((Math.sqrt(last / base) - 1) * 100);
    },
  },
  debtRatio: { label: '上年末资产负债率', formula: '上年末负债总额 ÷ 上年末资产总额 × 100%', unit: '%', compute: (d, f) => ratio(year(d, f, 1).totalLiabilities, year(d, f, 1).totalAssets) },
  netMargin: { label: '上年度净利润率', formula: '上年度净利润 ÷ 上年度营业收入 × 100%', unit: '%', compute: (d, f) => ratio(year(d, f, 1).netProfit, year(d, f, 1).operatingRevenue) },
  rdExpense: { label: '上年度研发费用总额', formula: '上年度研发费用', unit: '万元', compute: (d, f) => num(year(d, f, 1).rdExpense) },
  rdRatio: { label: '上年度研发费用占营业收入比重', formula: '上年度研发费用 ÷ 上年度营业收入 × 100%', unit: '%', compute: (d, f) => ratio(year(d, f, 1).rdExpense, year(d, f, 1).operatingRevenue) },
  rdExpensePrevious: { label: '前年研发费用总额', formula: '前年研发费用', unit: '万元', compute: (d, f) => num(year(d, f, 2).rdExpense) },
  rdRatioPrevious: { label: '前年研发费用占营业收入比重', formula: '前年研发费用 ÷ 前年营业收入 × 100%', unit: '%', compute: (d, f) => ratio(year(d, f, 2).rdExpense, year(d, f, 2).operatingRevenue) },
  rdExpenseTotal2: {
    label: '近 2 年研发费用总额',
    formula: '上年度研发费用 + 前年研发费用',
    unit: '万元',
    compute: (d, f) => {
      const a = num(year(d, f, 1).rdExpense);
      const b = num(year(d, f, 2).rdExpense);
      return a === null || b === null ? null : round(a + b);
    },
  },
  rdStaffShare: { label: '上年度研发人员占比', formula: '研发人员数 ÷ 从业人员数 × 100%', unit: '%', compute: (d) => ratio(d.rdStaff, d.employees) },
  nicheYears: { label: '从事特定细分市场年限', formula: '进入细分市场之月至上年末的整年数', unit: '年', compute: (d, f) => nicheYears(d.nicheMarketSince, f.year) },
  equityFinancing2: { label: '近 2 年新增股权融资总额（合格机构投资者实缴）', formula: '填报值', unit: '万元', compute: (d) => num(d.equityFinancingLast2Years) },
  equityFinancing3: { label: '近 3 年新增股权融资总额（合格机构投资者实缴）', formula: '填报值', unit: '万元', compute: (d) => num(d.equityFinancingLast3Years) },
  marketShare: { label: '主导产品国内细分市场占有率', formula: '填报值', unit: '%', compute: (d) => num(d.marketShare) },
  class1Applied: { label: '与主导产品相关且实际应用并已产业化的Ⅰ类知识产权', formula: '填报值（不含受让、企业为前三位权利人）', unit: '', compute: (d) => num(d.ip?.class1Applied) },
  class1: { label: '与主导产品相关的有效Ⅰ类知识产权', formula: '填报值', unit: '', compute: (d) => num(d.ip?.class1) },
  developmentScore: { label: '专精特新发展评价得分', formula: '由平台按〔2024〕75号指标体系计算', unit: '', compute: (_d, f) => f.developmentScore },
  digitalLevel: { label: '数字化水平等级', formula: '最近一次完成的数字化水平评测', unit: '', compute: (_d, f) => f.digitalLevel },
} satisfies Record<string, Omit<MetricDefinition, 'key'>>;

export type MetricKey = keyof typeof METRIC_SPECS;
export const METRICS: readonly MetricDefinition[] = Object.entries(METRIC_SPECS).map(([key, spec]) => ({ key: key as MetricKey, ...spec }));

/** Every metric of the form computed from the inputs. */
export function computeMetrics(data: DeclarationData, facts: PlatformFacts): Record<MetricKey, number | null> {
  return Object.fromEntries(METRICS.map((m) => [m.key, m.compute(data, facts)])) as Record<MetricKey, number | null>;
}
