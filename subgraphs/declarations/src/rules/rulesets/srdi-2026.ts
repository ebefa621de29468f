import type { RuleSet } from '../rule-set';
import { IS_SME } from './base';

/** 专精特新中小企业认定标准, 2号文 附件1, from 2026-04-01 (RULES.md §1.4.b): all conditions, no score table. */
export const SRDI_2026: RuleSet = {
  id: 'SRDI_2026_2',
  tier: 'SRDI',
  name: '专精特新中小企业认定标准（2026）',
  source: '工信部企业〔2026〕2号 附件1',
  conditions: [
    IS_SME,
    { key: 'innovative', text: '为有效期内的科技和创新型中小企业', test: { fact: 'holdsInnovative' } },
    { key: 'niche', text: '截至上年末从事特定细分市场时间达到 3 年以上', test: { metric: 'nicheYears', atLeast: 3 } },
    {
      key: 'revenue',
      text: '上年度营业收入不低于 1500 万元，或近 2 年新增股权融资总额（合格机构投资者的实缴额）不低于 2000 万元',
      test: { any: [{ metric: 'operatingRevenue', atLeast: 1500 }, { metric: 'equityFinancing2', atLeast: 2000 }] },
    },
    { key: 'mainShare', text: '上年度主营业务收入占营业收入比重不低于 80%', test: { metric: 'mainBusinessShare', atLeast: 80 } },
    { key: 'debt', text: '上年末资产负债率不高于 80%', test: { metric: 'debtRatio', atMost: 80 } },
    {
      key: 'rd',
      text: '近 2 年每年研发费用均不低于 100 万元，且占营业收入比重均不低于 3%',
      test: { all: [{ metric: 'rdExpense', atLeast: 100 }, { metric: 'rdRatio', atLeast: 3 }, { metric: 'rdExpensePrevious', atLeast: 100 }, { metric: 'rdRatioPrevious', atLeast: 3 }] },
    },
    {
      key: 'ip',
      text: '拥有 1 项以上与主导产品相关、实际应用并已产业化的Ⅰ类知识产权（近三年获省级以上科技奖励并排名前三，或拥有经认定的省级以上研发机构的，不作要求）',
      test: {
        any: [
          { metric: 'class1Applied', atLeast: 1 },
          { flag: 'awards.provincialAwardTop3' },
          { flag: 'awards.nationalAwardTop3' },
          { choiceIn: { path: 'rdInstitution', values: ['NATIONAL', 'PROVINCIAL'] } },
        ],
      },
    },
    { key: 'market', text: '主导产品在国内或国际细分市场占有率较为靠前，具有一定知名度（由企业说明，审核认定）', test: { flag: 'marketPositionStated' } },
    { key: 'development', text: '当年专精特新发展评价得分不低于 50 分（平台计算）', test: { metric: 'developmentScore', atLeast: 50 } },
  ],
};
