import type { RuleSet } from '../rule-set';
import { IS_SME } from './base';

/** 创新型中小企业评价标准, 63号 附件1 (RULES.md §1.3); also used under the 2026 measures until the merged standard is out. */
export const INNOVATIVE_2022: RuleSet = {
  id: 'INNOVATIVE_2022_63',
  tier: 'INNOVATIVE',
  name: '创新型中小企业评价标准',
  source: '工信部企业〔2022〕63号 附件1',
  conditions: [IS_SME],
  scoring: {
    passScore: 60,
    conditionText: '评价得分不低于 60 分（创新能力不低于 20 分、成长性不低于 15 分、专业化不低于 15 分），或满足任一直通条件',
    categories: [
      { key: 'innovation', name: '创新能力', max: 40, minPoints: 20 },
      { key: 'growth', name: '成长性', max: 30, minPoints: 15 },
      { key: 'specialisation', name: '专业化', max: 30, minPoints: 15 },
    ],
    indicators: [
      {
        key: 'ip',
        category: 'innovation',
        name: '与企业主导产品相关的有效知识产权数量',
        max: 20,
        kind: 'firstHeld',
        tiers: [['ip.class1HighValue', 20], ['ip.class1SelfDeveloped', 15], ['ip.class1', 10], ['ip.class2', 5]],
        otherwise: 0,
      },
      { key: 'rdRatio', category: 'innovation', name: '上年度研发费用总额占营业收入总额比重', max: 20, kind: 'atLeast', metric: 'rdRatio', bands: [[5, 20], [3, 15], [2, 10], [1, 5]], otherwise: 0 },
      { key: 'mainGrowth', category: 'growth', name: '上年度主营业务收入增长率', max: 20, kind: 'atLeast', metric: 'mainBusinessGrowth', bands: [[15, 20], [10, 15], [5, 10], [0, 5]], otherwise: 0 },
      { key: 'debtRatio', category: 'growth', name: '上年度资产负债率', max: 10, kind: 'atMost', metric: 'debtRatio', bands: [[55, 10], [75, 5]], otherwise: 0 },
      { key: 'field', category: 'specialisation', name: '主导产品所属领域情况', max: 10, kind: 'choice', path: 'strategicEmergingIndustry', points: { true: 10, false: 5 } },
      { key: 'mainShare', category: 'specialisation', name: '上年度主营业务收入总额占营业收入总额比重', max: 20, kind: 'atLeast', metric: 'mainBusinessShare', bands: [[70, 20], [60, 15], [55, 10], [50, 5]], otherwise: 0 },
    ],
    directPass: [
      { key: 'award', text: '近三年内获得过国家级、省级科技奖励', test: { flag: 'awards.sciTechAwardLast3Years' } },
      { key: 'honour', text: '获得高新技术企业、国家级技术创新示范企业、知识产权优势企业和知识产权示范企业等荣誉（均为有效期内）', test: { flag: 'innovationHonour' } },
      { key: 'institution', text: '拥有经认定的省部级以上研发机构', test: { choiceIn: { path: 'rdInstitution', values: ['NATIONAL', 'PROVINCIAL'] } } },
      { key: 'equity', text: '近三年新增股权融资总额（合格机构投资者的实缴额）500 万元以上', test: { metric: 'equityFinancing3', atLeast: 500 } },
    ],
  },
};
