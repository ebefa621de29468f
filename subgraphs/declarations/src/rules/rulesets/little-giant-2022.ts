import type { RuleSet } from '../rule-set';
import { IS_SME } from './base';

/** 专精特新"小巨人"企业认定标准, 63号 附件3 (RULES.md §1.5.a): every aspect must hold. */
export const LITTLE_GIANT_2022: RuleSet = {
  id: 'LITTLE_GIANT_2022_63',
  tier: 'LITTLE_GIANT',
  name: '专精特新“小巨人”企业认定标准（2022）',
  source: '工信部企业〔2022〕63号 附件3',
  conditions: [
    IS_SME,
    { key: 'srdi', text: '为有效期内的专精特新中小企业', test: { fact: 'holdsSrdi' } },
    { key: 'niche', text: '专业化：截至上年末从事特定细分市场时间达到 3 年以上', test: { metric: 'nicheYears', atLeast: 3 } },
    { key: 'mainShare', text: '专业化：上年度主营业务收入占营业收入比重不低于 70%', test: { metric: 'mainBusinessShare', atLeast: 70 } },
    { key: 'mainGrowth', text: '专业化：近 2 年主营业务收入平均增长率不低于 5%', test: { metric: 'mainBusinessGrowthAvg2', atLeast: 5 } },
    { key: 'infoSystem', text: '精细化：至少 1 项核心业务采用信息系统支撑', test: { flag: 'coreBusinessOnInformationSystem' } },
    { key: 'certification', text: '精细化：取得相关管理体系认证，或产品通过发达国家和地区产品认证（国际标准协会行业认证）', test: { flag: 'managementOrProductCertification' } },
    { key: 'debt', text: '精细化：上年末资产负债率不高于 70%', test: { metric: 'debtRatio', atMost: 70 } },
    { key: 'marketShare', text: '特色化：主导产品在全国细分市场占有率达到 10% 以上', test: { metric: 'marketShare', atLeast: 10 } },
    { key: 'brand', text: '特色化：拥有直接面向市场并具有竞争优势的自主品牌', test: { flag: 'ownBrandCompetitive' } },
    {
      key: 'innovation',
      text: '创新能力：研发投入按营业收入分档达标（1 亿元以上：近 2 年研发费用占比均不低于 3%；5000 万–1 亿元：均不低于 6%；5000 万元以下：近 2 年新增股权融资 8000 万元以上且研发费用总额 3000 万元以上、研发人员占比 50% 以上），自建或共建研发机构，Ⅰ类知识产权 2 项以上；或近三年获国家级科技奖励并排名前三，或进入“创客中国”全国 50 强企业组',
      test: {
        any: [
          {
            all: [
              {
                any: [
                  { all: [{ metric: 'operatingRevenue', atLeast: 10000 }, { metric: 'rdRatio', atLeast: 3 }, { metric: 'rdRatioPrevious', atLeast: 3 }] },
                  { all: [{ metric: 'operatingRevenue', atLeast: 5000 }, { metric: 'operatingRevenue', below: 10000 }, { metric: 'rdRatio', atLeast: 6 }, { metric: 'rdRatioPrevious', atLeast: 6 }] },
                  { all: [{ metric: 'operatingRevenue', below: 5000 }, { metric: 'equityFinancing2', atLeast: 8000 }, { metric: 'rdExpenseTotal2', atLeast: 3000 }, { metric: 'rdStaffShare', atLeast: 50 }] },
                ],
              },
              { flag: 'ownRdInstitution' },
              { metric: 'class1Applied', atLeast: 2 },
            ],
          },
          { flag: 'awards.nationalAwardTop3' },
          { choiceIn: { path: 'makerContest', values: ['TOP50'] } },
        ],
      },
    },
    { key: 'chain', text: '产业链配套：位于产业链关键环节，发挥“补短板”“锻长板”“填空白”等重要作用', test: { flag: 'chainKeyLink' } },
    { key: 'field', text: '主导产品所属领域：原则上属于制造业核心基础零部件等“六基”、制造强国战略十大重点产业领域或网络强国建设相关领域', test: { flag: 'leadingProductKeyField' } },
  ],
};
