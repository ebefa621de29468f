import type { RuleSet } from '../rule-set';
import { IS_SME } from './base';

/** 专精特新"小巨人"企业认定标准, 2号文 附件2, from 2026-04-01 (RULES.md §1.5.b): seven indicators, all required. */
export const LITTLE_GIANT_2026: RuleSet = {
  id: 'LITTLE_GIANT_2026_2',
  tier: 'LITTLE_GIANT',
  name: '专精特新“小巨人”企业认定标准（2026）',
  source: '工信部企业〔2026〕2号 附件2',
  conditions: [
    IS_SME,
    { key: 'srdi', text: '为有效期内的专精特新中小企业，且截至上年末从事特定细分市场时间达到 3 年以上', test: { all: [{ fact: 'holdsSrdi' }, { metric: 'nicheYears', atLeast: 3 }] } },
    {
      key: 'scale',
      text: '上年度营业收入不低于 5000 万元，主营业务收入占比不低于 90%，近 2 年营业收入复合增长率不低于 5%，上年末资产负债率不高于 75%',
      test: { all: [{ metric: 'operatingRevenue', atLeast: 5000 }, { metric: 'mainBusinessShare', atLeast: 90 }, { metric: 'revenueCompoundGrowth2', atLeast: 5 }, { metric: 'debtRatio', atMost: 75 }] },
    },
    {
      key: 'rd',
      text: '近 2 年研发费用总额不低于 1200 万元，且每年占营业收入比重均不低于 3%',
      test: { all: [{ metric: 'rdExpenseTotal2', atLeast: 1200 }, { metric: 'rdRatio', atLeast: 3 }, { metric: 'rdRatioPrevious', atLeast: 3 }] },
    },
    {
      key: 'ip',
      text: '拥有 4 项以上与主导产品相关、实际应用并已产业化的Ⅰ类知识产权（近三年获国家级科技奖励并排名前三的，不作要求）',
      test: { any: [{ metric: 'class1Applied', atLeast: 4 }, { flag: 'awards.nationalAwardTop3' }] },
    },
    { key: 'market', text: '主导产品国内或国际细分市场占有率达到 10% 以上，或位居全国前三', test: { any: [{ metric: 'marketShare', atLeast: 10 }, { flag: 'marketTop3' }] } },
    { key: 'field', text: '主导产品属于“六基”领域，或属于传统产业转型升级、新兴产业壮大、未来产业培育领域，并处于产业链关键环节', test: { flag: 'leadingProductKeyField' } },
    { key: 'development', text: '当年专精特新发展评价得分不低于 60 分（平台计算）', test: { metric: 'developmentScore', atLeast: 60 } },
  ],
};
