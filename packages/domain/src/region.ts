/**
 * GB/T 2260 region codes are six digits: 2 province, 2 city, 2 county. An office's region
 * subtree is every code sharing its prefix at its level.
 */
export const REGION_LEVELS = ['PROVINCE', 'CITY', 'COUNTY'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

const PREFIX_LENGTH: Record<RegionLevel, number> = { PROVINCE: 2, CITY: 4, COUNTY: 6 };

export const regionPrefix = (code: string, level: RegionLevel): string => code.slice(0, PREFIX_LENGTH[level]);

/** Whether `code` lies inside the region `officeCode` at `level` (e.g. 330106 is inside city 3301). */
export const isWithinRegion = (code: string, officeCode: string, level: RegionLevel): boolean =>
  regionPrefix(code, level) === regionPrefix(officeCode, level);
