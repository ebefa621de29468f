import type { DeclarationData } from '../rules/declaration-data';

/** A kind of evidence (佐证材料) the forms ask for, and when it is required by what was declared. */
export interface EvidenceItemSpec {
  key: string;
  label: string;
  hint: string;
  requiredWhen: (data: DeclarationData) => boolean;
}

const positive = (value: number | null | undefined) => typeof value === 'number' && value > 0;

/**
 * The evidence of the three forms, in their order. What is declared must be proven: IP counts
 * by certificates, an R&D institution by its approval, awards by certificates, financing by
 * agreements and paid-in vouchers. The financial statements prove the figures of every form.
 */
export const EVIDENCE_ITEMS: readonly EvidenceItemSpec[] = [
  { key: 'FINANCIAL_STATEMENTS', label: '财务审计报告或财务报表', hint: '近年度经审计的财务报告或财务报表（含资产负债表、利润表），与填报的财务数据一致。', requiredWhen: () => true },
  {
    key: 'IP_CERTIFICATES',
    label: '知识产权证书',
    hint: '与主导产品相关的有效知识产权证书或授权文件。',
    requiredWhen: (d) => [d.ip?.class1HighValue, d.ip?.class1SelfDeveloped, d.ip?.class1, d.ip?.class2, d.ip?.class1Applied].some(positive),
  },
  {
    key: 'RD_INSTITUTION',
    label: '研发机构证明',
    hint: '研发机构的认定文件或共建协议。',
    requiredWhen: (d) => (d.rdInstitution !== null && d.rdInstitution !== undefined && d.rdInstitution !== 'NONE') || d.ownRdInstitution === true,
  },
  {
    key: 'AWARDS',
    label: '获奖及荣誉证书',
    hint: '科技奖励、“创客中国”获奖、高新技术企业等荣誉证书。',
    requiredWhen: (d) => Object.values(d.awards ?? {}).some((held) => held === true) || d.innovationHonour === true || d.makerContest === 'TOP50' || d.makerContest === 'TOP500',
  },
  {
    key: 'QUALITY',
    label: '质量管理与品牌证明',
    hint: '质量奖、管理体系认证证书、产品认证、商标注册证、标准文本等。',
    requiredWhen: (d) => Object.values(d.quality ?? {}).some((held) => held === true) || d.managementOrProductCertification === true || d.ownBrandCompetitive === true,
  },
  { key: 'FINANCING', label: '股权融资证明', hint: '投资协议及合格机构投资者的实缴凭证。', requiredWhen: (d) => positive(d.equityFinancingLast2Years) || positive(d.equityFinancingLast3Years) },
  { key: 'MARKET', label: '市场地位证明', hint: '细分市场占有率的测算依据、行业协会或第三方机构证明。', requiredWhen: (d) => positive(d.marketShare) || d.marketTop3 === true },
  { key: 'OTHER', label: '其他佐证材料', hint: '其他能说明所填内容的材料。', requiredWhen: () => false },
];

export const EVIDENCE_ITEM_KEYS = new Set(EVIDENCE_ITEMS.map((item) => item.key));
