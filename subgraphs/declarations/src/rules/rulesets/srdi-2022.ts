import type { RuleSet } from '../rule-set';
import { IS_SME } from './base';

/** 专精特新中小企业认定标准, 63号 附件2 (RULES.md §1.4.a): four conditions, the fourth a score of 13 indicators or a direct condition. */
export const SRDI_2022: RuleSet = {
  id: 'SRDI_2022_63',
  tier: 'SRDI',
  name: '专精特新中小企业认定标准（2022）',
  source: '工信部企业〔2022〕63号 附件2',
  conditions: [
    IS_SME,
    { key: 'niche', text: '从事特定细分市场时间达到 2 年以上', test: { metric: 'nicheYears', atLeast: 2 } },
    { key: 'rd', text: '上年度研发费用总额不低于 100 万元，且占营业收入总额比重不低于 3%', test: { all: [{ metric: 'rdExpense', atLeast: 100 }, { metric: 'rdRatio', atLeast: 3 }] } },
    {
      key: 'revenue',
      text: '上年度营业收入总额在 1000 万元以上，或上年度营业收入总额在 1000 万元以下但近 2 年新增股权融资总额（合格机构投资者的实缴额）达到 2000 万元以上',
      test: { any: [{ metric: 'operatingRevenue', atLeast: 1000 }, { metric: 'equityFinancing2', atLeast: 2000 }] },
    },
  ],
  scoring: {
    passScore: 60,
    conditionText: '评价得分达到 60 分以上，或满足任一直通条件',
    categories: [
      { key: 'specialisation', name: '专业化', max: 25 },
      { key: 'refinement', name: '精细化', max: 25 },
      { key: 'feature', name: '特色化', max: 15 },
      { key: 'innovation', name: '创新能力', max: 35 },
    ],
    indicators: [
      { key: 'mainShare', category: 'specialisation', name: '上年度主营业务收入总额占营业收入总额比重', max: 5, kind: 'atLeast', metric: 'mainBusinessShare', bands: [[80, 5], [70, 3], [60, 1]], otherwise: 0 },
      { key: 'mainGrowthAvg', category: 'specialisation', name: '近 2 年主营业务收入平均增长率', max: 10, kind: 'atLeast', metric: 'mainBusinessGrowthAvg2', bands: [[10, 10], [8, 8], [6, 6], [4, 4], [0, 2]], otherwise: 0 },
      { key: 'nicheYears', category: 'specialisation', name: '从事特定细分市场年限', max: 5, kind: 'perYears', metric: 'nicheYears', yearsPerPoint: 2 },
      {
        key: 'field',
        category: 'specialisation',
        name: '主导产品所属领域情况',
        max: 5,
        kind: 'choice',
        path: 'leadingProductRole',
        points: { CHAIN_KEY_LINK: 5, FOUNDATION_OR_HERITAGE_OR_LEADER_SUPPLIER: 3, NONE: 0 },
      },
      { key: 'digital', category: 'refinement', name: '数字化水平', max: 5, kind: 'atLeast', metric: 'digitalLevel', bands: [[3, 5], [2, 3]], otherwise: 0 },
      {
        key: 'quality',
        category: 'refinement',
        name: '质量管理水平（每满足一项加 3 分，最高不超过 5 分）',
        max: 5,
        kind: 'countFlags',
        paths: ['quality.provincialQualityAward', 'quality.qualitySystemCertificate', 'quality.ownBrand', 'quality.standardsDrafting'],
        pointsEach: 3,
      },
      { key: 'netMargin', category: 'refinement', name: '上年度净利润率', max: 10, kind: 'atLeast', metric: 'netMargin', bands: [[10, 10], [8, 8], [6, 6], [4, 4], [2, 2]], otherwise: 0 },
      { key: 'debtRatio', category: 'refinement', name: '上年度资产负债率', max: 5, kind: 'atMost', metric: 'debtRatio', bands: [[50, 5], [60, 3], [70, 1]], otherwise: 0 },
      { key: 'provincial', category: 'feature', name: '地方特色指标（由省级中小企业主管部门确定）', max: 15, kind: 'provincial' },
      {
        key: 'ip',
        category: 'innovation',
        name: '与企业主导产品相关的有效知识产权数量',
        max: 10,
        kind: 'firstHeld',
        tiers: [['ip.class1HighValue', 10], ['ip.class1SelfDeveloped', 8], ['ip.class1', 6], ['ip.class2', 2]],
        otherwise: 0,
      },
      {
        key: 'rdInput',
        category: 'innovation',
        name: '上年度研发费用投入（金额与占比取较高者）',
        max: 10,
        kind: 'higherOf',
        of: [
          { key: 'rdAmount', category: 'innovation', name: '研发费用总额', max: 10, kind: 'atLeast', metric: 'rdExpense', bands: [[500, 10], [400, 8], [300, 6], [200, 4], [100, 2]], otherwise: 0 },
          { key: 'rdShare', category: 'innovation', name: '研发费用占营业收入比重', max: 10, kind: 'atLeast', metric: 'rdRatio', bands: [[10, 10], [8, 8], [6, 6], [4, 4], [3, 2]], otherwise: 0 },
        ],
      },
      { key: 'rdStaff', category: 'innovation', name: '上年度研发人员占比', max: 5, kind: 'atLeast', metric: 'rdStaffShare', bands: [[20, 5], [10, 3], [5, 1]], otherwise: 0 },
      { key: 'institution', category: 'innovation', name: '建立研发机构级别', max: 10, kind: 'choice', path: 'rdInstitution', points: { NATIONAL: 10, PROVINCIAL: 8, CITY: 4, BELOW_CITY: 2, NONE: 0 } },
    ],
    directPass: [
      { key: 'award', text: '近三年获得过省级科技奖励并在获奖单位中排名前三，或获得国家级科技奖励并在获奖单位中排名前五', test: { any: [{ flag: 'awards.provincialAwardTop3' }, { flag: 'awards.nationalAwardTop5' }] } },
      { key: 'rdAverage', text: '近 2 年研发费用总额均值在 1000 万元以上', test: { metric: 'rdExpenseTotal2', atLeast: 2000 } },
      { key: 'equity', text: '近 2 年新增股权融资总额（合格机构投资者的实缴额）6000 万元以上', test: { metric: 'equityFinancing2', atLeast: 6000 } },
      { key: 'maker', text: '近三年进入“创客中国”中小企业创新创业大赛全国 500 强企业组名单', test: { choiceIn: { path: 'makerContest', values: ['TOP50', 'TOP500'] } } },
    ],
  },
};
