import type { RegionLevel } from '../../../__generated__/graphql';

/** One chosen level of the cascader (province, city, county). */
export interface RegionChoice {
  code: string;
  name: string;
  isLeaf: boolean;
}

/** The county code the path ends in, or '' while it stops above a leaf. */
export const leafCode = (path: readonly RegionChoice[]): string => {
  const last = path.at(-1);
  return last?.isLeaf ? last.code : '';
};

/** The names from the province down, e.g. 浙江省 杭州市 西湖区. */
export const regionNames = (path: readonly RegionChoice[]): string => path.map((choice) => choice.name).join(' ');

/** What a column offers, named after the level of its options (a 直辖市's second column holds districts). */
export const columnLevel = (index: number, optionLevel: RegionLevel | undefined): RegionLevel =>
  optionLevel ?? (['PROVINCE', 'CITY', 'COUNTY'] as const)[Math.min(index, 2)] ?? 'COUNTY';
