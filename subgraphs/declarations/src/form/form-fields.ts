import type { MetricKey } from '../rules/metrics';
import type { YearFinancials } from '../rules/declaration-data';

/** How a field is entered and shown: 万元 amounts (net profit may be negative), counts, shares, other numbers (provincial indicators), yes/no, a choice, a month. */
export type FormFieldKind = 'AMOUNT' | 'SIGNED_AMOUNT' | 'COUNT' | 'PERCENT' | 'NUMBER' | 'FLAG' | 'CHOICE' | 'MONTH';

export interface FormFieldSpec {
  /** Dot path into DeclarationData. */
  path: string;
  label: string;
  kind: FormFieldKind;
  hint?: string;
  options?: ReadonlyArray<{ value: string; label: string }>;
}

export const UNITS: Record<FormFieldKind, string | null> = { AMOUNT: '万元', SIGNED_AMOUNT: '万元', COUNT: null, PERCENT: '%', NUMBER: null, FLAG: null, CHOICE: null, MONTH: null };

/** The statements' figures, per year; which years and figures a form asks for follows its metrics. */
export const FINANCIAL_FIGURES: ReadonlyArray<{ figure: keyof YearFinancials; label: string; kind: FormFieldKind }> = [
  { figure: 'operatingRevenue', label: '营业收入', kind: 'AMOUNT' },
  { figure: 'mainBusinessRevenue', label: '主营业务收入', kind: 'AMOUNT' },
  { figure: 'netProfit', label: '净利润', kind: 'SIGNED_AMOUNT' },
  { figure: 'totalAssets', label: '资产总额（年末）', kind: 'AMOUNT' },
  { figure: 'totalLiabilities', label: '负债总额（年末）', kind: 'AMOUNT' },
  { figure: 'rdExpense', label: '研发费用', kind: 'AMOUNT' },
];

/** The statement figures each metric reads, with how many years back (1 = last year). */
export const METRIC_FINANCIAL_INPUTS: Partial<Record<MetricKey, ReadonlyArray<[keyof YearFinancials, number]>>> = {
  operatingRevenue: [['operatingRevenue', 1]],
  mainBusinessShare: [['mainBusinessRevenue', 1], ['operatingRevenue', 1]],
  mainBusinessGrowth: [['mainBusinessRevenue', 1], ['mainBusinessRevenue', 2]],
  mainBusinessGrowthAvg2: [['mainBusinessRevenue', 1], ['mainBusinessRevenue', 2], ['mainBusinessRevenue', 3]],
  revenueCompoundGrowth2: [['operatingRevenue', 1], ['operatingRevenue', 3]],
  debtRatio: [['totalLiabilities', 1], ['totalAssets', 1]],
  netMargin: [['netProfit', 1], ['operatingRevenue', 1]],
  rdExpense: [['rdExpense', 1]],
  rdRatio: [['rdExpense', 1], ['operatingRevenue', 1]],
  rdExpensePrevious: [['rdExpense', 2]],
  rdRatioPrevious: [['rdExpense', 2], ['operatingRevenue', 2]],
  rdExpenseTotal2: [['rdExpense', 1], ['rdExpense', 2]],
};

/** The other inputs each metric reads. */
export const METRIC_INPUTS: Partial<Record<MetricKey, readonly string[]>> = {
  rdStaffShare: ['rdStaff', 'employees'],
  nicheYears: ['nicheMarketSince'],
  equityFinancing2: ['equityFinancingLast2Years'],
  equityFinancing3: ['equityFinancingLast3Years'],
  marketShare: ['marketShare'],
  class1Applied: ['ip.class1Applied'],
  class1: ['ip.class1'],
};


/**
 * Every input a form can ask for, in the sections of the official forms and in their order.
 * A form shows the fields its rule set reads (form.ts); staff figures are always asked.
 */
export const FORM_SECTIONS: ReadonlyArray<{ key: string; title: string; always?: readonly string[]; fields: readonly FormFieldSpec[] }> = [
  {
    key: 'staff',
    title: '人员情况',
    always: ['employees', 'rdStaff'],
    fields: [
      { path: 'employees', label: '上年末从业人员数', kind: 'COUNT', hint: '人' },
      { path: 'rdStaff', label: '上年末研发人员数', kind: 'COUNT', hint: '人' },
    ],
  },
  {
    key: 'market',
    title: '主导产品与细分市场',
    fields: [
      { path: 'nicheMarketSince', label: '进入特定细分市场的年月', kind: 'MONTH', hint: '如 2019-06' },
      { path: 'strategicEmergingIndustry', label: '主导产品属于《战略性新兴产业分类》', kind: 'FLAG' },
      {
        path: 'leadingProductRole',
        label: '主导产品所属领域',
        kind: 'CHOICE',
        options: [
          { value: 'CHAIN_KEY_LINK', label: '在产业链关键环节，补短板、锻长板、填空白' },
          { value: 'FOUNDATION_OR_HERITAGE_OR_LEADER_SUPPLIER', label: '属于工业“六基”、中华老字号，或为龙头企业配套' },
          { value: 'NONE', label: '以上均不是' },
        ],
      },
      { path: 'marketShare', label: '主导产品国内细分市场占有率', kind: 'PERCENT' },
      { path: 'marketTop3', label: '主导产品国内细分市场占有率位列前三', kind: 'FLAG' },
      { path: 'marketPositionStated', label: '主导产品在细分市场占有率较为靠前，具有一定知名度', kind: 'FLAG' },
      { path: 'chainKeyLink', label: '位于产业链关键环节，补短板、锻长板、填空白', kind: 'FLAG' },
      { path: 'leadingProductKeyField', label: '主导产品属于工业“六基”、制造强国和网络强国等重点领域', kind: 'FLAG' },
    ],
  },
  {
    key: 'ip',
    title: '知识产权（与主导产品相关的有效知识产权）',
    fields: [
      { path: 'ip.class1HighValue', label: 'Ⅰ类高价值知识产权（件）', kind: 'COUNT' },
      { path: 'ip.class1SelfDeveloped', label: '自主研发的Ⅰ类知识产权（件）', kind: 'COUNT' },
      { path: 'ip.class1', label: 'Ⅰ类知识产权（件）', kind: 'COUNT' },
      { path: 'ip.class2', label: 'Ⅱ类知识产权（件）', kind: 'COUNT' },
      { path: 'ip.class1Applied', label: '实际应用并已产业化的Ⅰ类知识产权（件）', kind: 'COUNT', hint: '不含受让，企业为前三位权利人' },
    ],
  },
  {
    key: 'innovation',
    title: '研发与创新',
    fields: [
      {
        path: 'rdInstitution',
        label: '研发机构级别',
        kind: 'CHOICE',
        options: [
          { value: 'NATIONAL', label: '国家级' },
          { value: 'PROVINCIAL', label: '省级' },
          { value: 'CITY', label: '市级' },
          { value: 'BELOW_CITY', label: '市级以下' },
          { value: 'NONE', label: '未建立研发机构' },
        ],
      },
      { path: 'ownRdInstitution', label: '自建或与高等院校、科研机构联合建立研发机构', kind: 'FLAG' },
      { path: 'innovationHonour', label: '拥有有效期内的高新技术企业、国家级技术创新示范企业、知识产权优势/示范企业等荣誉', kind: 'FLAG' },
      {
        path: 'makerContest',
        label: '“创客中国”中小企业创新创业大赛',
        kind: 'CHOICE',
        options: [
          { value: 'TOP50', label: '全国 50 强' },
          { value: 'TOP500', label: '全国 500 强' },
          { value: 'NONE', label: '未获奖' },
        ],
      },
    ],
  },
  {
    key: 'quality',
    title: '质量与品牌',
    fields: [
      { path: 'quality.provincialQualityAward', label: '获得省级以上质量奖荣誉', kind: 'FLAG' },
      { path: 'quality.qualitySystemCertificate', label: '建立质量管理体系，获得 ISO9001 等质量管理体系认证证书', kind: 'FLAG' },
      { path: 'quality.ownBrand', label: '拥有自主品牌', kind: 'FLAG' },
      { path: 'quality.standardsDrafting', label: '参与制修订标准', kind: 'FLAG' },
      { path: 'coreBusinessOnInformationSystem', label: '至少 1 项核心业务采用信息系统支撑', kind: 'FLAG' },
      { path: 'managementOrProductCertification', label: '取得相关管理体系认证，或产品通过发达国家和地区产品认证', kind: 'FLAG' },
      { path: 'ownBrandCompetitive', label: '拥有直接面向市场并具有竞争优势的自主品牌', kind: 'FLAG' },
    ],
  },
  {
    key: 'financing',
    title: '融资与获奖',
    fields: [
      { path: 'equityFinancingLast2Years', label: '近 2 年新增股权融资总额（合格机构投资者实缴额）', kind: 'AMOUNT' },
      { path: 'equityFinancingLast3Years', label: '近 3 年新增股权融资总额（合格机构投资者实缴额）', kind: 'AMOUNT' },
      { path: 'awards.sciTechAwardLast3Years', label: '近 3 年获得国家级、省级科技奖励', kind: 'FLAG' },
      { path: 'awards.provincialAwardTop3', label: '近 3 年获得省级科技奖励，并在获奖单位中排名前三', kind: 'FLAG' },
      { path: 'awards.nationalAwardTop3', label: '近 3 年获得国家级科技奖励，并在获奖单位中排名前三', kind: 'FLAG' },
      { path: 'awards.nationalAwardTop5', label: '近 3 年获得国家级科技奖励，并在获奖单位中排名前五', kind: 'FLAG' },
    ],
  },
];
