import type { DeclarationStatus, ReviewLevel, RuleVersion, Tier } from '../../__generated__/graphql';

/** The three tiers, lowest first (DOMAIN.md terms). */
export const TIERS = ['INNOVATIVE', 'SRDI', 'LITTLE_GIANT'] as const satisfies readonly Tier[];

/** i18n keys: the tier's name, and the name of its form (自评表 / 申报表 / 申请书). */
export const tierKey = (tier: Tier) => `tiers.${tier}.name` as const;
export const formTitleKey = (tier: Tier) => `declaration.formTitle.${tier}` as const;

export const statusKey = (status: DeclarationStatus) => `declaration.status.${status}` as const;
export const levelKey = (level: ReviewLevel) => `officeLevel.${level}` as const;
export const ruleVersionKey = (version: RuleVersion) => `declaration.ruleVersion.${version}` as const;

/** Badge colours of a declaration's status (light variants keep AA contrast). */
export const STATUS_COLOR: Record<DeclarationStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  APPROVED: 'teal',
  REJECTED: 'red',
  RECOGNISED: 'green',
};

/** The enterprise may change it: a draft, or a declaration returned for modification. */
export const isEditable = (status: DeclarationStatus) => status === 'DRAFT' || status === 'RETURNED';

/** Numbers as the forms print them: up to two decimals, no trailing zeros. */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(2)));
}

/** 浙江省杭州市西湖区: a region with the levels above it, as forms write a registered address. */
export function regionFullName(region: { name: string; path: readonly { code: string; name: string }[] } | null | undefined): string | null {
  if (!region) return null;
  return region.path.length > 0 ? region.path.map((level) => level.name).join('') : region.name;
}
