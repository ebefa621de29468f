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

/** The national code: the ministry's jurisdiction, and a partner without a region. */
export const NATIONAL_REGION_CODE = '000000';

/** The level a code names by its trailing zeros: 330000 a province, 330100 a city, 330106 a county. */
export function regionLevelOf(code: string): RegionLevel | 'NATIONAL' {
  if (code === NATIONAL_REGION_CODE) return 'NATIONAL';
  if (code.endsWith('0000')) return 'PROVINCE';
  if (code.endsWith('00')) return 'CITY';
  return 'COUNTY';
}

/**
 * Whether a jurisdiction covers an enterprise registered at `code`. Offices state their level
 * (a ministry covers everything); otherwise the level is read from the code itself.
 */
export function jurisdictionCovers(jurisdiction: { level?: string; regionCode: string }, code: string): boolean {
  const level = levelOfJurisdiction(jurisdiction);
  return level === 'NATIONAL' || isWithinRegion(code, jurisdiction.regionCode, level);
}

function levelOfJurisdiction({ level, regionCode }: { level?: string; regionCode: string }): RegionLevel | 'NATIONAL' {
  if (level === 'MINISTRY') return 'NATIONAL';
  const stated = REGION_LEVELS.find((known) => known === level);
  return stated ?? regionLevelOf(regionCode);
}
