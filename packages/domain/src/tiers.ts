/** The three recognition tiers as notices, forms and PDFs name them. */
export const TIER_NAMES: Readonly<Record<string, string>> = {
  INNOVATIVE: '创新型中小企业',
  SRDI: '专精特新中小企业',
  LITTLE_GIANT: '专精特新“小巨人”企业',
};

export const tierName = (tier: string): string => TIER_NAMES[tier] ?? tier;
