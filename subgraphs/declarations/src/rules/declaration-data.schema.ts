import { z } from 'zod';
import type { DeclarationData } from './declaration-data';

/**
 * The shape a form's data must have, checked at the edge: amounts are 万元 and not negative
 * (net profit may be), counts whole, shares 0–100, the niche start a YYYY-MM month. Unknown
 * fields are refused, so a misspelt field is an error instead of silently ignored input.
 */
const amount = z.number().finite().min(0).max(1e9).nullish();
const count = z.number().int().min(0).max(1e7).nullish();
const flag = z.boolean().nullish();

const yearFinancials = z.strictObject({
  operatingRevenue: amount,
  mainBusinessRevenue: amount,
  netProfit: z.number().finite().min(-1e9).max(1e9).nullish(),
  totalAssets: amount,
  totalLiabilities: amount,
  rdExpense: amount,
});

export const declarationDataSchema: z.ZodType<DeclarationData> = z.strictObject({
  financials: z.record(z.string().regex(/^\d{4}$/, 'a year such as 2025'), yearFinancials).optional(),
  employees: count,
  rdStaff: count,
  nicheMarketSince: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM').nullish(),
  ip: z.strictObject({ class1HighValue: count, class1SelfDeveloped: count, class1: count, class2: count, class1Applied: count }).optional(),
  strategicEmergingIndustry: flag,
  leadingProductRole: z.enum(['CHAIN_KEY_LINK', 'FOUNDATION_OR_HERITAGE_OR_LEADER_SUPPLIER', 'NONE']).nullish(),
  quality: z.strictObject({ provincialQualityAward: flag, qualitySystemCertificate: flag, ownBrand: flag, standardsDrafting: flag }).optional(),
  rdInstitution: z.enum(['NATIONAL', 'PROVINCIAL', 'CITY', 'BELOW_CITY', 'NONE']).nullish(),
  equityFinancingLast2Years: amount,
  equityFinancingLast3Years: amount,
  awards: z.strictObject({ sciTechAwardLast3Years: flag, provincialAwardTop3: flag, nationalAwardTop3: flag, nationalAwardTop5: flag }).optional(),
  innovationHonour: flag,
  makerContest: z.enum(['TOP50', 'TOP500', 'NONE']).nullish(),
  marketShare: z.number().finite().min(0).max(100).nullish(),
  marketTop3: flag,
  marketPositionStated: flag,
  coreBusinessOnInformationSystem: flag,
  managementOrProductCertification: flag,
  ownBrandCompetitive: flag,
  chainKeyLink: flag,
  leadingProductKeyField: flag,
  ownRdInstitution: flag,
  provincial: z.record(z.string(), z.number().finite().nullable()).optional(),
});
