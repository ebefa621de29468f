/**
 * What an enterprise states in a declaration form, as raw inputs: money in 万元, counts as whole
 * numbers, flags as booleans. Everything derived from these (ratios, growth rates, scores) is
 * computed (metrics.ts), never typed. Every field is optional while the form is a draft.
 */
export interface YearFinancials {
  /** 营业收入 */
  operatingRevenue?: number | null;
  /** 主营业务收入 */
  mainBusinessRevenue?: number | null;
  /** 净利润 */
  netProfit?: number | null;
  /** 资产总额 (year end) */
  totalAssets?: number | null;
  /** 负债总额 (year end) */
  totalLiabilities?: number | null;
  /** 研发费用 */
  rdExpense?: number | null;
}

export type RdInstitutionLevel = 'NATIONAL' | 'PROVINCIAL' | 'CITY' | 'BELOW_CITY' | 'NONE';
/** 63号 SRDI indicator 4: the field of the leading product. */
export type LeadingProductRole = 'CHAIN_KEY_LINK' | 'FOUNDATION_OR_HERITAGE_OR_LEADER_SUPPLIER' | 'NONE';
export type MakerContestResult = 'TOP50' | 'TOP500' | 'NONE';

export interface DeclarationData {
  /** Financial statements by year ("2025": last year when declaring in 2026). */
  financials?: Record<string, YearFinancials>;
  /** 从业人员 at the end of last year. */
  employees?: number | null;
  /** 研发人员 at the end of last year. */
  rdStaff?: number | null;
  /** When the enterprise entered its niche market (YYYY-MM). */
  nicheMarketSince?: string | null;
  /** IP related to the leading product (主导产品), valid, by class (RULES.md §1.3). */
  ip?: {
    class1HighValue?: number | null;
    class1SelfDeveloped?: number | null;
    class1?: number | null;
    class2?: number | null;
    /** Ⅰ类 rights applied and earning money, not transferred in, enterprise among the top three holders (2026 measures). */
    class1Applied?: number | null;
  };
  /** 创新型: the leading product is in 《战略性新兴产业分类》. */
  strategicEmergingIndustry?: boolean | null;
  leadingProductRole?: LeadingProductRole | null;
  quality?: { provincialQualityAward?: boolean | null; qualitySystemCertificate?: boolean | null; ownBrand?: boolean | null; standardsDrafting?: boolean | null };
  rdInstitution?: RdInstitutionLevel | null;
  /** New equity financing from qualified institutional investors (paid-in), 万元. */
  equityFinancingLast2Years?: number | null;
  equityFinancingLast3Years?: number | null;
  awards?: {
    /** A national or provincial science and technology award in the last 3 years (创新型 direct pass). */
    sciTechAwardLast3Years?: boolean | null;
    /** A provincial award in the last 3 years, top 3 of the award units. */
    provincialAwardTop3?: boolean | null;
    /** A national award in the last 3 years, top 3 / top 5 of the award units. */
    nationalAwardTop3?: boolean | null;
    nationalAwardTop5?: boolean | null;
  };
  /** A valid honour such as 高新技术企业, 国家级技术创新示范企业, 知识产权优势/示范企业. */
  innovationHonour?: boolean | null;
  makerContest?: MakerContestResult | null;
  /** National niche market share of the leading product, %. */
  marketShare?: number | null;
  /** Top three in China in its niche (2026 little giant, instead of the share). */
  marketTop3?: boolean | null;
  /** 2026 SRDI: market share "较为靠前" with some reputation (judged in review; the enterprise states it). */
  marketPositionStated?: boolean | null;
  /** 63号 little giant 精细化: at least one core business runs on an information system. */
  coreBusinessOnInformationSystem?: boolean | null;
  /** 63号 little giant: management-system certificate, or product certification of a developed country or region. */
  managementOrProductCertification?: boolean | null;
  /** 63号 little giant 特色化: a competitive own brand facing the market. */
  ownBrandCompetitive?: boolean | null;
  /** Little giant: at a key link of an industrial chain, 补短板/锻长板/填空白. */
  chainKeyLink?: boolean | null;
  /** Little giant: the leading product is in the fields the measures name (六基, 制造强国 key industries, 网络强国 …). */
  leadingProductKeyField?: boolean | null;
  /** 63号 little giant: a self-built or jointly built R&D institution of any level. */
  ownRdInstitution?: boolean | null;
  /** Inputs of the province's 特色化 indicators, by indicator key. */
  provincial?: Record<string, number | null>;
}

/** What the platform knows itself and fills in, read-only. */
export interface PlatformFacts {
  /** The year declared in: "last year" is the year before. */
  year: number;
  /** 1–4 from the latest complete digital-level assessment, or null. */
  digitalLevel: number | null;
  /** Valid recognitions held. */
  holdsInnovative: boolean;
  holdsSrdi: boolean;
  /** 专精特新发展评价得分 computed by the platform's scorer, when there is one. */
  developmentScore: number | null;
  /** GB/T 2260 province code of the registered region (for 特色化 indicators). */
  provinceCode: string;
  /** Whether the enterprise is an SME by 300号 (from the profile's size class); null while unknown. */
  isSme: boolean | null;
}
